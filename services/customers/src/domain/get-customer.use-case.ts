import { canSee, requirePermission, type Principal } from '@crm/auth';
import { invalidArgument, notFound } from '@crm/errors';
import { customerPermissions, type Customer } from './customer';

export interface GetCustomerPort {
  findById(id: string): Promise<Customer | undefined>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record outside the caller's data scope is reported as not found, so its existence does not leak. */
export async function getCustomer(
  port: GetCustomerPort,
  principal: Principal | undefined,
  id: string,
): Promise<Customer> {
  const caller = requirePermission(principal, customerPermissions.read);
  if (!UUID.test(id))
    throw invalidArgument('id must be a UUID', [{ field: 'id', message: 'must be a UUID' }]);
  const customer = await port.findById(id);
  if (!customer || !canSee(caller, customer)) throw notFound('customer', id);
  return customer;
}
