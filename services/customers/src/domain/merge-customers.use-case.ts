import { requirePermission, type Principal } from '@crm/auth';
import { failedPrecondition, invalidArgument } from '@crm/errors';
import { customerPermissions, limits, type Customer } from './customer';
import { requireLive, requireVisible, touched } from './customer-change';
import { requireUuid } from './get-customer.use-case';

export interface MergeCustomersPort {
  merge(
    targetId: string,
    sourceId: string,
    actor: Principal,
    merge: (
      target: Customer,
      source: Customer,
    ) => { target: Customer; source: Customer; movedContactIds: string[]; movedCardIds: string[] },
  ): Promise<{ targetAfter: Customer }>;
}

const union = <T>(a: T[], b: T[]) => [...new Set([...a, ...b])];
const hasAddress = (c: Customer) => Object.values(c.address).some((part) => part !== null);

/**
 * Merges a duplicate (source) into the record that stays (target), R-CUS-6: the target keeps its
 * values and gains the source's contacts, cards, phones, tags, custom field values it lacks and
 * empty fields it can fill; timeline rows move too. The source goes to the recycle bin with
 * merged_into set, and cannot be restored.
 */
export async function mergeCustomers(
  port: MergeCustomersPort,
  principal: Principal | undefined,
  input: { targetId: string; sourceId: string },
  now: Date = new Date(),
): Promise<Customer> {
  const caller = requirePermission(
    requirePermission(principal, customerPermissions.update),
    customerPermissions.delete,
  );
  requireUuid(input.targetId, 'targetId');
  requireUuid(input.sourceId, 'sourceId');
  if (input.targetId === input.sourceId)
    throw invalidArgument('a customer cannot be merged into itself', [
      { field: 'sourceId', message: 'must differ from targetId' },
    ]);
  const { targetAfter } = await port.merge(input.targetId, input.sourceId, caller, (target, source) => {
    requireVisible(caller, target, input.targetId);
    requireVisible(caller, source, input.sourceId);
    requireLive(target);
    requireLive(source);
    const phones = union(target.phones, source.phones);
    const tags = union(target.tags, source.tags);
    const contacts = [...target.contacts, ...source.contacts];
    // The source's anniversaries the target lacks (R-CUS-9).
    const anniversaries = [
      ...target.anniversaries,
      ...source.anniversaries.filter(
        (a) => !target.anniversaries.some((b) => b.label === a.label && b.date === a.date),
      ),
    ];
    if (
      phones.length > limits.phones ||
      tags.length > limits.tags ||
      contacts.length > limits.contacts ||
      anniversaries.length > limits.anniversaries
    )
      throw failedPrecondition(
        `the merged record would have more than ${limits.phones} phones, ${limits.tags} tags, ${limits.contacts} contacts or ${limits.anniversaries} anniversaries; tidy one of them first`,
      );
    const movedCards = source.cards.map((card) => ({
      ...card,
      customerId: target.id,
      branchId: target.branchId,
    }));
    const merged: Customer = touched(
      {
        ...target,
        phones,
        tags,
        contacts,
        cards: [...target.cards, ...movedCards].sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime()),
        email: target.email ?? source.email,
        source: target.source ?? source.source,
        notes: target.notes ?? source.notes,
        address: hasAddress(target) ? target.address : source.address,
        customFields: { ...source.customFields, ...target.customFields },
        customerClass: target.customerClass ?? source.customerClass,
        level: target.level === 'high_intent' || source.level === 'high_intent' ? 'high_intent' : 'ordinary',
        anniversaries,
      },
      caller,
      now,
    );
    const gone: Customer = touched(
      { ...source, contacts: [], cards: [], deletedAt: now, deletedBy: caller.userId, mergedInto: target.id },
      caller,
      now,
    );
    return {
      target: merged,
      source: gone,
      movedContactIds: source.contacts.map((c) => c.id),
      movedCardIds: source.cards.map((c) => c.id),
    };
  });
  return targetAfter;
}
