import { z } from 'zod';
import { DomainError } from '@crm/errors';
import type { identityV1Types as t } from '@crm/proto';
import type { DownstreamClients, IdentityClients } from '../../clients/downstream-clients';
import { pageQuery } from '../route-helpers';

/**
 * The REST shapes of docs/api/identity.md and their mapping from the identity service's messages:
 * enums without their proto prefix and in lower case, absent values as null.
 */

/** The identity clients, or 503 when the gateway runs without IDENTITY_ADDR. */
export function identityOf(clients: DownstreamClients): IdentityClients {
  if (!clients.identity)
    throw new DomainError('UNAVAILABLE', 'the identity service is not configured (IDENTITY_ADDR)');
  return clients.identity;
}

export const dataScopes = ['own', 'department', 'department_tree', 'branch', 'all'] as const;
export const employeeCategories = ['staff', 'sales', 'service', 'driver', 'manager', 'other'] as const;
export type DataScopeValue = (typeof dataScopes)[number];
export type EmployeeCategoryValue = (typeof employeeCategories)[number];

export const toDataScopeEnum = (s: DataScopeValue): t.DataScope =>
  `DATA_SCOPE_${s.toUpperCase()}` as t.DataScope;
export const fromDataScopeEnum = (s: string): DataScopeValue =>
  s.replace('DATA_SCOPE_', '').toLowerCase() as DataScopeValue;
export const toCategoryEnum = (c: EmployeeCategoryValue): t.EmployeeCategory =>
  `EMPLOYEE_CATEGORY_${c.toUpperCase()}` as t.EmployeeCategory;
export const fromCategoryEnum = (c: string): EmployeeCategoryValue =>
  c.replace('EMPLOYEE_CATEGORY_', '').toLowerCase() as EmployeeCategoryValue;

const orNull = (v: string): string | null => (v === '' ? null : v);
/** A PATCH value: undefined leaves the field, null clears it ('' on the wire). */
export const clearable = (v: string | null | undefined): string | undefined => (v === null ? '' : v);

// Request pieces: shapes and generous bounds only; the identity service owns the rules and says which field is wrong.
export const id = () => z.string().max(64);
export const text = (max = 1000) => z.string().max(max);
/** The paging parameters of identity's lists (its page tokens are short). */
export const identityPageQuery = pageQuery(500);

const roleRef = z.object({ id: z.string(), key: z.string().nullable(), name: z.string() });
const timestamps = { createdAt: z.string(), updatedAt: z.string() };

export const meResource = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  branchId: z.string(),
  departmentId: z.string().nullable(),
  roles: z.array(roleRef),
  permissions: z.array(z.string()),
  dataScope: z.enum(dataScopes),
  mustChangePassword: z.boolean(),
  extension: z.string().nullable().describe('telephone extension; calls to it pop on this user’s screens'),
  branchName: z.string().describe('the name of the user’s own branch'),
});
export const sessionResource = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().describe('seconds'),
  refreshToken: z.string(),
  user: meResource,
});
export const userResource = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  branchId: z.string(),
  departmentId: z.string().nullable(),
  roles: z.array(roleRef),
  disabled: z.boolean(),
  locked: z.boolean(),
  extension: z.string().nullable().describe('telephone extension (2–8 digits), unique in the branch'),
  ...timestamps,
});
export const roleResource = z.object({
  id: z.string(),
  key: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  builtIn: z.boolean(),
  permissions: z.array(z.string()),
  dataScope: z.enum(dataScopes),
  ...timestamps,
});
export const branchResource = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  ...timestamps,
});
export const departmentResource = z.object({
  id: z.string(),
  branchId: z.string(),
  number: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  ...timestamps,
});
export const employeeResource = z.object({
  id: z.string(),
  number: z.string(),
  name: z.string(),
  category: z.enum(employeeCategories),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  email: z.string().nullable(),
  branchId: z.string(),
  departmentId: z.string().nullable(),
  userId: z.string().nullable(),
  ...timestamps,
});
export const siteResource = z.object({
  id: z.string(),
  branchId: z.string(),
  name: z.string(),
  keyPrefix: z.string().describe('the first 8 characters of the key'),
  createdAt: z.string(),
  rotatedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
});
export const siteWithKeyResource = z.object({
  site: siteResource,
  siteKey: z.string().describe('shown only once'),
});
export const auditEntryResource = z.object({
  id: z.string(),
  occurredAt: z.string(),
  service: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actorId: z.string(),
  actorName: z.string().nullable(),
  branchId: z.string(),
  requestId: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});

