import { requirePermission, type Principal } from '@crm/auth';
import { fromZodError, invalidArgument } from '@crm/errors';
import { z } from 'zod';
import { customerPermissions, type Customer } from './customer';
import { requireLive, requireVisible } from './customer-change';
import { requireUuid } from './get-customer.use-case';
import { pageSizeOf } from './list-customers.use-case';
import { multiLine } from './text-rules';

/** Kinds of timeline entries: the first four are written by staff, the others fed by events. */
export const timelineKinds = [
  'visit',
  'call',
  'message',
  'note',
  'card_tap',
  'call_in',
  'quote',
  'order',
  'ticket',
  // Written by the churn and documents use cases (R-CUS-8, R-CUS-10).
  'churn',
  'document',
] as const;
export type TimelineKind = (typeof timelineKinds)[number];
export const followUpKinds = ['visit', 'call', 'message', 'note'] as const;

/** Limits of an entry; the database checks the same ones. */
export const timelineLimits = { summary: 2000, detailsBytes: 16384, futureSkewMs: 5 * 60_000 } as const;

export interface TimelineEntry {
  id: string;
  customerId: string;
  branchId: string;
  kind: TimelineKind;
  occurredAt: Date;
  authorId: string | null;
  summary: string;
  details: Record<string, unknown>;
  sourceEventId: string | null;
  createdAt: Date;
}

/** Position of an entry in the newest-first order (occurred_at to the microsecond, then id). */
export interface TimelineCursor {
  at: string;
  id: string;
}

export interface TimelinePort {
  findById(id: string): Promise<Customer | undefined>;
  /**
   * In one transaction: locks the customer, lets `build` check it and make the entry (or throw),
   * stores the entry, moves the customer's last follow-up time, writes the events.
   */
  addFollowUp(
    customerId: string,
    actor: Principal,
    build: (current: Customer) => TimelineEntry,
  ): Promise<TimelineEntry>;
  listTimeline(
    customerId: string,
    after: TimelineCursor | undefined,
    limit: number,
  ): Promise<{ entry: TimelineEntry; cursor: TimelineCursor }[]>;
}

const followUpInput = z.object({
  kind: z.enum(followUpKinds, { message: 'must be VISIT, CALL, MESSAGE or NOTE' }),
  occurredAt: z
    .string()
    .max(40)
    .optional()
    .refine((v) => !v || (/^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))), 'must be ISO 8601'),
  summary: multiLine(timelineLimits.summary).refine((v) => v.length > 0, 'is required'),
  detailsJson: z
    .string()
    .max(timelineLimits.detailsBytes)
    .optional()
    .transform((v, ctx) => {
      if (!v) return {};
      try {
        const parsed: unknown = JSON.parse(v);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
          return parsed as Record<string, unknown>;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
      return z.NEVER;
    }),
});

/**
 * A follow-up (跟进) written by staff on a customer they may see and change: visit, call, message or
 * note. Sets the customer's last follow-up time (the pool and due-follow-up rules read it).
 */
export async function addFollowUp(
  port: TimelinePort,
  principal: Principal | undefined,
  input: {
    customerId: string;
    kind: string | undefined;
    occurredAt?: string;
    summary: string;
    detailsJson?: string;
  },
  now: Date = new Date(),
): Promise<TimelineEntry> {
  const caller = requirePermission(principal, customerPermissions.update);
  requireUuid(input.customerId, 'customerId');
  const parsed = followUpInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, 'follow-up is invalid');
  const { kind, summary, details } = { ...parsed.data, details: parsed.data.detailsJson };
  const occurredAt = parsed.data.occurredAt ? new Date(parsed.data.occurredAt) : now;
  if (occurredAt.getTime() > now.getTime() + timelineLimits.futureSkewMs)
    throw invalidArgument('occurredAt is in the future', [
      { field: 'occurredAt', message: 'must not be in the future' },
    ]);
  return port.addFollowUp(input.customerId, caller, (current) => {
    requireVisible(caller, current, input.customerId);
    requireLive(current);
    return {
      id: crypto.randomUUID(),
      customerId: current.id,
      branchId: current.branchId,
      kind,
      occurredAt,
      authorId: caller.userId,
      summary,
      details,
      sourceEventId: null,
      createdAt: now,
    };
  });
}

/** The timeline of a customer the caller may see, newest first. */
export async function listTimeline(
  port: TimelinePort,
  principal: Principal | undefined,
  query: { customerId: string; pageSize: number; pageToken: string },
): Promise<{ entries: TimelineEntry[]; nextPageToken: string }> {
  const caller = requirePermission(principal, customerPermissions.read);
  requireUuid(query.customerId, 'customerId');
  const limit = pageSizeOf(query.pageSize);
  const after = query.pageToken ? decodeTimelineCursor(query.pageToken, query.customerId) : undefined;
  requireVisible(caller, await port.findById(query.customerId), query.customerId);
  const rows = await port.listTimeline(query.customerId, after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    entries: page.map((r) => r.entry),
    nextPageToken: rows.length > limit && last ? encodeTimelineCursor(last.cursor, query.customerId) : '',
  };
}

// A cursor belongs to one customer's timeline; it carries the last entry's time and id.
export function encodeTimelineCursor(cursor: TimelineCursor, customerId: string): string {
  return Buffer.from(`t1:${customerId}:${cursor.at}:${cursor.id}`).toString('base64url');
}

export function decodeTimelineCursor(token: string, customerId: string): TimelineCursor {
  const text = token.length <= 200 ? Buffer.from(token, 'base64url').toString('utf8') : '';
  const m = /^t1:([0-9a-f-]{36}):(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z):([0-9a-f-]{36})$/.exec(text);
  if (m && m[1] === customerId) return { at: m[2]!, id: m[3]! };
  throw invalidArgument('pageToken is invalid', [
    { field: 'pageToken', message: 'is invalid or belongs to another timeline' },
  ]);
}
