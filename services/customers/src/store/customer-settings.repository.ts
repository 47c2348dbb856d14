import type { Pool } from 'pg';
import type { Principal } from '@crm/auth';
import { appendToOutbox } from '@crm/bus';
import { withTransaction } from '@crm/db';
import { alreadyExists, conflict } from '@crm/errors';
import type { CustomFieldDefinition, CustomFieldType } from '../domain/custom-fields';
import type { CustomFieldDefinitionPort } from '../domain/custom-field-definitions.use-case';
import { defaultSettings, type CustomerSettings } from '../domain/customer-settings';
import type { CustomerSettingsPort } from '../domain/customer-settings.use-case';
import type { EntryReview } from '../domain/duplicates';
import { fieldDefinitionEvents, settingsUpdatedEvents } from '../wire/customer-events';

interface DefinitionRow {
  id: string;
  branch_id: string;
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
  position: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const toDefinition = (r: DefinitionRow): CustomFieldDefinition => ({
  id: r.id,
  branchId: r.branch_id,
  key: r.key,
  label: r.label,
  type: r.type,
  options: r.options,
  required: r.required,
  position: r.position,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Per-branch configuration of customer records: custom field definitions and entry review. */
export class CustomerSettingsRepository implements CustomFieldDefinitionPort, CustomerSettingsPort {
  constructor(private readonly pool: Pool) {}

  async listDefinitions(branchId: string): Promise<CustomFieldDefinition[]> {
    const { rows } = await this.pool.query<DefinitionRow>(
      'SELECT * FROM customer_field_definitions WHERE branch_id = $1 ORDER BY position, key',
      [branchId],
    );
    return rows.map(toDefinition);
  }

  async findDefinition(id: string): Promise<CustomFieldDefinition | undefined> {
    const { rows } = await this.pool.query<DefinitionRow>(
      'SELECT * FROM customer_field_definitions WHERE id = $1',
      [id],
    );
    return rows[0] && toDefinition(rows[0]);
  }

  async insertDefinition(d: CustomFieldDefinition, actor: Principal): Promise<void> {
    try {
      await withTransaction(this.pool, async (tx) => {
        await tx.query(
          `INSERT INTO customer_field_definitions (id, branch_id, key, label, type, options, required, position, version,
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            d.id,
            d.branchId,
            d.key,
            d.label,
            d.type,
            d.options,
            d.required,
            d.position,
            d.version,
            d.createdAt,
            d.updatedAt,
          ],
        );
        await appendToOutbox(tx, fieldDefinitionEvents('created', undefined, d, actor));
      });
    } catch (err) {
      if ((err as { code?: string }).code === '23505')
        throw alreadyExists(`branch ${d.branchId} already has a custom field ${d.key}`);
      throw err;
    }
  }

  async updateDefinition(
    before: CustomFieldDefinition,
    after: CustomFieldDefinition,
    actor: Principal,
  ): Promise<void> {
    await withTransaction(this.pool, async (tx) => {
      const result = await tx.query(
        `UPDATE customer_field_definitions SET label = $2, options = $3, required = $4, position = $5, version = $6,
           updated_at = $7 WHERE id = $1 AND version = $8`,
        [
          after.id,
          after.label,
          after.options,
          after.required,
          after.position,
          after.version,
          after.updatedAt,
          before.version,
        ],
      );
      if (result.rowCount !== 1)
        throw conflict(`field definition ${after.id} was changed by someone else; reload it`);
      await appendToOutbox(tx, fieldDefinitionEvents('updated', before, after, actor));
    });
  }

  async deleteDefinition(d: CustomFieldDefinition, actor: Principal): Promise<void> {
    await withTransaction(this.pool, async (tx) => {
      const result = await tx.query('DELETE FROM customer_field_definitions WHERE id = $1', [d.id]);
      if (result.rowCount === 1) await appendToOutbox(tx, fieldDefinitionEvents('deleted', d, d, actor));
    });
  }

  async settings(branchId: string): Promise<CustomerSettings> {
    const { rows } = await this.pool.query<SettingsRow>(
      'SELECT * FROM customer_branch_settings WHERE branch_id = $1',
      [branchId],
    );
    const r = rows[0];
    if (!r) return defaultSettings(branchId);
    return toSettings(r);
  }

  /** The settings of every branch that has pool auto-return switched on. */
  async branchesWithAutoReturn(): Promise<CustomerSettings[]> {
    const { rows } = await this.pool.query<SettingsRow>(
      `SELECT * FROM customer_branch_settings
       WHERE pool_auto_return_days_ordinary > 0 OR pool_auto_return_days_high_intent > 0 ORDER BY branch_id`,
    );
    return rows.map(toSettings);
  }

  async entryReview(branchId: string): Promise<EntryReview> {
    return (await this.settings(branchId)).entryReview;
  }

  async saveSettings(before: CustomerSettings, after: CustomerSettings, actor: Principal): Promise<void> {
    await withTransaction(this.pool, async (tx) => {
      const p = after.pool;
      const result = await tx.query(
        `INSERT INTO customer_branch_settings (branch_id, entry_review, version, updated_at, updated_by,
           pool_max_owned, pool_reclaim_block_days, pool_auto_return_days_ordinary,
           pool_auto_return_days_high_intent, pool_return_reminder_days, follow_up_days_a, follow_up_days_b,
           follow_up_days_c, follow_up_days_unclassified, churn_at_risk_days, care_lead_days)
         VALUES ($1, $2, $3, $4, $5, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
         ON CONFLICT (branch_id) DO UPDATE SET entry_review = EXCLUDED.entry_review, version = EXCLUDED.version,
           updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
           pool_max_owned = EXCLUDED.pool_max_owned, pool_reclaim_block_days = EXCLUDED.pool_reclaim_block_days,
           pool_auto_return_days_ordinary = EXCLUDED.pool_auto_return_days_ordinary,
           pool_auto_return_days_high_intent = EXCLUDED.pool_auto_return_days_high_intent,
           pool_return_reminder_days = EXCLUDED.pool_return_reminder_days,
           follow_up_days_a = EXCLUDED.follow_up_days_a, follow_up_days_b = EXCLUDED.follow_up_days_b,
           follow_up_days_c = EXCLUDED.follow_up_days_c,
           follow_up_days_unclassified = EXCLUDED.follow_up_days_unclassified,
           churn_at_risk_days = EXCLUDED.churn_at_risk_days, care_lead_days = EXCLUDED.care_lead_days
         WHERE customer_branch_settings.version = $6`,
        [
          after.branchId,
          after.entryReview,
          after.version,
          after.updatedAt,
          after.updatedBy,
          before.version,
          p.maxOwned,
          p.reclaimBlockDays,
          p.autoReturnDays.ordinary,
          p.autoReturnDays.high_intent,
          p.returnReminderDays,
          after.followUpDays.A,
          after.followUpDays.B,
          after.followUpDays.C,
          after.followUpDays.unclassified,
          after.churnAtRiskDays,
          after.careLeadDays,
        ],
      );
      if (result.rowCount !== 1)
        throw conflict(`settings of branch ${after.branchId} were changed by someone else`);
      await appendToOutbox(tx, settingsUpdatedEvents(before, after, actor));
    });
  }
}

interface SettingsRow {
  branch_id: string;
  entry_review: EntryReview;
  version: number;
  updated_at: Date;
  updated_by: string;
  pool_max_owned: number;
  pool_reclaim_block_days: number;
  pool_auto_return_days_ordinary: number;
  pool_auto_return_days_high_intent: number;
  pool_return_reminder_days: number;
  follow_up_days_a: number;
  follow_up_days_b: number;
  follow_up_days_c: number;
  follow_up_days_unclassified: number;
  churn_at_risk_days: number;
  care_lead_days: number;
}

function toSettings(r: SettingsRow): CustomerSettings {
  return {
    branchId: r.branch_id,
    entryReview: r.entry_review,
    pool: {
      maxOwned: r.pool_max_owned,
      reclaimBlockDays: r.pool_reclaim_block_days,
      autoReturnDays: {
        ordinary: r.pool_auto_return_days_ordinary,
        high_intent: r.pool_auto_return_days_high_intent,
      },
      returnReminderDays: r.pool_return_reminder_days,
    },
    followUpDays: {
      A: r.follow_up_days_a,
      B: r.follow_up_days_b,
      C: r.follow_up_days_c,
      unclassified: r.follow_up_days_unclassified,
    },
    churnAtRiskDays: r.churn_at_risk_days,
    careLeadDays: r.care_lead_days,
    version: r.version,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}
