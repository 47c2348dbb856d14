import { z } from 'zod';
import { requirePermission, type Principal } from '@crm/auth';
import { invalidArgument } from '@crm/errors';
import type { AuditEntry } from './identity';
import { parseInput } from './input';
import { pageInput, pageRequest, toPage, type Page } from './pagination';
import { identityPermissions as perm } from './permission-catalogue';
import type { StoreDeps } from './use-case-deps';

const timestamp = () => z.iso.datetime({ offset: true, message: 'must be an RFC 3339 timestamp' });

const listInput = z.strictObject({
  actorId: z.string().trim().max(64).optional(),
  entityType: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(64).optional(),
  from: timestamp().optional(),
  to: timestamp().optional(),
  ...pageInput,
});

// The audit log (R-ID-4): newest first; a caller without scope `all` reads its own branch's entries.

export async function listAuditEntries(
  deps: StoreDeps,
  principal: Principal | undefined,
  input: z.input<typeof listInput>,
): Promise<Page<AuditEntry>> {
  const caller = requirePermission(principal, perm.auditRead);
  const v = parseInput(listInput, input, 'query');
  const { limit } = pageRequest(v.pageSize, undefined);
  const rows = await deps.store.audit.list({
    limit: limit + 1,
    branchId: caller.dataScope === 'all' ? undefined : caller.branchId,
    actorId: v.actorId || undefined,
    entityType: v.entityType || undefined,
    entityId: v.entityId || undefined,
    from: v.from ? new Date(v.from) : undefined,
    to: v.to ? new Date(v.to) : undefined,
    before: v.pageToken ? decodeAuditCursor(v.pageToken) : undefined,
  });
  return toPage(rows, limit, (last) => encodeAuditCursor(last.item.occurredAt, last.seq));
}

// Keyset on (occurred_at, seq): entries of other services arrive later than they happened.
export function encodeAuditCursor(occurredAt: Date, seq: bigint): string {
  return Buffer.from(`a1:${occurredAt.toISOString()}:${seq}`).toString('base64url');
}

export function decodeAuditCursor(token: string): { occurredAt: Date; seq: bigint } {
  const match =
    token.length <= 200
      ? /^a1:(\d{4}-\d\d-\d\dT[\d:.]+Z):(\d{1,19})$/.exec(Buffer.from(token, 'base64url').toString())
      : null;
  const occurredAt = match?.[1] ? new Date(match[1]) : undefined;
  if (!match?.[2] || !occurredAt || Number.isNaN(occurredAt.getTime()))
    throw invalidArgument('pageToken is invalid', [{ field: 'pageToken', message: 'is invalid' }]);
  return { occurredAt, seq: BigInt(match[2]) };
}
