import { requirePermission, type Principal } from '@crm/auth';
import {
  alreadyExists,
  failedPrecondition,
  invalidArgument,
  notFound,
  type FieldViolation,
} from '@crm/errors';
import { normalizeCardUid } from './card-uid';
import { customerPermissions, limits, type Card, type Customer } from './customer';
import { requireLive, requireVisible, touched, type CustomerMutationPort } from './customer-change';
import { isUuid, hasNoControlCharacters } from './text-rules';

/** Card operations change the cards, not the profile: they do not bump the record's version. */
const KEEP_VERSION = false;

function check(violations: FieldViolation[]): void {
  if (violations.length > 0) throw invalidArgument('card request is invalid', violations);
}

function uidOf(raw: string, field: string, violations: FieldViolation[]): string {
  const uid = normalizeCardUid(raw);
  if (!uid) violations.push({ field, message: 'is not a card UID (4 to 10 bytes in hex)' });
  return uid ?? '';
}

function uuidOf(raw: string, field: string, violations: FieldViolation[]): string {
  if (!isUuid(raw)) violations.push({ field, message: 'must be a UUID' });
  return raw;
}

function reasonOf(raw: string, violations: FieldViolation[]): string | null {
  const reason = raw.normalize('NFC').trim();
  if ([...reason].length > limits.reason || !hasNoControlCharacters(reason))
    violations.push({
      field: 'reason',
      message: `at most ${limits.reason} characters, no control characters`,
    });
  return reason || null;
}

function newCard(customer: Customer, uid: string, caller: Principal, now: Date): Card {
  return {
    id: crypto.randomUUID(),
    customerId: customer.id,
    branchId: customer.branchId,
    uid,
    status: 'active',
    issuedAt: now,
    issuedBy: caller.userId,
    revokedAt: null,
    revokedBy: null,
    revokeReason: null,
    replacedBy: null,
  };
}

function activeCard(customer: Customer, cardId: string): Card {
  const card = customer.cards.find((c) => c.id === cardId);
  if (!card) throw notFound('card', cardId);
  if (card.status !== 'active') throw failedPrecondition(`card ${cardId} is ${card.status}, not active`);
  return card;
}

/** Issues a contactless card (R-RT-1). A UID is unique among active cards (ALREADY_EXISTS). */
export async function issueCard(
  port: CustomerMutationPort,
  principal: Principal | undefined,
  input: { customerId: string; uid: string },
  now: Date = new Date(),
): Promise<{ card: Card; customer: Customer }> {
  const caller = requirePermission(principal, customerPermissions.cards);
  const violations: FieldViolation[] = [];
  const customerId = uuidOf(input.customerId, 'customerId', violations);
  const uid = uidOf(input.uid, 'uid', violations);
  check(violations);
  let issued: Card | undefined;
  const { after } = await port.mutate(customerId, caller, async (current) => {
    requireVisible(caller, current, customerId);
    requireLive(current);
    if (current.cards.some((c) => c.status === 'active' && c.uid === uid))
      throw alreadyExists(`card ${uid} is already active on this customer`);
    issued = newCard(current, uid, caller, now);
    const next = touched({ ...current, cards: [issued, ...current.cards] }, caller, now, KEEP_VERSION);
    return { next, change: { kind: 'card.issued', card: issued } };
  });
  return { card: issued!, customer: after };
}

/** A lost card: in one transaction the old one is marked replaced (it stops working) and a new one issued. */
export async function replaceCard(
  port: CustomerMutationPort,
  principal: Principal | undefined,
  input: { customerId: string; cardId: string; newUid: string; reason: string },
  now: Date = new Date(),
): Promise<{ oldCard: Card; newCard: Card; customer: Customer }> {
  const caller = requirePermission(principal, customerPermissions.cards);
  const violations: FieldViolation[] = [];
  const customerId = uuidOf(input.customerId, 'customerId', violations);
  const cardId = uuidOf(input.cardId, 'cardId', violations);
  const uid = uidOf(input.newUid, 'newUid', violations);
  const reason = reasonOf(input.reason, violations);
  check(violations);
  let cards: { oldCard: Card; newCard: Card } | undefined;
  const { after } = await port.mutate(customerId, caller, async (current) => {
    requireVisible(caller, current, customerId);
    requireLive(current);
    const old = activeCard(current, cardId);
    if (old.uid === uid)
      throw invalidArgument('the new card must have another UID', [
        { field: 'newUid', message: 'is the lost card' },
      ]);
    const fresh = newCard(current, uid, caller, now);
    const replaced: Card = {
      ...old,
      status: 'replaced',
      revokedAt: now,
      revokedBy: caller.userId,
      revokeReason: reason ?? 'lost',
      replacedBy: fresh.id,
    };
    cards = { oldCard: replaced, newCard: fresh };
    const next = touched(
      { ...current, cards: [fresh, ...current.cards.map((c) => (c.id === old.id ? replaced : c))] },
      caller,
      now,
      KEEP_VERSION,
    );
    return { next, change: { kind: 'card.replaced', oldCard: replaced, newCard: fresh } };
  });
  return { ...cards!, customer: after };
}

export async function revokeCard(
  port: CustomerMutationPort,
  principal: Principal | undefined,
  input: { customerId: string; cardId: string; reason: string },
  now: Date = new Date(),
): Promise<{ card: Card; customer: Customer }> {
  const caller = requirePermission(principal, customerPermissions.cards);
  const violations: FieldViolation[] = [];
  const customerId = uuidOf(input.customerId, 'customerId', violations);
  const cardId = uuidOf(input.cardId, 'cardId', violations);
  const reason = reasonOf(input.reason, violations);
  check(violations);
  let revoked: Card | undefined;
  const { after } = await port.mutate(customerId, caller, async (current) => {
    requireVisible(caller, current, customerId);
    requireLive(current);
    const old = activeCard(current, cardId);
    revoked = { ...old, status: 'revoked', revokedAt: now, revokedBy: caller.userId, revokeReason: reason };
    const next = touched(
      { ...current, cards: current.cards.map((c) => (c.id === old.id ? revoked! : c)) },
      caller,
      now,
      KEEP_VERSION,
    );
    return { next, change: { kind: 'card.revoked', card: revoked } };
  });
  return { card: revoked!, customer: after };
}
