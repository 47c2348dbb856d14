import { requirePermission, type Principal } from '@crm/auth';
import { conflict, DomainError } from '@crm/errors';
import { allPhones, customerPermissions, type Customer } from './customer';
import {
  changedFields,
  requireLive,
  requireVisible,
  touched,
  type CustomerMutationPort,
} from './customer-change';
import { resolveContacts, updateCustomerInput, type UpdateCustomerInput } from './customer-input';
import {
  mergeCustomFields,
  parseCustomFieldsJson,
  validateCustomFields,
  type CustomFieldDefinition,
} from './custom-fields';
import { duplicateKeys, duplicatesError, toDuplicateMatch, type DuplicateMatch } from './duplicates';
import { violationsOf } from './create-customer.use-case';
import { normalizeName } from './name-normalizer';

export { updateCustomerInput, type UpdateCustomerInput };

export interface UpdateCustomerPort extends CustomerMutationPort {
  customFieldDefinitions(branchId: string): Promise<CustomFieldDefinition[]>;
}

/**
 * Changes a customer's profile. Optimistic concurrency: the caller sends the version it read, and a
 * record changed since is a CONFLICT. A new name or phone that matches another record is refused
 * (ALREADY_EXISTS) unless acknowledged.
 */
export async function updateCustomer(
  port: UpdateCustomerPort,
  principal: Principal | undefined,
  input: UpdateCustomerInput,
  now: Date = new Date(),
): Promise<{ customer: Customer; duplicates: DuplicateMatch[] }> {
  const caller = requirePermission(principal, customerPermissions.update);
  const parsed = updateCustomerInput.safeParse(input);
  if (!parsed.success)
    throw new DomainError('INVALID_ARGUMENT', 'customer is invalid', violationsOf(parsed.error));
  const v = parsed.data;
  let duplicates: DuplicateMatch[] = [];
  const { after } = await port.mutate(v.id, caller, async (current, ctx) => {
    requireVisible(caller, current, v.id);
    requireLive(current);
    if (current.version !== v.version)
      throw conflict(
        `customer ${v.id} is at version ${current.version}, not ${v.version}; reload it and try again`,
      );

    const violations = [];
    let customFields = current.customFields;
    if (v.customFieldsJson !== undefined) {
      const json = parseCustomFieldsJson(v.customFieldsJson || '{}');
      if (!json.ok) violations.push(...json.violations);
      else {
        const definitions = await port.customFieldDefinitions(current.branchId);
        const checked = validateCustomFields(json.values, definitions, { allowNull: true, complete: false });
        violations.push(...checked.violations);
        customFields = mergeCustomFields(current.customFields, checked.values);
      }
    }
    let contacts = current.contacts;
    if (v.contacts) {
      const resolved = resolveContacts(v.contacts, current.contacts, () => crypto.randomUUID());
      violations.push(
        ...resolved.unknownIds.map((i) => ({
          field: `contacts.${i}.id`,
          message: 'is not a contact of this customer',
        })),
      );
      contacts = resolved.contacts;
    }
    if (violations.length > 0) throw new DomainError('INVALID_ARGUMENT', 'customer is invalid', violations);

    const name = v.name ?? current.name;
    const next: Customer = touched(
      {
        ...current,
        kind: v.kind ?? current.kind,
        name,
        nameNormalized: normalizeName(name),
        phones: v.phones ?? current.phones,
        email: v.email !== undefined ? v.email : current.email,
        address: v.address ?? current.address,
        contacts,
        source: v.source !== undefined ? v.source : current.source,
        tags: v.tags ?? current.tags,
        notes: v.notes !== undefined ? v.notes : current.notes,
        customFields,
        level: v.level ?? current.level,
        customerClass: v.customerClass !== undefined ? v.customerClass : current.customerClass,
        anniversaries: v.anniversaries ?? current.anniversaries,
      },
      caller,
      now,
    );
    const fields = changedFields(current, next);
    if (fields.length === 0) return { next: current, change: undefined };

    // Only what is new is checked: a record saved once with acknowledged duplicates stays editable.
    const oldPhones = new Set(allPhones(current));
    const keys = duplicateKeys(
      next.nameNormalized !== current.nameNormalized ? next.nameNormalized : null,
      allPhones(next).filter((p) => !oldPhones.has(p)),
    );
    if (keys.nameNormalized || keys.phones.length > 0) {
      const candidates = await ctx.findDuplicates(keys, [current.id]);
      duplicates = candidates.map((c) => toDuplicateMatch(c, keys, caller));
      if (duplicates.length > 0 && !v.acknowledgeDuplicates) throw duplicatesError(duplicates);
    }
    return { next, change: { kind: 'updated', action: 'customer.updated', changedFields: fields } };
  });
  return { customer: after, duplicates };
}
