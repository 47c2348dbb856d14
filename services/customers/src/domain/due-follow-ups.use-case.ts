import { requirePermission, type Principal } from '@crm/auth';
import { invalidArgument } from '@crm/errors';
import { customerPermissions, type Customer } from './customer';
import { pageSizeOf } from './list-customers.use-case';
import type { TimelineCursor } from './timeline.use-case';

export interface DueFollowUp {
  customer: Customer;
  dueAt: Date;
}

export interface DueFollowUpsPort {
  /**
   * Owned live customers in the principal's data scope whose class has a follow-up interval in their
   * branch's settings and whose last follow-up (or since-owned time) is that many days before `now`;
   * most overdue first, after the cursor.
   */
  listDueFollowUps(
    principal: Principal,
    now: Date,
    after: TimelineCursor | undefined,
    limit: number,
  ): Promise<{ item: DueFollowUp; cursor: TimelineCursor }[]>;
}

/** Customers whose next follow-up is due (跟进提醒), in the caller's data scope, most overdue first. */
export async function listDueFollowUps(
  port: DueFollowUpsPort,
  principal: Principal | undefined,
  query: { pageSize: number; pageToken: string },
  now: Date = new Date(),
): Promise<{ items: DueFollowUp[]; nextPageToken: string }> {
  const caller = requirePermission(principal, customerPermissions.read);
  const limit = pageSizeOf(query.pageSize);
  const after = query.pageToken ? decodeDueCursor(query.pageToken) : undefined;
  const rows = await port.listDueFollowUps(caller, now, after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => r.item),
    nextPageToken:
      rows.length > limit && last
        ? Buffer.from(`f1:${last.cursor.at}:${last.cursor.id}`).toString('base64url')
        : '',
  };
}

function decodeDueCursor(token: string): TimelineCursor {
  const text = token.length <= 200 ? Buffer.from(token, 'base64url').toString('utf8') : '';
  const m = /^f1:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z):([0-9a-f-]{36})$/.exec(text);
  if (m) return { at: m[1]!, id: m[2]! };
  throw invalidArgument('pageToken is invalid', [{ field: 'pageToken', message: 'is invalid' }]);
}
