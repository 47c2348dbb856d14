// The REST resources as the portal's pages name them.
import type { Schema } from './typed-client';

// Identity's resources are the generated types of the OpenAPI document (proto/crm/identity/v1,
// `npm run api:gen`), named here for the pages; the customers' are still written out below.

export type DataScope = Schema<'DataScope'>;
export type EmployeeCategory = Schema<'EmployeeCategory'>;
export type RoleRef = Schema<'RoleRef'>;
export type Me = Schema<'Me'>;
export type Session = Schema<'Session'>;
export type User = Schema<'User'>;
export type Role = Schema<'Role'>;
export type PermissionEntry = Schema<'Permission'>;
export type Branch = Schema<'Branch'>;
export type Department = Schema<'Department'>;
export type Employee = Schema<'Employee'>;
export type Site = Schema<'Site'>;
export type SiteWithKey = Schema<'CreateSiteResponse'>;
export type AuditEntry = Schema<'AuditEntry'>;

/** Every value of an enum, in the order the portal offers them; the compiler checks none is missing. */
const allOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : 'a value is missing')) =>
    list;

/** Narrowest to widest. */
export const DATA_SCOPES = allOf<DataScope>()(['OWN', 'DEPARTMENT', 'DEPARTMENT_TREE', 'BRANCH', 'ALL']);
export const EMPLOYEE_CATEGORIES = allOf<EmployeeCategory>()([
  'STAFF',
  'SALES',
  'SERVICE',
  'DRIVER',
  'MANAGER',
  'OTHER',
]);

/** The keys of identity's built-in roles (their names and descriptions are translated by key). */
export const BUILT_IN_ROLE_KEYS = [
  'system_admin',
  'executive',
  'sales_supervisor',
  'account_manager',
  'service_staff',
  'driver',
] as const;
export type BuiltInRoleKey = (typeof BUILT_IN_ROLE_KEYS)[number];

export interface Page<T> {
  items: T[];
  nextPageToken: string | null;
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
