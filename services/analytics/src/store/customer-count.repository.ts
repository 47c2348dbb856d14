import path from 'node:path';
import type { Pool } from 'pg';
import type { Queryable } from '@crm/db';
import type { BranchCustomerCount } from '../domain/branch-customer-count';

export const analyticsMigrationsDir = path.join(__dirname, 'migrations');

export class CustomerCountRepository {
  constructor(private readonly pool: Pool) {}

  /** Runs inside the consumer's transaction, beside its inbox row, so a redelivery cannot count twice. */
  async increment(tx: Queryable, branchId: string, at: Date): Promise<void> {
    await tx.query(
      `INSERT INTO branch_customer_counts (branch_id, customers, updated_at) VALUES ($1, 1, $2)
       ON CONFLICT (branch_id) DO UPDATE SET customers = branch_customer_counts.customers + 1, updated_at = $2`,
      [branchId, at],
    );
  }

  async list(branchIds: string[] | 'all'): Promise<BranchCustomerCount[]> {
    const { rows } = await this.pool.query<{ branch_id: string; name: string | null; customers: string }>(
      `SELECT c.branch_id, n.name, c.customers
       FROM branch_customer_counts c LEFT JOIN branch_names n USING (branch_id)
       ${branchIds === 'all' ? '' : 'WHERE c.branch_id = ANY($1::text[])'}
       ORDER BY c.branch_id`,
      branchIds === 'all' ? [] : [branchIds],
    );
    return rows.map((r) => ({ branchId: r.branch_id, branchName: r.name, customers: BigInt(r.customers) }));
  }
}
