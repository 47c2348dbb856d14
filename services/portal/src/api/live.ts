// The live push socket (/api/v1/live) and the calls the screen pop makes in place (create a customer,
// issue the tapped card). The socket cannot send an Authorization header: the token travels in the
// subprotocol, renewed through the client's refresh (shared with every other request).
import { tokenNeedsRenewal } from '../screen-pop/token-expiry';
import { http } from './index';
import type { Customer, CustomerCard, Page } from './types';

const enc = encodeURIComponent;

/** ws(s)://<this origin>/api/v1/live, resuming after `since`. */
export function liveSocketUrl(
  since: string | undefined,
  location: Pick<Location, 'protocol' | 'host'>,
): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/v1/live${since ? `?since=${enc(since)}` : ''}`;
}

/** The access token for the socket: the client's own, renewed when asked to or about to expire. */
export async function liveToken(renew: boolean): Promise<string | null> {
  const current = http.accessToken();
  if (current && !renew && !tokenNeedsRenewal(current, Date.now())) return current;
  const session = await http.refresh();
  return session?.accessToken ?? null;
}

export interface PopCustomerInput {
  kind: 'COMPANY' | 'INDIVIDUAL';
  name: string;
  phone?: string;
  acknowledgeDuplicates?: boolean;
}

export const screenPopApi = {
  createCustomer: (input: PopCustomerInput) => http.post<Customer>('/customers', input),
  issueCard: (customerId: string, uid: string) =>
    http.post<{ card: CustomerCard; customer: Customer }>(`/customers/${enc(customerId)}/cards`, { uid }),
  /** Customers whose name holds `q` (the issue-card search). */
  searchCustomers: (q: string) => http.get<Page<Customer>>('/customers', { q, pageSize: 10 }),
};
