import type { Principal } from '@crm/auth';
import type { AuditEntry, Branch, Department, Employee, Role, Site, User } from './identity';
import type { PageRequest } from './pagination';

/**
 * What the use cases need from the outside world. The store implements the repositories on PostgreSQL,
 * the login attempts on Redis (store/), the hasher with argon2id (argon2.password-hasher.ts); unit tests use
 * in-memory fakes.
 */

export type Seq<T> = { item: T; seq: bigint };

/** One audited change; the store writes its audit row and (when `publish`) its outbox event. */
export type Change = (
  | { entityType: 'user'; before: User | null; after: User | null }
  | { entityType: 'role'; before: Role | null; after: Role | null }
  | { entityType: 'branch'; before: Branch | null; after: Branch | null }
  | { entityType: 'department'; before: Department | null; after: Department | null }
  | { entityType: 'employee'; before: Employee | null; after: Employee | null }
  | { entityType: 'site'; before: Site | null; after: Site | null }
) & {
  /** Past tense: created, updated, deleted, password_changed, … (the action is `<entityType>.<verb>`). */
  verb: string;
  entityId: string;
  branchId: string;
  /** Published as crm.identity.<entityType>.<verb>; false for audit-only security records. */
  publish: boolean;
  /** Extra facts for the event (e.g. resetByAdministrator). */
  details?: Record<string, unknown>;
};

/** Who made a change, as the audit log and events name them. */
export interface Actor {
  userId: string;
  kind: Principal['kind'];
  name: string | null;
}

export const actorOf = (p: Principal): Actor => ({
  userId: p.userId,
  kind: p.kind,
  name: p.username ?? null,
});
export const systemActor: Actor = { userId: 'system', kind: 'system', name: 'system' };

export interface BranchRepository {
  findById(id: string, opts?: { forUpdate?: boolean }): Promise<Branch | undefined>;
  findByCode(code: string): Promise<Branch | undefined>;
  list(page: PageRequest & { ids?: string[] }): Promise<Seq<Branch>[]>;
  insert(branch: Branch): Promise<void>;
  update(branch: Branch): Promise<void>;
}

