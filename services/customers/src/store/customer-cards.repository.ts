import type { PoolClient } from 'pg';
import type { Queryable } from '@crm/db';
import { alreadyExists } from '@crm/errors';
import type { Card, CardStatus, Customer } from '../domain/customer';
import { groupByCustomer } from './customer-row.mapper';

interface CardRow {
  id: string;
  customer_id: string;
  branch_id: string;
  uid: string;
  status: CardStatus;
  issued_at: Date;
  issued_by: string;
  revoked_at: Date | null;
  revoked_by: string | null;
  revoke_reason: string | null;
  replaced_by: string | null;
}

export const CARD_COLUMNS =
  'id, customer_id, branch_id, uid, status, issued_at, issued_by, revoked_at, revoked_by, revoke_reason, replaced_by';

function toCard(r: CardRow): Card {
  return {
    id: r.id,
    customerId: r.customer_id,
    branchId: r.branch_id,
    uid: r.uid,
    status: r.status,
    issuedAt: r.issued_at,
    issuedBy: r.issued_by,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
    revokeReason: r.revoke_reason,
    replacedBy: r.replaced_by,
  };
}

/** A card row as json_agg gives it (the times as text), for the lookups' single query. */
export const cardFromJson = (
  r: Omit<CardRow, 'issued_at' | 'revoked_at'> & { issued_at: string; revoked_at: string | null },
) =>
  toCard({
    ...r,
    issued_at: new Date(r.issued_at),
    revoked_at: r.revoked_at === null ? null : new Date(r.revoked_at),
  });

const isUniqueViolation = (err: unknown, constraint: string) =>
  (err as { code?: string; constraint?: string }).code === '23505' &&
  (err as { constraint?: string }).constraint === constraint;

/** The cards of these customers, newest first. */
export async function loadCards(db: Queryable, customerIds: string[]): Promise<Map<string, Card[]>> {
  const { rows } = await db.query<CardRow>(
    `SELECT ${CARD_COLUMNS} FROM customer_cards WHERE customer_id = ANY($1::uuid[]) ORDER BY issued_at DESC, id`,
    [customerIds],
  );
  return groupByCustomer(rows, toCard);
}

/**
 * Upserts the record's cards (cards are never deleted, only revoked or replaced); a UID already active
 * on another customer is ALREADY_EXISTS.
 */
export async function saveCards(tx: PoolClient, c: Customer): Promise<void> {
  if (c.cards.length === 0) return;
  try {
    // Revocations first, so a replacement may reuse nothing but never collides with itself.
    const ordered = [...c.cards].sort(
      (a, b) => Number(a.status === 'active') - Number(b.status === 'active'),
    );
    await tx.query(
      `INSERT INTO customer_cards (id, customer_id, branch_id, uid, status, issued_at, issued_by, revoked_at,
         revoked_by, revoke_reason, replaced_by)
       SELECT d.id, $1, $2, d.uid, d.status, d."issuedAt", d."issuedBy", d."revokedAt", d."revokedBy",
              d."revokeReason", d."replacedBy"
       FROM jsonb_to_recordset($3::jsonb) AS d(id uuid, uid text, status text, "issuedAt" timestamptz,
            "issuedBy" text, "revokedAt" timestamptz, "revokedBy" text, "revokeReason" text, "replacedBy" uuid,
            ord integer)
       ORDER BY d.ord
       ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id, branch_id = EXCLUDED.branch_id,
         status = EXCLUDED.status, revoked_at = EXCLUDED.revoked_at, revoked_by = EXCLUDED.revoked_by,
         revoke_reason = EXCLUDED.revoke_reason, replaced_by = EXCLUDED.replaced_by
       WHERE (customer_cards.customer_id, customer_cards.branch_id, customer_cards.status, customer_cards.replaced_by)
             IS DISTINCT FROM (EXCLUDED.customer_id, EXCLUDED.branch_id, EXCLUDED.status, EXCLUDED.replaced_by)`,
      [c.id, c.branchId, JSON.stringify(ordered.map((card, ord) => ({ ...card, ord })))],
    );
  } catch (err) {
    if (isUniqueViolation(err, 'customer_cards_active_uid_idx'))
      throw alreadyExists('that card UID is already active on another customer');
    throw err;
  }
}
