import { hasPermission } from '../auth/permissions';
import type { MessageKey } from '../i18n/core';

export type IconName =
  | 'home'
  | 'customers'
  | 'system'
  | 'users'
  | 'roles'
  | 'branches'
  | 'departments'
  | 'employees'
  | 'sites'
  | 'audit'
  | 'customerPool'
  | 'recycleBin';

export interface NavItem {
  /** Stable id: menu key and `data-testid="menu-<id>"`. */
  id: string;
  label: MessageKey;
  icon: IconName;
  path?: string;
  /** Needed to see the item; none = everybody. */
  permission?: string;
  children?: NavItem[];
}

/** The whole menu; what a user sees is filtered by Me.permissions. */
export const NAVIGATION: readonly NavItem[] = [
  { id: 'home', label: 'menu.home', icon: 'home', path: '/' },
  {
    id: 'customers-group',
    label: 'menu.customers',
    icon: 'customers',
    children: [
      {
        id: 'customers',
        label: 'menu.customerList',
        icon: 'customers',
        path: '/customers',
        permission: 'customers.read',
      },
      {
        id: 'customer-pool',
        label: 'menu.customerPool',
        icon: 'customerPool',
        path: '/customers/pool',
        permission: 'customers.read',
      },
      {
        id: 'customer-recycle-bin',
        label: 'menu.customerRecycleBin',
        icon: 'recycleBin',
        path: '/customers/recycle-bin',
        permission: 'customers.delete',
      },
      {
        id: 'customer-import',
        label: 'menu.customerImport',
        icon: 'customers',
        path: '/customers/import',
        permission: 'customers.import',
      },
      {
        id: 'customer-churn',
        label: 'menu.customerChurn',
        icon: 'customers',
        path: '/customers/churn',
        permission: 'customers.read',
      },
      {
        id: 'customer-care',
        label: 'menu.customerCare',
        icon: 'customers',
        path: '/customers/care',
        permission: 'customers.read',
      },
      {
        id: 'customer-follow-ups',
        label: 'menu.customerFollowUps',
        icon: 'customers',
        path: '/customers/follow-ups',
        permission: 'customers.read',
      },
      {
        id: 'customer-settings',
        label: 'menu.customerSettings',
        icon: 'system',
        path: '/customers/settings',
        permission: 'customers.settings',
      },
    ],
  },
  {
    id: 'system',
    label: 'menu.system',
    icon: 'system',
    children: [
      { id: 'users', label: 'menu.users', icon: 'users', path: '/system/users', permission: 'users.read' },
      { id: 'roles', label: 'menu.roles', icon: 'roles', path: '/system/roles', permission: 'roles.read' },
      {
        id: 'branches',
        label: 'menu.branches',
        icon: 'branches',
        path: '/system/branches',
        permission: 'branches.read',
      },
      {
        id: 'departments',
        label: 'menu.departments',
        icon: 'departments',
        path: '/system/departments',
        permission: 'departments.read',
      },
      {
        id: 'employees',
        label: 'menu.employees',
        icon: 'employees',
        path: '/system/employees',
        permission: 'employees.read',
      },
      { id: 'sites', label: 'menu.sites', icon: 'sites', path: '/system/sites', permission: 'sites.read' },
      { id: 'audit', label: 'menu.audit', icon: 'audit', path: '/system/audit', permission: 'audit.read' },
    ],
  },
];

/** The items the permissions allow; groups left empty disappear. */
export function visibleNavigation(items: readonly NavItem[], permissions: readonly string[]): NavItem[] {
  const result: NavItem[] = [];
  for (const item of items) {
    if (item.permission && !hasPermission(permissions, item.permission)) continue;
    if (item.children) {
      const children = visibleNavigation(item.children, permissions);
      if (children.length > 0) result.push({ ...item, children });
    } else {
      result.push(item);
    }
  }
  return result;
}

/**
 * The chain of items leading to the page at `pathname` (for breadcrumbs and the open menu group). A
 * page below a menu item (a customer's detail under the customer list) belongs to the item whose path
 * is the longest prefix of it.
 */
export function navigationTrail(items: readonly NavItem[], pathname: string): NavItem[] {
  let best: NavItem[] = [];
  let bestLength = 0;
  const walk = (level: readonly NavItem[], above: NavItem[]) => {
    for (const item of level) {
      const path = item.path;
      const covers =
        path !== undefined && (pathname === path || (path !== '/' && pathname.startsWith(`${path}/`)));
      if (covers && path.length > bestLength) {
        best = [...above, item];
        bestLength = path.length;
      }
      if (item.children) walk(item.children, [...above, item]);
    }
  };
  walk(items, []);
  return best;
}

/** Leaf items, in menu order (shortcuts on the home page). */
export function leafItems(items: readonly NavItem[]): NavItem[] {
  return items.flatMap((item) => (item.children ? leafItems(item.children) : [item]));
}
