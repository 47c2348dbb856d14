import type { Principal } from '@crm/auth';
import { newEvent } from '@crm/bus';
import type { customersV1Types } from '@crm/proto';
import type { Customer } from '../domain/customer';
import { toCustomerMessage } from '../grpc/customer.mapper';

/** Subjects this service publishes (crm.<service>.<entity>.<verb>, past tense). */
export const customerEventTypes = {
  created: 'crm.customers.customer.created',
} as const;

export function customerCreatedEvent(customer: Customer, actor: Principal) {
  const payload: customersV1Types.CustomerCreated = { customer: toCustomerMessage(customer) };
  return newEvent(
    customerEventTypes.created,
    customer.branchId,
    { userId: actor.userId, kind: actor.kind },
    payload,
  );
}
