import { ALL_PERMISSIONS, type DataScope } from '@crm/auth';

/** The permission catalogue (docs/api/identity.md); `*` (system administrator only) grants them all. */
export const permissionCatalogue = [
  'users.read',
  'users.write',
  'roles.read',
  'roles.write',
  'branches.read',
  'branches.write',
  'departments.read',
  'departments.write',
  'employees.read',
  'employees.write',
  'sites.read',
  'sites.write',
  'audit.read',
  'customers.read',
  'customers.create',
  'customers.update',
  'customers.delete',
  'customers.purge',
  'customers.review',
  'customers.cards',
  'customers.settings',
  'customers.transfer',
  'customers.claim',
  'customers.import',
  'customers.export',
  'analytics.read',
] as const;
export type PermissionKey = (typeof permissionCatalogue)[number];

export const permissionGroup = (key: string): string => key.slice(0, key.indexOf('.'));

export function isGrantablePermission(key: string): boolean {
  return key === ALL_PERMISSIONS || (permissionCatalogue as readonly string[]).includes(key);
}

/** The permissions this service checks itself. */
export const identityPermissions = {
  usersRead: 'users.read',
  usersWrite: 'users.write',
  rolesRead: 'roles.read',
  rolesWrite: 'roles.write',
  branchesRead: 'branches.read',
  branchesWrite: 'branches.write',
  departmentsRead: 'departments.read',
  departmentsWrite: 'departments.write',
  employeesRead: 'employees.read',
  employeesWrite: 'employees.write',
  sitesRead: 'sites.read',
  sitesWrite: 'sites.write',
  auditRead: 'audit.read',
} as const satisfies Record<string, PermissionKey>;

export const builtInRoleKeys = [
  'system_admin',
  'executive',
  'sales_supervisor',
  'account_manager',
  'service_staff',
  'driver',
] as const;
export type BuiltInRoleKey = (typeof builtInRoleKeys)[number];

export interface BuiltInRole {
  key: BuiltInRoleKey;
  name: string;
  description: string;
  permissions: string[];
  dataScope: DataScope;
}

const all = (suffix: string) => permissionCatalogue.filter((p) => p.endsWith(suffix));
const group = (name: string) => permissionCatalogue.filter((p) => permissionGroup(p) === name);

/** The built-in roles exactly as the contract lists them; the portal translates them by `key`. */
export const builtInRoles: readonly BuiltInRole[] = [
  {
    key: 'system_admin',
    name: 'System administrator',
    description: 'Every permission in every branch.',
    permissions: [ALL_PERMISSIONS],
    dataScope: 'all',
  },
  {
    key: 'executive',
    name: 'Executive',
    description: 'Reads everything in every branch.',
    permissions: all('.read'),
    dataScope: 'all',
  },
  {
    key: 'sales_supervisor',
    name: 'Sales supervisor',
    description: 'Manages customers of their department and the departments below it.',
    // Not purge (irreversible) nor the branch's customer settings: those stay with administrators.
    permissions: [
      ...group('customers').filter((p) => p !== 'customers.purge' && p !== 'customers.settings'),
      'employees.read',
      'departments.read',
      'users.read',
      'analytics.read',
    ],
    dataScope: 'department_tree',
  },
  {
    key: 'account_manager',
    name: 'Account manager',
    description: 'Looks after their own customers.',
    // No customers.export / customers.import: a bulk download of one's portfolio is how customers leave
    // with a salesperson (R-CUS-4), and bulk entry bypasses the one-by-one duplicate warning; their
    // supervisor (who has both) does it for them.
    permissions: [
      'customers.read',
      'customers.create',
      'customers.update',
      'customers.cards',
      'customers.claim',
    ],
    dataScope: 'own',
  },
  {
    key: 'service_staff',
    name: 'Service staff',
    description: "Reads their branch's customers and issues their cards at the counter.",
    permissions: ['customers.read', 'customers.cards'],
    dataScope: 'branch',
  },
  {
    key: 'driver',
    name: 'Driver',
    description: 'Reads their own customers.',
    permissions: ['customers.read'],
    dataScope: 'own',
  },
];
