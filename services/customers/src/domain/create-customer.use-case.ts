import { canWriteToBranch, requirePermission, type Principal } from '@crm/auth';
import { DomainError, fromZodError, permissionDenied, type FieldViolation } from '@crm/errors';
import type { z, ZodError } from 'zod';
import {
  activeChurn,
  customerPermissions,
  emptyAddress,
  type Customer,
  type CustomFieldValues,
} from './customer';
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
  const branchId = (parsed.success ? parsed.data.branchId : undefined) || caller.branchId;
  if (parsed.success && !canWriteToBranch(caller, branchId))
    throw permissionDenied(`cannot create customers in branch ${branchId}`);
  const definitions =
    input.customFieldsJson || parsed.success ? await port.customFieldDefinitions(branchId) : [];
  const checked = checkNewCustomer(parsed, input.customFieldsJson, definitions);
  if (!checked.ok) throw new DomainError('INVALID_ARGUMENT', 'customer is invalid', checked.violations);
  const v = checked.value;
  const draft = newCustomerDraft(caller, checked, branchId, now);
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

export type NewCustomerValues = z.output<typeof createCustomerInput>;
export type CheckedNewCustomer =
  | { ok: true; value: NewCustomerValues; customFields: CustomFieldValues; phones: string[] }
  | { ok: false; violations: FieldViolation[] };

/**
 * The rules of a new record past its shape (R-CUS-1): custom fields against the branch's definitions
 * (every required one present), at most 10 phones. No I/O, so that the Excel import checks each row
 * with exactly the rules of create.
 */
export function checkNewCustomer(
  parsed: ReturnType<typeof createCustomerInput.safeParse>,
  customFieldsJson: string | undefined,
  definitions: CustomFieldDefinition[],
): CheckedNewCustomer {
  const violations = violationsOf(parsed.error);
  let customFields: CustomFieldValues = {};
  if (customFieldsJson || parsed.success) {
    const json = parseCustomFieldsJson(customFieldsJson || '{}');
    if (!json.ok) violations.push(...json.violations);
    else {
      const checked = validateCustomFields(json.values, definitions, { allowNull: false, complete: true });
      violations.push(...checked.violations);
      customFields = checked.values as CustomFieldValues;
    }
  }
  if (!parsed.success || violations.length > 0) return { ok: false, violations };
  const v = parsed.data;
  const phones = [...new Set([...(v.phone ? [v.phone] : []), ...v.phones])];
  if (phones.length > 10)
    return { ok: false, violations: [{ field: 'phones', message: 'at most 10 phones' }] };
  return { ok: true, value: v, customFields, phones };
}

/** A new record's first state as create stores it; the Excel import builds its records with it too. */
export function newCustomerDraft(
  caller: Principal,
  checked: { value: NewCustomerValues; customFields: CustomFieldValues; phones: string[] },
  branchId: string,
  now: Date,
): Customer {
  const { value: v, customFields, phones } = checked;
  return {
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
    churn: activeChurn(now),
    anniversaries: v.anniversaries,
    reviewNote: null,
    reviewedBy: null,
    reviewedAt: null,
    createdBy: caller.userId,
    updatedBy: null,
    createdAt: now,
    updatedAt: now,
  };
}
