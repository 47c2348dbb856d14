/** A customer as the customers service owns it (R-CUS-1). */
export interface Customer {
  id: string;
  branchId: string;
  departmentId: string | null;
  ownerId: string;
  kind: CustomerKind;
  name: string;
  /** E.164. */
  phone: string | null;
  email: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const customerKinds = ['CUSTOMER_KIND_COMPANY', 'CUSTOMER_KIND_INDIVIDUAL'] as const;
export type CustomerKind = (typeof customerKinds)[number];

/** Permissions this service checks itself (the gateway checks them too). */
export const customerPermissions = {
  create: 'customers.create',
  read: 'customers.read',
} as const;
