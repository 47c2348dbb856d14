import { requirePermission, type Principal } from '@crm/auth';
import { invalidArgument } from '@crm/errors';
import { customerPermissions, type Customer } from './customer';
import { requireVisible } from './customer-change';
import { poolView } from './pool-masking';
import { isUuid } from './text-rules';

export interface GetCustomerPort {
  findById(id: string): Promise<Customer | undefined>;
}

export function requireUuid(id: string, field = 'id'): void {
  if (!isUuid(id)) throw invalidArgument(`${field} must be a UUID`, [{ field, message: 'must be a UUID' }]);
}

/**
 * A record outside the caller's data scope is reported as not found, so its existence does not leak.
 * A record in the recycle bin is returned with deletedAt set (lists and lookups hide it). A pool
 * customer's contact details are masked for those who may only claim it.
 */
export async function getCustomer(
  port: GetCustomerPort,
  principal: Principal | undefined,
  id: string,
): Promise<Customer> {
  const caller = requirePermission(principal, customerPermissions.read);
  requireUuid(id);
  return poolView(caller, requireVisible(caller, await port.findById(id), id));
}
