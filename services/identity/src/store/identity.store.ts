import path from 'node:path';
import type { Pool, PoolClient } from 'pg';
import { appendToOutbox } from '@crm/bus';
import { withTransaction, type Queryable } from '@crm/db';
import { alreadyExists, DomainError, failedPrecondition, invalidArgument } from '@crm/errors';
import { currentRequestContext } from '@crm/telemetry';
import type {
  Actor,
  Change,
  IdentityRepositories,
  IdentityStore,
  IdentityTransaction,
} from '../domain/ports';
import { identityEventFor } from '../wire/identity-events';
import { insertAuditEntry, PgAuditRepository } from './audit.repository';
import { PgBranchRepository } from './branch.repository';
import { PgDepartmentRepository } from './department.repository';
import { PgEmployeeRepository } from './employee.repository';
import { PgRefreshTokenRepository } from './refresh-token.repository';
import { PgRoleRepository } from './role.repository';
import { PgSiteRepository } from './site.repository';
import { PgUserRepository } from './user.repository';

export const identityMigrationsDir = path.join(__dirname, 'migrations');
export const IDENTITY_SERVICE = 'identity';

function repositories(db: Queryable): IdentityRepositories {
  return {
    branches: new PgBranchRepository(db),
    departments: new PgDepartmentRepository(db),
    roles: new PgRoleRepository(db),
    users: new PgUserRepository(db),
    employees: new PgEmployeeRepository(db),
    sites: new PgSiteRepository(db),
    refreshTokens: new PgRefreshTokenRepository(db),
    audit: new PgAuditRepository(db),
  };
}

/** What the audit log keeps of an entity: its public shape (the domain types carry no secrets). */
const snapshot = (entity: object | null): Record<string, unknown> | null =>
  entity === null ? null : (JSON.parse(JSON.stringify(entity)) as Record<string, unknown>);

/**
 * Writes a change's audit entry and its outbox event with the client of the change's transaction, so
 * the row, the entry and the event commit together or not at all (DESIGN rule 3, R-ID-4).
 */
export async function recordChange(client: PoolClient, change: Change, actor: Actor): Promise<void> {
  await insertAuditEntry(client, {
    id: crypto.randomUUID(),
    occurredAt: new Date(),
    service: IDENTITY_SERVICE,
    action: `${change.entityType}.${change.verb}`,
    entityType: change.entityType,
    entityId: change.entityId,
    actorId: actor.userId,
    actorName: actor.name,
    branchId: change.branchId,
    requestId: currentRequestContext()?.requestId ?? null,
    before: snapshot(change.before),
    after: snapshot(change.after),
  });
  if (change.publish) await appendToOutbox(client, identityEventFor(change, actor));
}

// Unique constraints and the input field they guard.
const uniqueFields: Record<string, { field: string; message: string }> = {
  users_username_key: { field: 'username', message: 'username is taken' },
  users_branch_extension_key: {
    field: 'extension',
    message: 'another user of the branch has this extension',
  },
  branches_code_key: { field: 'code', message: 'a branch with this code exists' },
  departments_number_key: { field: 'number', message: 'a department with this number exists in the branch' },
  employees_number_key: { field: 'number', message: 'an employee with this number exists in the branch' },
  employees_user_key: { field: 'userId', message: 'the user is linked to another employee' },
  roles_name_key: { field: 'name', message: 'a role with this name exists' },
};

/** PostgreSQL errors the caller caused, as domain errors; anything else stays an internal error. */
export function toDomainError(err: unknown): unknown {
  const e = err as { code?: string; constraint?: string };
  if (err instanceof DomainError || typeof e?.code !== 'string') return err;
  switch (e.code) {
    case '23505': {
      const known = e.constraint ? uniqueFields[e.constraint] : undefined;
      if (!known) return alreadyExists('record already exists');
      return new DomainError('ALREADY_EXISTS', known.message, [
        { field: known.field, message: 'already exists' },
      ]);
    }
    case '23503':
      return failedPrecondition('a referenced record does not exist or is still in use');
    case '23514':
    case '22P02':
    case '22001':
      return invalidArgument('request is invalid');
    default:
      return err;
  }
}

/** The identity store on PostgreSQL: repositories on the pool, and transactions that audit. */
export class PgIdentityStore implements IdentityStore {
  readonly branches;
  readonly departments;
  readonly roles;
  readonly users;
  readonly employees;
  readonly sites;
  readonly refreshTokens;
  readonly audit;

  constructor(private readonly pool: Pool) {
    const r = repositories(pool);
    this.branches = r.branches;
    this.departments = r.departments;
    this.roles = r.roles;
    this.users = r.users;
    this.employees = r.employees;
    this.sites = r.sites;
    this.refreshTokens = r.refreshTokens;
    this.audit = r.audit;
  }

  async transaction<T>(fn: (tx: IdentityTransaction) => Promise<T>): Promise<T> {
    try {
      return await withTransaction(this.pool, (client) =>
        fn({ ...repositories(client), record: (change, actor) => recordChange(client, change, actor) }),
      );
    } catch (err) {
      throw toDomainError(err);
    }
  }

  async exclusively<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
      try {
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
      }
    } finally {
      client.release();
    }
  }
}
