import type { UnaryHandler } from '@crm/grpc';
import type { identityV1Types as t } from '@crm/proto';
import { listAuditEntries } from '../domain/audit.use-case';
import type { StoreDeps } from '../domain/use-case-deps';
import type { CallerResolver } from './caller';
import { nonEmpty, toAuditEntryMessage } from '../wire/identity.mapper';

export function auditGrpcService(
  deps: StoreDeps,
  caller: CallerResolver,
  handle: UnaryHandler,
): t.AuditServiceHandlers {
  return {
    ListAuditEntries: handle<t.ListAuditEntriesRequest__Output, t.ListAuditEntriesResponse>(
      'ListAuditEntries',
      async (req, ctx) => {
        const page = await listAuditEntries(deps, await caller(ctx), {
          actorId: nonEmpty(req.actorId),
          entityType: nonEmpty(req.entityType),
          entityId: nonEmpty(req.entityId),
          from: nonEmpty(req.from),
          to: nonEmpty(req.to),
          pageSize: req.pageSize,
          pageToken: nonEmpty(req.pageToken),
        });
        return { entries: page.items.map(toAuditEntryMessage), nextPageToken: page.nextPageToken };
      },
    ),
  };
}
