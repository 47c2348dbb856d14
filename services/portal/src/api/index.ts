import { browserLock, createApiClient, type QueryValue } from './client';
import { createTypedClient, data, type BodyOf, type QueryOf } from './typed-client';
import type { Customer, CustomerKind, Page, Session } from './types';

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
const byId = (id: string) => ({ params: { path: { id } } });

// Identity's calls, on the typed client: paths, parameters, bodies and answers are the generated
// types of its proto declarations (proto/crm/identity/v1), so nothing here restates the contract.

export const authApi = {
  login: (username: string, password: string) => http.login(username, password),
  refresh: () => http.refresh(),
  logout: () => http.logout(),
  me: () => data(api.GET('/api/v1/auth/me')),
  changePassword: (currentPassword: string, newPassword: string) =>
    data(api.POST('/api/v1/auth/change-password', { body: { currentPassword, newPassword } })),
};

export type CreateUserInput = BodyOf<'createUser'>;
export type UpdateUserInput = BodyOf<'updateUser'>;

export const usersApi = {
  list: (query: QueryOf<'listUsers'>) => data(api.GET('/api/v1/users', { params: { query } })),
  get: (id: string) => data(api.GET('/api/v1/users/{id}', byId(id))),
  create: (input: CreateUserInput) => data(api.POST('/api/v1/users', { body: input })),
  update: (id: string, input: UpdateUserInput) =>
    data(api.PATCH('/api/v1/users/{id}', { ...byId(id), body: input })),
  resetPassword: (id: string, newPassword: string) =>
    data(api.POST('/api/v1/users/{id}/reset-password', { ...byId(id), body: { newPassword } })),
  unlock: (id: string) => data(api.POST('/api/v1/users/{id}/unlock', byId(id))),
};

export type RoleInput = BodyOf<'createRole'>;

export const rolesApi = {
  permissions: () => data(api.GET('/api/v1/permissions')),
  list: () => data(api.GET('/api/v1/roles')),
  get: (id: string) => data(api.GET('/api/v1/roles/{id}', byId(id))),
  create: (input: RoleInput) => data(api.POST('/api/v1/roles', { body: input })),
  update: (id: string, input: BodyOf<'updateRole'>) =>
    data(api.PATCH('/api/v1/roles/{id}', { ...byId(id), body: input })),
  remove: (id: string) => data(api.DELETE('/api/v1/roles/{id}', byId(id))),
};

export type BranchInput = BodyOf<'createBranch'>;

export const branchesApi = {
  list: (query: QueryOf<'listBranches'> = {}) => data(api.GET('/api/v1/branches', { params: { query } })),
  get: (id: string) => data(api.GET('/api/v1/branches/{id}', byId(id))),
  create: (input: BranchInput) => data(api.POST('/api/v1/branches', { body: input })),
  update: (id: string, input: BodyOf<'updateBranch'>) =>
    data(api.PATCH('/api/v1/branches/{id}', { ...byId(id), body: input })),
};

export const departmentsApi = {
  /** A whole branch at once. */
  list: (branchId: string | undefined) =>
    data(api.GET('/api/v1/departments', { params: { query: { branchId, pageSize: 200 } } })),
  create: (input: BodyOf<'createDepartment'>) => data(api.POST('/api/v1/departments', { body: input })),
  update: (id: string, input: BodyOf<'updateDepartment'>) =>
    data(api.PATCH('/api/v1/departments/{id}', { ...byId(id), body: input })),
  remove: (id: string) => data(api.DELETE('/api/v1/departments/{id}', byId(id))),
};

export type EmployeeInput = BodyOf<'createEmployee'>;

export const employeesApi = {
  list: (query: QueryOf<'listEmployees'>) => data(api.GET('/api/v1/employees', { params: { query } })),
  create: (input: EmployeeInput) => data(api.POST('/api/v1/employees', { body: input })),
  update: (id: string, input: BodyOf<'updateEmployee'>) =>
    data(api.PATCH('/api/v1/employees/{id}', { ...byId(id), body: input })),
  remove: (id: string) => data(api.DELETE('/api/v1/employees/{id}', byId(id))),
};

export const sitesApi = {
  list: (query: QueryOf<'listSites'>) => data(api.GET('/api/v1/sites', { params: { query } })),
  get: (id: string) => data(api.GET('/api/v1/sites/{id}', byId(id))),
  create: (input: BodyOf<'createSite'>) => data(api.POST('/api/v1/sites', { body: input })),
  rotateKey: (id: string) => data(api.POST('/api/v1/sites/{id}/rotate-key', byId(id))),
  revoke: (id: string) => data(api.POST('/api/v1/sites/{id}/revoke', byId(id))),
};

export const auditApi = {
  list: (query: QueryOf<'listAuditEntries'>) => data(api.GET('/api/v1/audit', { params: { query } })),
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
