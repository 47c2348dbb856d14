// Calls of the customer pages (issue 4): records, cards, lookups, timeline, pool, recycle bin.
import { http, type PageQuery } from './index';
import type {
  CreateCustomerInput,
  CustomerFilters,
  CustomerSettings,
  CustomerWithDuplicates,
  CustomFieldDefinition,
  DuplicateMatch,
  FollowUpInput,
  TimelineEntry,
  TransferInput,
  UpdateCustomerInput,
} from './customers.types';
import type { Customer, CustomerCard, Page } from './types';

const enc = encodeURIComponent;

export const customersApi = {
  list: (query: PageQuery & CustomerFilters) => http.get<Page<Customer>>('/customers', query),
  get: (id: string) => http.get<Customer>(`/customers/${enc(id)}`),
  create: (input: CreateCustomerInput) => http.post<CustomerWithDuplicates>('/customers', input),
  update: (id: string, input: UpdateCustomerInput) =>
    http.patch<CustomerWithDuplicates>(`/customers/${enc(id)}`, input),
  remove: (id: string) => http.del<Customer>(`/customers/${enc(id)}`),
  checkDuplicates: (input: { name?: string; phones?: string[]; excludeCustomerId?: string }) =>
    http.post<{ duplicates: DuplicateMatch[] }>('/customers/duplicate-check', input),
  approve: (id: string, note?: string) => http.post<Customer>(`/customers/${enc(id)}/approve`, { note }),
  reject: (id: string, reason?: string) => http.post<Customer>(`/customers/${enc(id)}/reject`, { reason }),
  merge: (targetId: string, sourceId: string) =>
    http.post<Customer>(`/customers/${enc(targetId)}/merge`, { sourceId }),
};

export const customerCardsApi = {
  issue: (customerId: string, uid: string) =>
    http.post<{ card: CustomerCard; customer: Customer }>(`/customers/${enc(customerId)}/cards`, { uid }),
  replace: (customerId: string, cardId: string, newUid: string, reason?: string) =>
    http.post<{ oldCard: CustomerCard; newCard: CustomerCard; customer: Customer }>(
      `/customers/${enc(customerId)}/cards/${enc(cardId)}/replace`,
      { newUid, reason },
    ),
  revoke: (customerId: string, cardId: string, reason?: string) =>
    http.post<{ card: CustomerCard; customer: Customer }>(
      `/customers/${enc(customerId)}/cards/${enc(cardId)}/revoke`,
      { reason },
    ),
  byCard: (uid: string) =>
    http.get<{ customer: Customer; card: CustomerCard }>('/customer-lookups/card', { uid }),
  byPhone: (phone: string) =>
    http.get<{ phone: string; items: Customer[] }>('/customer-lookups/phone', { phone }),
};

export const customerTimelineApi = {
  list: (customerId: string, query: PageQuery) =>
    http.get<Page<TimelineEntry>>(`/customers/${enc(customerId)}/timeline`, query),
  add: (customerId: string, input: FollowUpInput) =>
    http.post<TimelineEntry>(`/customers/${enc(customerId)}/timeline`, input),
  due: (query: PageQuery) =>
    http.get<Page<{ customer: Customer; dueAt: string }>>('/customer-follow-ups/due', query),
};

export const customerPoolApi = {
  list: (query: PageQuery & { branchId?: string }) => http.get<Page<Customer>>('/customer-pool', query),
  claim: (id: string) => http.post<Customer>(`/customers/${enc(id)}/claim`),
  release: (id: string) => http.post<Customer>(`/customers/${enc(id)}/release`),
  transfer: (input: TransferInput) => http.post<{ items: Customer[] }>('/customers/transfer', input),
};

export const customerRecycleBinApi = {
  list: (query: PageQuery & { branchId?: string }) =>
    http.get<Page<Customer>>('/recycle-bin/customers', query),
  restore: (id: string) => http.post<Customer>(`/recycle-bin/customers/${enc(id)}/restore`),
  purge: (id: string) => http.del(`/recycle-bin/customers/${enc(id)}`),
};

export const customerSettingsApi = {
  fieldDefinitions: (branchId?: string) =>
    http.get<{ items: CustomFieldDefinition[] }>('/customer-field-definitions', { branchId }),
  get: (branchId: string) => http.get<CustomerSettings>(`/customer-settings/${enc(branchId)}`),
};