export interface DepartmentRepository {
  findById(id: string, opts?: { forUpdate?: boolean }): Promise<Department | undefined>;
  list(filter: PageRequest & { branchId?: string }): Promise<Seq<Department>[]>;
  /** The department and every department below it. */
  subtree(id: string): Promise<string[]>;
  /** Sub-departments, employees or users still in it. */
  hasMembers(id: string): Promise<boolean>;
  insert(department: Department): Promise<void>;
  update(department: Department): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface RoleRepository {
  findById(id: string, opts?: { forUpdate?: boolean }): Promise<Role | undefined>;
  findByIds(ids: string[]): Promise<Role[]>;
  findByKey(key: string): Promise<Role | undefined>;
  list(): Promise<Role[]>;
  isAssigned(id: string): Promise<boolean>;
  insert(role: Role): Promise<void>;
  update(role: Role): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface UserRepository {
  count(): Promise<number>;
  findById(id: string, opts?: { forUpdate?: boolean }): Promise<User | undefined>;
  findByUsername(username: string): Promise<User | undefined>;
  passwordHash(id: string): Promise<string | undefined>;
  list(filter: PageRequest & { q?: string; branchId?: string }): Promise<Seq<User>[]>;
  /** Inserts the user and its role assignments. */
  insert(user: User, passwordHash: string): Promise<void>;
  /** Updates the profile and replaces the role assignments with user.roles. */
  update(user: User): Promise<void>;
  setPassword(id: string, passwordHash: string, mustChangePassword: boolean, at: Date): Promise<void>;
}

export interface EmployeeRepository {
  findById(id: string, opts?: { forUpdate?: boolean }): Promise<Employee | undefined>;
  list(
    filter: PageRequest & { q?: string; branchId?: string; departmentId?: string },
  ): Promise<Seq<Employee>[]>;
  insert(employee: Employee): Promise<void>;
  update(employee: Employee): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface SiteRepository {
  findById(id: string, opts?: { forUpdate?: boolean }): Promise<Site | undefined>;
  /** The site and the SHA-256 of its current key. */
  findCredentials(id: string): Promise<{ site: Site; keyHash: Buffer } | undefined>;
  list(filter: PageRequest & { branchId?: string }): Promise<Seq<Site>[]>;
  insert(site: Site, keyHash: Buffer): Promise<void>;
  update(site: Site, keyHash?: Buffer): Promise<void>;
  /** Sets last_seen_at unless it was set less than `minIntervalSeconds` ago. */
  touch(id: string, at: Date, minIntervalSeconds: number): Promise<void>;
}

export interface RefreshTokenRecord {
  tokenHash: Buffer;
  familyId: string;
  userId: string;
  issuedAt: Date;
  expiresAt: Date;
  spentAt: Date | null;
  revokedAt: Date | null;
}

export interface RefreshTokenRepository {
  insert(token: Omit<RefreshTokenRecord, 'spentAt' | 'revokedAt'>): Promise<void>;
  /** Locks the row for the rest of the transaction. */
  findForUpdate(tokenHash: Buffer): Promise<RefreshTokenRecord | undefined>;
  find(tokenHash: Buffer): Promise<RefreshTokenRecord | undefined>;
  markSpent(tokenHash: Buffer, at: Date): Promise<void>;
  revokeFamily(familyId: string, at: Date): Promise<number>;
  /** Every family of the user, except `keepFamilyId`. */
  revokeUserFamilies(userId: string, at: Date, keepFamilyId?: string): Promise<number>;
}

export interface AuditFilter extends PageRequest {
  branchId?: string;
  actorId?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  /** Keyset cursor on (occurred_at, seq), newest first. */
  before?: { occurredAt: Date; seq: bigint };
}

export interface AuditRepository {
  list(filter: AuditFilter): Promise<Seq<AuditEntry>[]>;
}

/** The repositories, reading through the pool or inside a transaction. */
export interface IdentityRepositories {
  branches: BranchRepository;
  departments: DepartmentRepository;
  roles: RoleRepository;
  users: UserRepository;
  employees: EmployeeRepository;
  sites: SiteRepository;
  refreshTokens: RefreshTokenRepository;
  audit: AuditRepository;
}

export interface IdentityTransaction extends IdentityRepositories {
  /** Writes the audit entry and the outbox event of a change, in this transaction. */
  record(change: Change, actor: Actor): Promise<void>;
}

export interface IdentityStore extends IdentityRepositories {
  /**
   * Runs `fn` in one transaction: every write, audit row and event commits together or not at all.
   * Unique violations surface as ALREADY_EXISTS, foreign-key violations as FAILED_PRECONDITION.
   */
  transaction<T>(fn: (tx: IdentityTransaction) => Promise<T>): Promise<T>;
  /** Runs `fn` once across replicas (advisory lock), e.g. the bootstrap. */
  exclusively<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Without a hash, verifies against a dummy one and returns false, taking the same time. */
  verify(hash: string | undefined, password: string): Promise<boolean>;
}

/** Failed-login bookkeeping per username (Redis). */
export interface LoginAttempts {
  /** Seconds the username stays locked; 0 when it is not locked. */
  lockedFor(username: string): Promise<number>;
  /** Counts a failure; returns the seconds of the lock it started, 0 if none. */
  recordFailure(username: string): Promise<number>;
  /** After a successful login: forget failures and past locks. */
  reset(username: string): Promise<void>;
  /** Which of the usernames are locked now. */
  locked(usernames: string[]): Promise<Set<string>>;
}

export interface AccessTokenIssuer {
  ttlSeconds: number;
  sign(principal: Principal): Promise<string>;
}

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
