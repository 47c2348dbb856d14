import type { Pool, PoolClient } from 'pg';
import { scopeCondition, type Principal } from '@crm/auth';
import { appendToOutbox } from '@crm/bus';
import { withTransaction } from '@crm/db';
import type { CareOccasion } from '../domain/care-occasions';
import type { CarePort } from '../domain/care.use-case';
import type { Customer } from '../domain/customer';
import { careDueEvents } from '../wire/customer-care-events';
import { hydrate } from './customer-records.repository';
import { CUSTOMER_SCOPE_COLUMNS, customerColumns, type CustomerRow } from './customer-row.mapper';

/** Merge: the reminders already sent for the source's contacts and anniversaries count for the target. */
export async function moveCareNotices(tx: PoolClient, targetId: string, sourceId: string): Promise<void> {
  await tx.query(
    `INSERT INTO customer_care_notices (customer_id, contact_id, occasion_key, year, published_at)
     SELECT $1, contact_id, occasion_key, year, published_at FROM customer_care_notices WHERE customer_id = $2
     ON CONFLICT DO NOTHING`,
    [targetId, sourceId],
  );
}

/** Special care (R-CUS-9): customers with birthdays and anniversaries coming, and the due reminders. */
export class CustomerCareRepository implements CarePort {
  constructor(private readonly pool: Pool) {}

  async careCandidates(
    monthDays: string[],
    scope: Principal | undefined,
    afterId: string | undefined,
    limit: number,
  ): Promise<Customer[]> {
    const params: unknown[] = [monthDays, limit];
    const where = [
      'c.deleted_at IS NULL',
      "c.status = 'active'",
      `(EXISTS (SELECT 1 FROM customer_contacts k WHERE k.customer_id = c.id
          AND to_char(k.birthday, 'MM-DD') = ANY($1::text[]))
        OR EXISTS (SELECT 1 FROM jsonb_array_elements(c.anniversaries) a
          WHERE substr(a->>'date', 6) = ANY($1::text[])))`,
    ];
    if (afterId) {
      params.push(afterId);
      where.push(`c.id > $${params.length}`);
    }
    if (scope) {
      const s = scopeCondition(scope, CUSTOMER_SCOPE_COLUMNS, params.length + 1);
      where.push(`(${s.sql})`);
      params.push(...s.params);
    }
    const { rows } = await this.pool.query<CustomerRow>(
      `SELECT ${customerColumns('c')} FROM customers c WHERE ${where.join(' AND ')} ORDER BY c.id LIMIT $2`,
      params,
    );
    return hydrate(this.pool, rows);
  }

  async careLeadDays(): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ branch_id: string; care_lead_days: number }>(
      'SELECT branch_id, care_lead_days FROM customer_branch_settings',
    );
    return new Map(rows.map((r) => [r.branch_id, r.care_lead_days]));
  }

  publishCareDue(o: CareOccasion, actor: Principal): Promise<boolean> {
    return withTransaction(this.pool, async (tx) => {
      // The notice row and the event commit together: a re-run (or a second replica) finds the row.
      const inserted = await tx.query(
        `INSERT INTO customer_care_notices (customer_id, contact_id, occasion_key, year, published_at)
         VALUES ($1, $2, $3, $4, now()) ON CONFLICT DO NOTHING`,
        [o.customerId, o.contactId ?? '', o.key, Number(o.date.slice(0, 4))],
      );
      if (inserted.rowCount !== 1) return false;
      await appendToOutbox(tx, careDueEvents(o, actor));
      return true;
    });
  }
}
