import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import {
  auditEntryResource,
  id,
  identityOf,
  page,
  pageQuery,
  text,
  toAuditEntry,
} from './identity-resources';

const listQuery = z.strictObject({
  actorId: id().optional(),
  entityType: id().optional(),
  entityId: id().optional(),
  from: text(64).optional().describe('RFC 3339, inclusive'),
  to: text(64).optional().describe('RFC 3339, exclusive'),
  ...pageQuery,
});

export function auditRoutes(clients: DownstreamClients): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/audit',
      summary: 'The audit log of every service, newest first',
      tag: 'audit',
      permission: 'audit.read',
      query: listQuery,
      responses: { 200: { description: 'A page of audit entries', schema: page(auditEntryResource) } },
      async handler({ query }) {
        const c = identityOf(clients).audit;
        const r = await call(c.listAuditEntries.bind(c), query);
        return {
          status: 200,
          body: { items: r.entries.map(toAuditEntry), nextPageToken: r.nextPageToken || null },
        };
      },
    }),
  ];
}
