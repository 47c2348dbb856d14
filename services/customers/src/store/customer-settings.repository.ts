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
import { fieldDefinitionEvents, settingsUpdatedEvents } from '../events/customer-events';

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
    const { rows } = await this.pool.query<{
      entry_review: EntryReview;
      version: number;
      updated_at: Date;
      updated_by: string;
    }>(
      'SELECT entry_review, version, updated_at, updated_by FROM customer_branch_settings WHERE branch_id = $1',
      [branchId],
    );
    const r = rows[0];
    if (!r) return defaultSettings(branchId);
    return {
      branchId,
      entryReview: r.entry_review,
      version: r.version,
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
    };
  }

  async entryReview(branchId: string): Promise<EntryReview> {
    return (await this.settings(branchId)).entryReview;
  }

  async saveSettings(before: CustomerSettings, after: CustomerSettings, actor: Principal): Promise<void> {
    await withTransaction(this.pool, async (tx) => {
      const result = await tx.query(
        `INSERT INTO customer_branch_settings (branch_id, entry_review, version, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (branch_id) DO UPDATE SET entry_review = EXCLUDED.entry_review, version = EXCLUDED.version,
           updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
         WHERE customer_branch_settings.version = $6`,
        [after.branchId, after.entryReview, after.version, after.updatedAt, after.updatedBy, before.version],
      );
      if (result.rowCount !== 1)
        throw conflict(`settings of branch ${after.branchId} were changed by someone else`);
      await appendToOutbox(tx, settingsUpdatedEvents(before, after, actor));
    });
  }
}
