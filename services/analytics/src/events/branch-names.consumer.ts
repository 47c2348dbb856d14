import { IdempotentConsumer, type BusConnection } from '@crm/bus';
import type { Logger } from '@crm/log';
import type { identityV1Types } from '@crm/proto';
import type { Pool } from 'pg';
import type { BranchNameRepository } from '../store/branch-name.repository';

/** Keeps the branches' names from crm.identity.branch.created/updated (durable `analytics-branches`). */
export function branchNamesConsumer(
  bus: BusConnection,
  pool: Pool,
  names: BranchNameRepository,
  logger: Logger,
) {
  return new IdempotentConsumer<identityV1Types.BranchUpdated>({
    js: bus.js,
    ns: bus.ns,
    pool,
    logger,
    stream: 'CRM_IDENTITY',
    durable: 'analytics-branches',
    handler: async (event, tx) => {
      const branch = event.payload.branch;
      if (!branch?.id || !branch.name) return;
      await names.upsert(tx, branch.id, branch.name, new Date(event.occurredAt));
    },
  });
}
