import type { DataScope } from '@crm/auth';
import type { identityV1Types as t } from '@crm/proto';
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

/** Domain → wire. Absent optional values are empty strings on the wire (proto3); enums carry their prefix. */

const iso = (d: Date | null): string => (d ? d.toISOString() : '');
const str = (v: string | null): string => v ?? '';

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

export const toRoleRefMessage = (r: RoleRef): t.RoleRef => ({ id: r.id, key: str(r.key), name: r.name });

export const toUserMessage = (u: User & { locked?: boolean }): t.User => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  branchId: u.branchId,
  departmentId: str(u.departmentId),
  roles: u.roles.map(toRoleRefMessage),
  disabled: u.disabled,
  locked: u.locked ?? false,
  mustChangePassword: u.mustChangePassword,
  createdAt: iso(u.createdAt),
  updatedAt: iso(u.updatedAt),
  extension: str(u.extension),
});

export const toMeMessage = (m: Me): t.Me => ({
  id: m.id,
  username: m.username,
  displayName: m.displayName,
  branchId: m.branchId,
  departmentId: str(m.departmentId),
  roles: m.roles.map(toRoleRefMessage),
  permissions: m.permissions,
  dataScope: toDataScopeEnum(m.dataScope),
  mustChangePassword: m.mustChangePassword,
  extension: str(m.extension),
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
  key: str(r.key),
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
  address: str(b.address),
  phone: str(b.phone),
  createdAt: iso(b.createdAt),
  updatedAt: iso(b.updatedAt),
});

export const toDepartmentMessage = (d: Department): t.Department => ({
  id: d.id,
  branchId: d.branchId,
  number: d.number,
  name: d.name,
  parentId: str(d.parentId),
  createdAt: iso(d.createdAt),
  updatedAt: iso(d.updatedAt),
});

export const toEmployeeMessage = (e: Employee): t.Employee => ({
  id: e.id,
  number: e.number,
  name: e.name,
  category: toCategoryEnum(e.category),
  phone: str(e.phone),
  address: str(e.address),
  email: str(e.email),
  branchId: e.branchId,
  departmentId: str(e.departmentId),
  userId: str(e.userId),
  createdAt: iso(e.createdAt),
  updatedAt: iso(e.updatedAt),
});

export const toSiteMessage = (s: Site): t.Site => ({
  id: s.id,
  branchId: s.branchId,
  name: s.name,
  keyPrefix: s.keyPrefix,
  createdAt: iso(s.createdAt),
  rotatedAt: iso(s.rotatedAt),
  revokedAt: iso(s.revokedAt),
  lastSeenAt: iso(s.lastSeenAt),
});

export const toAuditEntryMessage = (a: AuditEntry): t.AuditEntry => ({
  id: a.id,
  occurredAt: iso(a.occurredAt),
  service: a.service,
  action: a.action,
  entityType: a.entityType,
  entityId: a.entityId,
  actorId: a.actorId,
  actorName: str(a.actorName),
  branchId: a.branchId,
  requestId: str(a.requestId),
  beforeJson: a.before === null ? '' : JSON.stringify(a.before),
  afterJson: a.after === null ? '' : JSON.stringify(a.after),
});
/** proto3 plain text: '' means absent. */
export const nonEmpty = (v: string): string | undefined => (v === '' ? undefined : v);
