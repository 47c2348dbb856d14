import type { customersV1Types } from '@crm/proto';
import type { Customer } from '../domain/customer';

/** Domain → wire. Absent optional values are empty strings on the wire (proto3). */
export function toCustomerMessage(c: Customer): customersV1Types.Customer {
  return {
    id: c.id,
    branchId: c.branchId,
    departmentId: c.departmentId ?? '',
    ownerId: c.ownerId,
    kind: c.kind,
    name: c.name,
    phone: c.phone ?? '',
    email: c.email ?? '',
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
