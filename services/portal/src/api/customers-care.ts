import { http } from './index';
import type { Customer } from './types';
import type {
  Anniversary,
  CareDueItem,
  ChurnListStatus,
  ChurnPage,
  PauseChurnInput,
} from './customers-care.types';

const enc = encodeURIComponent;

export const churnApi = {
  list: (query: { status: ChurnListStatus; limit?: number; cursor?: string }) =>
    http.get<ChurnPage>('/customers/churn', query),
  pause: (customerId: string, input: PauseChurnInput) =>
    http.post<{ customer: Customer }>(`/customers/${enc(customerId)}/churn/pause`, input),
  confirm: (customerId: string, reason: string) =>
    http.post<{ customer: Customer }>(`/customers/${enc(customerId)}/churn/confirm`, { reason }),
  reactivate: (customerId: string) =>
    http.post<{ customer: Customer }>(`/customers/${enc(customerId)}/churn/reactivate`),
};

export const careApi = {
  due: (days: number) => http.get<{ items: CareDueItem[] }>('/customers/care/due', { days }),
  /** Replaces the customer's anniversaries (`version` as read: a stale one is a 409). */
  setAnniversaries: (customerId: string, version: number, anniversaries: Anniversary[]) =>
    http.patch<Customer>(`/customers/${enc(customerId)}`, { version, anniversaries }),
};
