import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../http/api-route';
import { customerResource, toCustomerResource } from './customers-resources';
import { idParams, page, pageQuery, toPage } from './route-helpers';

const transferBody = z.strictObject({
  customerIds: z.array(z.string().max(64)).min(1).max(100),
  fromOwnerId: z.string().max(64),
  toOwnerId: z.string().max(64),
});
const poolQuery = z.strictObject({
  branchId: z.string().max(64).optional().describe('Default: the caller’s branch'),
  ...pageQuery(200),
});
const noBody = z.strictObject({});

/** Ownership and the public pool (公海): transfer, release, claim, the pool list. */
export function customerPoolRoutes(clients: DownstreamClients): ApiRoute[] {
  const customers = clients.customers;
  const one = (summary: string, path: string, permission: string, run: (id: string) => Promise<unknown>) =>
    defineRoute({
      method: 'post',
      path,
      summary,
      tag: 'customer pool',
      permission,
      params: idParams,
      body: noBody.optional(),
      responses: { 200: { description: 'The customer', schema: customerResource } },
      async handler({ params }) {
        return { status: 200, body: await run(params.id) };
      },
    });
  return [
    defineRoute({
      method: 'post',
      path: '/customers/transfer',
      summary: 'Move customers from one owner to another (all or none)',
      tag: 'customer pool',
      permission: 'customers.transfer',
      body: transferBody,
      responses: {
        200: { description: 'The moved customers', schema: z.object({ items: z.array(customerResource) }) },
      },
      async handler({ body }) {
        const r = await call(customers.transferCustomers.bind(customers), body);
        return { status: 200, body: { items: r.customers.map((c) => toCustomerResource(c)) } };
      },
    }),
    one(
      'Send a customer to the public pool (owner or supervisor)',
      '/customers/:id/release',
      'customers.update',
      async (id) =>
        toCustomerResource((await call(customers.releaseToPool.bind(customers), { id })).customer),
    ),
    one('Claim a customer from the public pool', '/customers/:id/claim', 'customers.claim', async (id) =>
      toCustomerResource((await call(customers.claimFromPool.bind(customers), { id })).customer),
    ),
    defineRoute({
      method: 'get',
      path: '/customer-pool',
      summary: 'The public pool of a branch, newest first',
      tag: 'customer pool',
      permission: 'customers.read',
      query: poolQuery,
      responses: { 200: { description: 'One page of customers', schema: page(customerResource) } },
      async handler({ query }) {
        const r = await call(customers.listPool.bind(customers), {
          branchId: query.branchId ?? '',
          pageSize: query.pageSize ?? 0,
          pageToken: query.pageToken ?? '',
        });
        return { status: 200, body: toPage(r.customers, r.nextPageToken, (c) => toCustomerResource(c)) };
      },
    }),
  ];
}
