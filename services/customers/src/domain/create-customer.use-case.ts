import { z } from 'zod';
import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { fromZodError, permissionDenied } from '@crm/errors';
import { customerKinds, customerPermissions, type Customer } from './customer';
import { normalizePhoneNumber } from './phone-number';

export const createCustomerInput = z.object({
  branchId: z.string().max(64).optional(),
  kind: z.enum(customerKinds, { message: 'must be CUSTOMER_KIND_COMPANY or CUSTOMER_KIND_INDIVIDUAL' }),
  name: z.string().trim().min(1, 'is required').max(200, 'at most 200 characters'),
  phone: z
    .string()
    .max(40)
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const e164 = normalizePhoneNumber(v);
      if (!e164) ctx.addIssue({ code: 'custom', message: 'is not a phone number' });
      return e164 ?? null;
    }),
  email: z.union([z.literal(''), z.email('is not an e-mail address').max(254)]).optional(),
  ownerId: z.string().max(64).optional(),
});
export type CreateCustomerInput = z.input<typeof createCustomerInput>;

/** What the use case needs from storage: one transaction writing the row and its event. */
export interface CreateCustomerPort {
  insertWithEvent(customer: Customer, actor: Principal): Promise<void>;
}

export async function createCustomer(
  port: CreateCustomerPort,
  principal: Principal | undefined,
  input: CreateCustomerInput,
  now: Date = new Date(),
): Promise<Customer> {
  const caller = requirePermission(principal, customerPermissions.create);
  const parsed = createCustomerInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, 'customer is invalid');
  const v = parsed.data;
  const branchId = v.branchId || caller.branchId;
  if (!canWriteToBranch(caller, branchId))
    throw permissionDenied(`cannot create customers in branch ${branchId}`);
  const customer: Customer = {
    id: crypto.randomUUID(),
    branchId,
    departmentId: caller.departmentId ?? null,
    ownerId: v.ownerId || caller.userId,
    kind: v.kind,
    name: v.name,
    phone: v.phone,
    email: v.email || null,
    createdAt: now,
    updatedAt: now,
  };
  await port.insertWithEvent(customer, caller);
  return customer;
}
