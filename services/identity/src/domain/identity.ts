import type { DataScope } from '@crm/auth';

/** The entities the identity service owns (R-ID-1..5). Secrets (password hashes, key hashes) never appear here. */

export interface Branch {
  id: string;
  code: string;
  name: string;
  address: string | null;
  phone: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Department {
  id: string;
  branchId: string;
  number: string;
  name: string;
  parentId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Role {
  id: string;
  /** Built-in roles only. */
  key: string | null;
  name: string;
  description: string;
  builtIn: boolean;
  permissions: string[];
  dataScope: DataScope;
  createdAt: Date;
  updatedAt: Date;
}

export interface RoleRef {
  id: string;
  key: string | null;
  name: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  branchId: string;
  departmentId: string | null;
  roles: RoleRef[];
  disabled: boolean;
  mustChangePassword: boolean;
  /** Telephone extension (digits), unique in the branch; calls to it pop on this user's screens. */
  extension: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A user as shown to callers: with the lockout state, which lives in Redis. */
export interface UserView extends User {
  locked: boolean;
}

export const employeeCategories = ['staff', 'sales', 'service', 'driver', 'manager', 'other'] as const;
export type EmployeeCategory = (typeof employeeCategories)[number];

export interface Employee {
  id: string;
  number: string;
  name: string;
  category: EmployeeCategory;
  phone: string | null;
  address: string | null;
  email: string | null;
  branchId: string;
  departmentId: string | null;
  userId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Site {
  id: string;
  branchId: string;
  name: string;
  keyPrefix: string;
  createdAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
  lastSeenAt: Date | null;
}

export interface AuditEntry {
  id: string;
  occurredAt: Date;
  service: string;
  action: string;
  entityType: string;
  entityId: string;
  actorId: string;
  actorName: string | null;
  branchId: string;
  requestId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** What the signed-in user sees about themself. */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  branchId: string;
  departmentId: string | null;
  roles: RoleRef[];
  permissions: string[];
  dataScope: DataScope;
  mustChangePassword: boolean;
  extension: string | null;
  /** The user's own branch by name (a clerk without branches.read sees it too). */
  branchName: string;
}

export interface Session {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: Me;
}

export const toRoleRef = (r: Pick<Role, 'id' | 'key' | 'name'>): RoleRef => ({
  id: r.id,
  key: r.key,
  name: r.name,
});
