// The REST contract (docs/api/identity.md and the customers routes), as the portal sees it.

export type DataScope = 'own' | 'department' | 'department_tree' | 'branch' | 'all';
export const DATA_SCOPES: readonly DataScope[] = ['own', 'department', 'department_tree', 'branch', 'all'];

export const BUILT_IN_ROLE_KEYS = [
  'system_admin',
  'executive',
  'sales_supervisor',
  'account_manager',
  'service_staff',
  'driver',
] as const;
export type BuiltInRoleKey = (typeof BUILT_IN_ROLE_KEYS)[number];

export interface RoleRef {
  id: string;
  key: string | null;
  name: string;
}

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
  extension?: string | null;
  /** The user's own branch by name. */
  branchName?: string;
}

export interface Session {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  user: Me;
}

export interface Page<T> {
  items: T[];
  nextPageToken: string | null;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  branchId: string;
  departmentId: string | null;
  roles: RoleRef[];
  disabled: boolean;
  locked: boolean;
  /** Telephone extension: call pops go to this user. */
  extension: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Role {
  id: string;
  key: string | null;
  name: string;
  description: string;
  builtIn: boolean;
  permissions: string[];
  dataScope: DataScope;
  createdAt: string;
  updatedAt: string;
}

export interface PermissionEntry {
  key: string;
  group: string;
}

export interface Branch {
  id: string;
  code: string;
  name: string;
  address: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Department {
  id: string;
  branchId: string;
  number: string;
  name: string;
  parentId: string | null;
  createdAt: string;
  updatedAt: string;
}

export const EMPLOYEE_CATEGORIES = ['staff', 'sales', 'service', 'driver', 'manager', 'other'] as const;
export type EmployeeCategory = (typeof EMPLOYEE_CATEGORIES)[number];

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
  createdAt: string;
  updatedAt: string;
}

export interface Site {
  id: string;
  branchId: string;
  name: string;
  keyPrefix: string;
  createdAt: string;
  rotatedAt: string | null;
  revokedAt: string | null;
  lastSeenAt: string | null;
}

export interface SiteWithKey {
  site: Site;
  siteKey: string;
}

export interface AuditEntry {
  id: string;
  occurredAt: string;
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

export const CUSTOMER_KINDS = ['COMPANY', 'INDIVIDUAL'] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

export const CUSTOMER_LEVELS = ['ORDINARY', 'HIGH_INTENT'] as const;
export type CustomerLevel = (typeof CUSTOMER_LEVELS)[number];
export const CUSTOMER_CLASSES = ['A', 'B', 'C'] as const;
export type CustomerClass = (typeof CUSTOMER_CLASSES)[number];
export const CUSTOMER_STATUSES = ['ACTIVE', 'PENDING_REVIEW', 'REJECTED'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export interface CustomerCard {
  id: string;
  customerId: string;
  branchId: string;
  uid: string;
  status: 'ACTIVE' | 'REVOKED' | 'REPLACED';
  issuedAt: string;
  issuedBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeReason: string | null;
  replacedByCardId: string | null;
}

export interface CustomerContact {
  id: string;
  name: string;
  title: string | null;
  phones: string[];
  email: string | null;
  birthday: string | null;
}

/** The REST customer resource (services/gateway/src/routes/customers-resources.ts). */
export interface Customer {
  id: string;
  branchId: string;
  departmentId: string | null;
  /** null: in the public pool (公海). */
  ownerId: string | null;
  kind: CustomerKind;
  name: string;
  /** E.164 (the pool list may mask it): the first of `phones`. */
  phone: string | null;
  email: string | null;
  createdAt: string;
  updatedAt: string;
  phones: string[];
  address: { province: string | null; city: string | null; district: string | null; detail: string | null };
  contacts: CustomerContact[];
  source: string | null;
  tags: string[];
  notes: string | null;
  customFields: Record<string, string | number>;
  level: CustomerLevel;
  customerClass: CustomerClass | null;
  status: CustomerStatus;
  version: number;
  purchaseQuantity: number;
  cards: CustomerCard[];
  deletedAt: string | null;
  deletedBy: string | null;
  mergedInto: string | null;
  createdBy: string;
  updatedBy: string | null;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  ownedSince: string | null;
  releasedAt: string | null;
  previousOwnerId: string | null;
  lastFollowUpAt: string | null;
}

/** RFC 9457 problem details with the platform's extension members. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
  retryAfterSeconds?: number;
  /** Why a 403 was answered: PASSWORD_CHANGE_REQUIRED for a session that must change its password. */
  reason?: string;
}
