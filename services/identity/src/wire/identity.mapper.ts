import type { DataScope } from '@crm/auth';
import { toStruct, type identityV1Types as t } from '@crm/proto';
import type {
  AuditEntry,
  Branch,
  Department,
  Employee,
  EmployeeCategory,
  Me,
  Role,
  RoleRef,
  Session,
  Site,
  User,
} from '../domain/identity';

/**
 * Domain → wire. A value the domain does not have (null) is left unset: the field has presence in
 * the proto (`optional`, or a message), so a client tells it from an empty one. Enums carry their prefix.
 */

const iso = (d: Date): string => d.toISOString();
const isoOrUnset = (d: Date | null): string | undefined => (d ? d.toISOString() : undefined);
const orUnset = <T>(v: T | null): T | undefined => v ?? undefined;

export const toDataScopeEnum = (s: DataScope): t.DataScope => `DATA_SCOPE_${s.toUpperCase()}` as t.DataScope;
/** undefined for UNSPECIFIED (or anything unknown), which the use case reports as missing. */
export const fromDataScopeEnum = (s: string | undefined): DataScope | undefined =>
  s && s.startsWith('DATA_SCOPE_') && s !== 'DATA_SCOPE_UNSPECIFIED'
    ? (s.slice('DATA_SCOPE_'.length).toLowerCase() as DataScope)
    : undefined;

export const toCategoryEnum = (c: EmployeeCategory): t.EmployeeCategory =>
  `EMPLOYEE_CATEGORY_${c.toUpperCase()}` as t.EmployeeCategory;
export const fromCategoryEnum = (c: string | undefined): EmployeeCategory | undefined =>
  c && c.startsWith('EMPLOYEE_CATEGORY_') && c !== 'EMPLOYEE_CATEGORY_UNSPECIFIED'
    ? (c.slice('EMPLOYEE_CATEGORY_'.length).toLowerCase() as EmployeeCategory)
    : undefined;

export const toRoleRefMessage = (r: RoleRef): t.RoleRef => ({ id: r.id, key: orUnset(r.key), name: r.name });

export const toUserMessage = (u: User & { locked?: boolean }): t.User => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  branchId: u.branchId,
  departmentId: orUnset(u.departmentId),
  roles: u.roles.map(toRoleRefMessage),
  disabled: u.disabled,
  locked: u.locked ?? false,
  mustChangePassword: u.mustChangePassword,
  createdAt: iso(u.createdAt),
  updatedAt: iso(u.updatedAt),
  extension: orUnset(u.extension),
});

export const toMeMessage = (m: Me): t.Me => ({
  id: m.id,
  username: m.username,
  displayName: m.displayName,
  branchId: m.branchId,
  departmentId: orUnset(m.departmentId),
  roles: m.roles.map(toRoleRefMessage),
  permissions: m.permissions,
  dataScope: toDataScopeEnum(m.dataScope),
  mustChangePassword: m.mustChangePassword,
  extension: orUnset(m.extension),
  branchName: m.branchName,
});

export const toSessionMessage = (s: Session): t.Session => ({
  accessToken: s.accessToken,
  tokenType: s.tokenType,
  expiresIn: s.expiresIn,
  refreshToken: s.refreshToken,
  refreshTokenExpiresAt: iso(s.refreshTokenExpiresAt),
  user: toMeMessage(s.user),
});

export const toRoleMessage = (r: Role): t.Role => ({
  id: r.id,
  key: orUnset(r.key),
  name: r.name,
  description: r.description,
  builtIn: r.builtIn,
  permissions: r.permissions,
  dataScope: toDataScopeEnum(r.dataScope),
  createdAt: iso(r.createdAt),
  updatedAt: iso(r.updatedAt),
});

export const toBranchMessage = (b: Branch): t.Branch => ({
  id: b.id,
  code: b.code,
  name: b.name,
  address: orUnset(b.address),
  phone: orUnset(b.phone),
  createdAt: iso(b.createdAt),
  updatedAt: iso(b.updatedAt),
});

export const toDepartmentMessage = (d: Department): t.Department => ({
  id: d.id,
  branchId: d.branchId,
  number: d.number,
  name: d.name,
  parentId: orUnset(d.parentId),
  createdAt: iso(d.createdAt),
  updatedAt: iso(d.updatedAt),
});

export const toEmployeeMessage = (e: Employee): t.Employee => ({
  id: e.id,
  number: e.number,
  name: e.name,
  category: toCategoryEnum(e.category),
  phone: orUnset(e.phone),
  address: orUnset(e.address),
  email: orUnset(e.email),
  branchId: e.branchId,
  departmentId: orUnset(e.departmentId),
  userId: orUnset(e.userId),
  createdAt: iso(e.createdAt),
  updatedAt: iso(e.updatedAt),
});

export const toSiteMessage = (s: Site): t.Site => ({
  id: s.id,
  branchId: s.branchId,
  name: s.name,
  keyPrefix: s.keyPrefix,
  createdAt: iso(s.createdAt),
  rotatedAt: isoOrUnset(s.rotatedAt),
  revokedAt: isoOrUnset(s.revokedAt),
  lastSeenAt: isoOrUnset(s.lastSeenAt),
});

export const toAuditEntryMessage = (a: AuditEntry): t.AuditEntry => ({
  id: a.id,
  occurredAt: iso(a.occurredAt),
  service: a.service,
  action: a.action,
  entityType: a.entityType,
  entityId: a.entityId,
  actorId: a.actorId,
  actorName: orUnset(a.actorName),
  branchId: a.branchId,
  requestId: orUnset(a.requestId),
  before: a.before === null ? null : toStruct(a.before),
  after: a.after === null ? null : toStruct(a.after),
});
/** proto3 plain text: '' means absent. */
export const nonEmpty = (v: string): string | undefined => (v === '' ? undefined : v);
