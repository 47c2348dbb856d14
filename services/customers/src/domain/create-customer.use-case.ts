import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { DomainError, fromZodError, permissionDenied, type FieldViolation } from '@crm/errors';
import type { ZodError } from 'zod';
import { customerPermissions, emptyAddress, type Customer, type CustomFieldValues } from './customer';
import { createCustomerInput, type CreateCustomerInput } from './customer-input';
import { parseCustomFieldsJson, validateCustomFields, type CustomFieldDefinition } from './custom-fields';
import {
  decideNewRecord,
  duplicateKeys,
  toDuplicateMatch,
  type DuplicateCandidate,
  type DuplicateKeys,
  type DuplicateMatch,
  type EntryReview,
} from './duplicates';
import { normalizeName } from './name-normalizer';

export { createCustomerInput, type CreateCustomerInput };

/** What the use case needs from storage. */
export interface CreateCustomerPort {
  customFieldDefinitions(branchId: string): Promise<CustomFieldDefinition[]>;
  entryReview(branchId: string): Promise<EntryReview>;
  /** One transaction: duplicate-check locks, the matches, `decide`, the row and its events. */
  create<R>(
    draft: Customer,
    keys: DuplicateKeys,
    decide: (candidates: DuplicateCandidate[]) => { customer: Customer; result: R },
    actor: Principal,
  ): Promise<{ customer: Customer; result: R }>;
}

export interface CreatedCustomer {
  customer: Customer;
  /** The matches that were acknowledged or sent the record to review. */
  duplicates: DuplicateMatch[];
}

/** Collects zod's and our own violations so one answer names every bad field. */
export function violationsOf(error: ZodError | undefined): FieldViolation[] {
  return error ? fromZodError(error).violations : [];
}

/**
 * Creates a customer (R-CUS-1) after the duplicate check (R-CUS-6): a record whose normalised name or
 * any phone matches a live record anywhere is refused (ALREADY_EXISTS) unless acknowledged, or sent to
 * review, as the branch's entry_review setting says.
 */
export async function createCustomer(
  port: CreateCustomerPort,
  principal: Principal | undefined,
  input: CreateCustomerInput,
  now: Date = new Date(),
): Promise<CreatedCustomer> {
  const caller = requirePermission(principal, customerPermissions.create);
  const parsed = createCustomerInput.safeParse(input);
  const violations = violationsOf(parsed.error);
  const branchId = (parsed.success ? parsed.data.branchId : undefined) || caller.branchId;
  if (parsed.success && !canWriteToBranch(caller, branchId))
    throw permissionDenied(`cannot create customers in branch ${branchId}`);

  let customFields: CustomFieldValues = {};
  if (input.customFieldsJson || parsed.success) {
    const definitions = await port.customFieldDefinitions(branchId);
    const json = parseCustomFieldsJson(input.customFieldsJson || '{}');
    if (!json.ok) violations.push(...json.violations);
    else {
      const checked = validateCustomFields(json.values, definitions, { allowNull: false, complete: true });
      violations.push(...checked.violations);
      customFields = checked.values as CustomFieldValues;
    }
  }
  if (!parsed.success || violations.length > 0)
    throw new DomainError('INVALID_ARGUMENT', 'customer is invalid', violations);

  const v = parsed.data;
  const phones = [...new Set([...(v.phone ? [v.phone] : []), ...v.phones])];
  if (phones.length > 10)
    throw new DomainError('INVALID_ARGUMENT', 'customer is invalid', [
      { field: 'phones', message: 'at most 10 phones' },
    ]);
  const draft: Customer = {
    id: crypto.randomUUID(),
    branchId,
    departmentId: caller.departmentId ?? null,
    ownerId: v.ownerId || caller.userId,
    kind: v.kind,
    name: v.name,
    nameNormalized: normalizeName(v.name),
    phones,
    email: v.email,
    address: v.address ?? emptyAddress(),
    contacts: v.contacts.map((c) => ({
      id: crypto.randomUUID(),
      name: c.name,
      title: c.title,
      phones: c.phones,
      email: c.email,
      birthday: c.birthday,
    })),
    source: v.source,
    tags: v.tags,
    notes: v.notes,
    customFields,
    level: v.level ?? 'ordinary',
    customerClass: v.customerClass ?? null,
    status: 'active',
    version: 1,
    purchaseQuantity: '0',
    cards: [],
    deletedAt: null,
    deletedBy: null,
    mergedInto: null,
    ownedSince: now,
    releasedAt: null,
    previousOwnerId: null,
    lastFollowUpAt: null,
    reviewNote: null,
    reviewedBy: null,
    reviewedAt: null,
    createdBy: caller.userId,
    updatedBy: null,
    createdAt: now,
    updatedAt: now,
  };
  const policy = await port.entryReview(branchId);
  const keys = duplicateKeys(draft.nameNormalized, [
    ...draft.phones,
    ...draft.contacts.flatMap((c) => c.phones),
  ]);
  const { customer, result } = await port.create(
    draft,
    keys,
    (candidates) => {
      const matches = candidates.map((c) => toDuplicateMatch(c, keys, caller));
      const status = decideNewRecord(policy, matches, v.acknowledgeDuplicates ?? false);
      return { customer: { ...draft, status }, result: matches };
    },
    caller,
  );
  return { customer, duplicates: result };
}
