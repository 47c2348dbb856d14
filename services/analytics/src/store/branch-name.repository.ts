import type { Queryable } from '@crm/db';

export class BranchNameRepository {
  /** Runs inside the consumer's transaction, beside its inbox row; the newest change wins. */
  async upsert(tx: Queryable, branchId: string, name: string, changedAt: Date): Promise<void> {
    await tx.query(
      `INSERT INTO branch_names (branch_id, name, changed_at) VALUES ($1, $2, $3)
       ON CONFLICT (branch_id) DO UPDATE SET name = $2, changed_at = $3
       WHERE branch_names.changed_at <= $3`,
      [branchId, name, changedAt],
    );
  }
}
