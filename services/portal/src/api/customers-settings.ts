import { http, type PageQuery } from './index';
import type {
  BranchCustomerSettings,
  CreateFieldDefinitionInput,
  CustomerSettingsInput,
  CustomFieldDefinition,
  DueFollowUp,
  UpdateFieldDefinitionInput,
} from './customers-settings.types';
import type { Page } from './types';

const enc = encodeURIComponent;

export const branchSettingsApi = {
  get: (branchId: string) => http.get<BranchCustomerSettings>(`/customer-settings/${enc(branchId)}`),
  update: (branchId: string, input: CustomerSettingsInput) =>
    http.request<BranchCustomerSettings>('PUT', `/customer-settings/${enc(branchId)}`, { body: input }),
};

export const fieldDefinitionsApi = {
  list: (branchId: string) =>
    http.get<{ items: CustomFieldDefinition[] }>('/customer-field-definitions', { branchId }),
  create: (input: CreateFieldDefinitionInput) =>
    http.post<CustomFieldDefinition>('/customer-field-definitions', input),
  update: (id: string, input: UpdateFieldDefinitionInput) =>
    http.patch<CustomFieldDefinition>(`/customer-field-definitions/${enc(id)}`, input),
  remove: (id: string) => http.del(`/customer-field-definitions/${enc(id)}`),
};

export const dueFollowUpsApi = {
  list: (query: PageQuery) => http.get<Page<DueFollowUp>>('/customer-follow-ups/due', query),
};
