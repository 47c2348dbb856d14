import type { Pool } from 'pg';
import type { Principal } from '@crm/auth';
import { appendToOutbox } from '@crm/bus';
import { withTransaction } from '@crm/db';
import type { Customer } from '../domain/customer';
import type { CustomerSettings } from '../domain/customer-settings';
import type { ListCursor } from '../domain/list-customers.use-case';
import type { PoolListPort, PoolSweepPort } from '../domain/pool.use-case';
import { poolReturnDueEvents } from '../wire/customer-events';
import { hydrate, selectCustomer } from './customer-records.repository';
import { customerColumns, type CustomerRow } from './customer-row.mapper';
import type { CustomerRepository } from './customer.repository';
import type { CustomerSettingsRepository } from './customer-settings.repository';

/** How many candidates one sweep of one branch looks at; the next sweep takes the rest. */
const SWEEP_BATCH = 500;

/**
 * The public pool (公海): ownership changes go through the customer writes (one transaction with
 * their events); this adds the pool's reads, the sweep's candidates and its reminders.
 */
export class CustomerPoolRepository implements PoolSweepPort, PoolListPort {
  constructor(
    private readonly pool: Pool,
    private readonly customers: CustomerRepository,
    private readonly branchSettings: CustomerSettingsRepository,
  ) {}

  findById(id: string): Promise<Customer | undefined> {
    return this.customers.findById(id);
  }

  readonly mutate: CustomerRepository['mutate'] = (...args) => this.customers.mutate(...args);
  readonly mutateMany: CustomerRepository['mutateMany'] = (...args) => this.customers.mutateMany(...args);

  settings(branchId: string): Promise<CustomerSettings> {
    return this.branchSettings.settings(branchId);
  }

  branchesWithAutoReturn(): Promise<CustomerSettings[]> {
    return this.branchSettings.branchesWithAutoReturn();
  }

  async idleCandidates(
    settings: CustomerSettings,
    now: Date,
  ): Promise<{ customer: Customer; remindedFor: Date | null }[]> {
    const { autoReturnDays, returnReminderDays } = settings.pool;
    const { rows } = await this.pool.query<CustomerRow & { pool_reminder_for: Date | null }>(
      `SELECT ${customerColumns('c')}, c.pool_reminder_for FROM customers c
       WHERE c.branch_id = $1 AND c.owner_id IS NOT NULL AND c.deleted_at IS NULL AND c.status = 'active'
         AND (CASE c.level WHEN 'high_intent' THEN $3::int ELSE $2::int END) > 0
         AND GREATEST(coalesce(c.last_follow_up_at, c.created_at), coalesce(c.owned_since, c.created_at))
           + make_interval(days => (CASE c.level WHEN 'high_intent' THEN $3::int ELSE $2::int END) - $4::int)
           <= $5
       ORDER BY c.id LIMIT ${SWEEP_BATCH}`,
      [settings.branchId, autoReturnDays.ordinary, autoReturnDays.high_intent, returnReminderDays, now],
    );
    const customers = await hydrate(this.pool, rows);
    return customers.map((customer, i) => ({ customer, remindedFor: rows[i]!.pool_reminder_for }));
  }

  remind(customerId: string, dueAt: Date, actor: Principal): Promise<boolean> {
    return withTransaction(this.pool, async (tx) => {
      const marked = await tx.query(
        `UPDATE customers SET pool_reminder_for = $2
         WHERE id = $1 AND owner_id IS NOT NULL AND pool_reminder_for IS DISTINCT FROM $2`,
        [customerId, dueAt],
      );
      if (marked.rowCount !== 1) return false;
      const customer = await selectCustomer(tx, customerId);
      await appendToOutbox(tx, poolReturnDueEvents(customer!, dueAt, actor));
      return true;
    });
  }

  async listPool(
    branchId: string,
    after: ListCursor | undefined,
    limit: number,
  ): Promise<{ customer: Customer; cursor: ListCursor }[]> {
    const { rows } = await this.pool.query<CustomerRow>(
      `SELECT ${customerColumns('c')} FROM customers c
       WHERE c.branch_id = $1 AND c.owner_id IS NULL AND c.deleted_at IS NULL AND c.status = 'active'
         ${after ? 'AND c.seq < $3' : ''}
       ORDER BY c.seq DESC LIMIT $2`,
      after ? [branchId, limit, after.seq] : [branchId, limit],
    );
    const customers = await hydrate(this.pool, rows);
    return customers.map((customer, i) => ({ customer, cursor: { seq: rows[i]!.seq, key: '' } }));
  }
}
