import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import type { ApiRoute } from '../../http/api-route';
import { listRoute, toPage } from '../route-helpers';
import {
  auditEntryResource,
  id,
  identityOf,
  identityPageQuery,
  text,
  toAuditEntry,
} from './identity-resources';

const listQuery = z.strictObject({
  actorId: id().optional(),
  entityType: id().optional(),
  entityId: id().optional(),
  from: text(64).optional().describe('RFC 3339, inclusive'),
  to: text(64).optional().describe('RFC 3339, exclusive'),
  ...identityPageQuery,
});

export function auditRoutes(clients: DownstreamClients): ApiRoute[] {
  return [
    listRoute({
      path: '/audit',
      summary: 'The audit log of every service, newest first',
      tag: 'audit',
      permission: 'audit.read',
      query: listQuery,
      description: 'A page of audit entries',
      item: auditEntryResource,
      async list(query) {
        const c = identityOf(clients).audit;
        const r = await call(c.listAuditEntries.bind(c), query);
        return toPage(r.entries, r.nextPageToken, toAuditEntry);
      },
    }),
  ];
}
