import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../http/api-route';

const countsQuery = z.strictObject({ branchId: z.string().max(64).optional() });
const counts = z.object({
  items: z.array(
    z.object({
      branchId: z.string(),
      branchName: z.string().nullable().describe('null until analytics has seen the branch’s name'),
      customers: z.number().int(),
    }),
  ),
});

export function analyticsRoutes(clients: DownstreamClients): ApiRoute[] {
  const analytics = clients.analytics;
  return [
    defineRoute({
      method: 'get',
      path: '/analytics/customer-counts',
      summary: 'Customers per branch (only the caller’s branch unless its scope is all)',
      tag: 'analytics',
      permission: 'analytics.read',
      query: countsQuery,
      responses: { 200: { description: 'Counts per branch', schema: counts } },
      async handler({ query }) {
        const res = await call(analytics.getBranchCustomerCounts.bind(analytics), query);
        return {
          status: 200,
          body: {
            items: res.counts.map((c) => ({
              branchId: c.branchId,
              branchName: c.branchName || null,
              customers: Number(c.customers),
            })),
          },
        };
      },
    }),
  ];
}
