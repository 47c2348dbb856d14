import { requirePermission, type Principal } from '@crm/auth';
import { invalidArgument } from '@crm/errors';
import { customerPermissions, type Customer } from './customer';

export interface ListCustomersQuery {
  pageSize: number;
  pageToken: string;
  branchId: string;
}

export interface CustomerPage {
  customers: Customer[];
  nextPageToken: string;
}

export interface ListCustomersPort {
  /** Newest first, after the cursor, limited to the principal's data scope. */
  listPage(
    principal: Principal,
    filter: { branchId?: string; afterSeq?: bigint; limit: number },
  ): Promise<{ customer: Customer; seq: bigint }[]>;
}

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

export async function listCustomers(
  port: ListCustomersPort,
  principal: Principal | undefined,
  query: ListCustomersQuery,
): Promise<CustomerPage> {
  const caller = requirePermission(principal, customerPermissions.read);
  if (query.pageSize < 0 || query.pageSize > MAX_PAGE_SIZE) {
    throw invalidArgument(`pageSize must be between 1 and ${MAX_PAGE_SIZE}`, [
      { field: 'pageSize', message: `1..${MAX_PAGE_SIZE}` },
    ]);
  }
  const limit = query.pageSize || DEFAULT_PAGE_SIZE;
  const afterSeq = query.pageToken ? decodeCursor(query.pageToken) : undefined;
  const rows = await port.listPage(caller, {
    branchId: query.branchId || undefined,
    afterSeq,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    customers: page.map((r) => r.customer),
    nextPageToken: rows.length > limit && last ? encodeCursor(last.seq) : '',
  };
}

// The cursor is the row's insertion sequence: stable under concurrent inserts, unlike an offset.
function encodeCursor(seq: bigint): string {
  return Buffer.from(`c1:${seq}`).toString('base64url');
}

function decodeCursor(token: string): bigint {
  const match = /^c1:(\d{1,19})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match?.[1])
    throw invalidArgument('pageToken is invalid', [{ field: 'pageToken', message: 'is invalid' }]);
  return BigInt(match[1]);
}