type Out<S extends z.ZodType> = z.output<S>;
const roleRefOf = (r: t.RoleRef__Output) => ({ id: r.id, key: orNull(r.key), name: r.name });

/** The message a call answered with; a missing one is the service's fault, not the caller's. */
export function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined)
    throw new DomainError('INTERNAL', 'empty response from identity');
  return value;
}

export const toMe = (m: t.Me__Output): Out<typeof meResource> => ({
  id: m.id,
  username: m.username,
  displayName: m.displayName,
  branchId: m.branchId,
  departmentId: orNull(m.departmentId),
  roles: m.roles.map(roleRefOf),
  permissions: m.permissions,
  dataScope: fromDataScopeEnum(m.dataScope),
  mustChangePassword: m.mustChangePassword,
  extension: orNull(m.extension),
  branchName: m.branchName,
});

export const toSession = (s: t.Session__Output): Out<typeof sessionResource> => ({
  accessToken: s.accessToken,
  tokenType: 'Bearer',
  expiresIn: s.expiresIn,
  refreshToken: s.refreshToken,
  user: toMe(required(s.user)),
});

export const toUser = (u: t.User__Output): Out<typeof userResource> => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  branchId: u.branchId,
  departmentId: orNull(u.departmentId),
  roles: u.roles.map(roleRefOf),
  disabled: u.disabled,
  locked: u.locked,
  extension: orNull(u.extension),
  createdAt: u.createdAt,
  updatedAt: u.updatedAt,
});

export const toRole = (r: t.Role__Output): Out<typeof roleResource> => ({
  id: r.id,
  key: orNull(r.key),
  name: r.name,
  description: r.description,
  builtIn: r.builtIn,
  permissions: r.permissions,
  dataScope: fromDataScopeEnum(r.dataScope),
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

export const toBranch = (b: t.Branch__Output): Out<typeof branchResource> => ({
  id: b.id,
  code: b.code,
  name: b.name,
  address: orNull(b.address),
  phone: orNull(b.phone),
  createdAt: b.createdAt,
  updatedAt: b.updatedAt,
});

export const toDepartment = (d: t.Department__Output): Out<typeof departmentResource> => ({
  id: d.id,
  branchId: d.branchId,
  number: d.number,
  name: d.name,
  parentId: orNull(d.parentId),
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
});

export const toEmployee = (e: t.Employee__Output): Out<typeof employeeResource> => ({
  id: e.id,
  number: e.number,
  name: e.name,
  category: fromCategoryEnum(e.category),
  phone: orNull(e.phone),
  address: orNull(e.address),
  email: orNull(e.email),
  branchId: e.branchId,
  departmentId: orNull(e.departmentId),
  userId: orNull(e.userId),
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
});

export const toSite = (s: t.Site__Output): Out<typeof siteResource> => ({
  id: s.id,
  branchId: s.branchId,
  name: s.name,
  keyPrefix: s.keyPrefix,
  createdAt: s.createdAt,
  rotatedAt: orNull(s.rotatedAt),
  revokedAt: orNull(s.revokedAt),
  lastSeenAt: orNull(s.lastSeenAt),
});

const jsonOrNull = (text: string): Record<string, unknown> | null =>
  text === '' ? null : (JSON.parse(text) as Record<string, unknown>);

export const toAuditEntry = (a: t.AuditEntry__Output): Out<typeof auditEntryResource> => ({
  id: a.id,
  occurredAt: a.occurredAt,
  service: a.service,
  action: a.action,
  entityType: a.entityType,
  entityId: a.entityId,
  actorId: a.actorId,
  actorName: orNull(a.actorName),
  branchId: a.branchId,
  requestId: orNull(a.requestId),
  before: jsonOrNull(a.beforeJson),
  after: jsonOrNull(a.afterJson),
});
