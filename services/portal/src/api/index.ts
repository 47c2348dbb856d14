import { browserLock, createApiClient, type QueryValue } from './client';
import { createTypedClient, data } from './typed-client';
import type {
  AuditEntry,
  Branch,
  Customer,
  CustomerKind,
  DataScope,
  Department,
  Employee,
  EmployeeCategory,
  Page,
  Role,
  Session,
  Site,
  SiteWithKey,
  User,
} from './types';

type Listener<T> = (value: T) => void;
const sessionListeners = new Set<Listener<Session>>();
const endedListeners = new Set<Listener<void>>();

/** The one client of the page; the auth provider listens to its session events. */
export const http = createApiClient({
  lock: browserLock,
  onSession: (session) => sessionListeners.forEach((listener) => listener(session)),
  onSessionEnded: () => endedListeners.forEach((listener) => listener()),
});

/** The typed client (generated from the OpenAPI document) over the same session; pages move to it call by call. */
export const api = createTypedClient(http);

export function onSession(listener: Listener<Session>): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export function onSessionEnded(listener: Listener<void>): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}

export interface PageQuery {
  pageSize?: number;
  pageToken?: string;
  [key: string]: QueryValue;
}

const enc = encodeURIComponent;

export const authApi = {
  login: (username: string, password: string) => http.login(username, password),
  refresh: () => http.refresh(),
  logout: () => http.logout(),
  me: () => data(api.GET('/api/v1/auth/me')),
  changePassword: (currentPassword: string, newPassword: string) =>
    http.post<void>('/auth/change-password', { currentPassword, newPassword }),
};

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  branchId: string;
  departmentId?: string;
  roleIds: string[];
  extension?: string;
}
export interface UpdateUserInput {
  displayName?: string;
  branchId?: string;
  departmentId?: string | null;
  roleIds?: string[];
  disabled?: boolean;
  /** null clears it. */
  extension?: string | null;
}

export const usersApi = {
  list: (query: PageQuery & { q?: string; branchId?: string }) => http.get<Page<User>>('/users', query),
  get: (id: string) => http.get<User>(`/users/${enc(id)}`),
  create: (input: CreateUserInput) => http.post<User>('/users', input),
  update: (id: string, input: UpdateUserInput) => http.patch<User>(`/users/${enc(id)}`, input),
  resetPassword: (id: string, newPassword: string) =>
    http.post<void>(`/users/${enc(id)}/reset-password`, { newPassword }),
  unlock: (id: string) => http.post<void>(`/users/${enc(id)}/unlock`),
};

export interface RoleInput {
  name: string;
  description?: string;
  permissions: string[];
  dataScope: DataScope;
}

export const rolesApi = {
  permissions: () => data(api.GET('/api/v1/permissions')),
  list: () => http.get<Page<Role>>('/roles'),
  get: (id: string) => http.get<Role>(`/roles/${enc(id)}`),
  create: (input: RoleInput) => http.post<Role>('/roles', input),
  update: (id: string, input: Partial<RoleInput>) => http.patch<Role>(`/roles/${enc(id)}`, input),
  remove: (id: string) => http.del(`/roles/${enc(id)}`),
};

export interface BranchInput {
  code: string;
  name: string;
  address?: string;
  phone?: string;
}

export const branchesApi = {
  list: (query: PageQuery = {}) => http.get<Page<Branch>>('/branches', query),
  get: (id: string) => http.get<Branch>(`/branches/${enc(id)}`),
  create: (input: BranchInput) => http.post<Branch>('/branches', input),
  update: (id: string, input: Omit<Partial<BranchInput>, 'code'>) =>
    http.patch<Branch>(`/branches/${enc(id)}`, input),
};

export interface DepartmentInput {
  branchId: string;
  number: string;
  name: string;
  parentId?: string;
}

export const departmentsApi = {
  list: (branchId: string | undefined) =>
    http.get<Page<Department>>('/departments', { branchId, pageSize: 200 }),
  create: (input: DepartmentInput) => http.post<Department>('/departments', input),
  update: (id: string, input: { number?: string; name?: string; parentId?: string | null }) =>
    http.patch<Department>(`/departments/${enc(id)}`, input),
  remove: (id: string) => http.del(`/departments/${enc(id)}`),
};

export interface EmployeeInput {
  number: string;
  name: string;
  category: EmployeeCategory;
  phone?: string;
  address?: string;
  email?: string;
  branchId: string;
  departmentId?: string;
}

export const employeesApi = {
  list: (query: PageQuery & { q?: string; branchId?: string; departmentId?: string }) =>
    http.get<Page<Employee>>('/employees', query),
  create: (input: EmployeeInput) => http.post<Employee>('/employees', input),
  update: (
    id: string,
    input: Partial<Omit<EmployeeInput, 'departmentId'>> & { departmentId?: string | null },
  ) => http.patch<Employee>(`/employees/${enc(id)}`, input),
  remove: (id: string) => http.del(`/employees/${enc(id)}`),
};

export const sitesApi = {
  list: (query: PageQuery & { branchId?: string }) => http.get<Page<Site>>('/sites', query),
  create: (input: { branchId: string; name: string }) => http.post<SiteWithKey>('/sites', input),
  rotateKey: (id: string) => http.post<SiteWithKey>(`/sites/${enc(id)}/rotate-key`),
  revoke: (id: string) => http.post<Site>(`/sites/${enc(id)}/revoke`),
};

export const auditApi = {
  list: (
    query: PageQuery & {
      actorId?: string;
      entityType?: string;
      entityId?: string;
      from?: string;
      to?: string;
    },
  ) => http.get<Page<AuditEntry>>('/audit', query),
};

export interface CustomerInput {
  kind: CustomerKind;
  name: string;
  phone?: string;
  email?: string;
}

export const customersApi = {
  list: (query: PageQuery & { branchId?: string }) => http.get<Page<Customer>>('/customers', query),
  get: (id: string) => http.get<Customer>(`/customers/${enc(id)}`),
  create: (input: CustomerInput) => http.post<Customer>('/customers', input),
};
