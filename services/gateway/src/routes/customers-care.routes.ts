import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../http/api-route';
import { churnResource, customerResource, toChurnResource, toCustomerResource } from './customers-resources';
import { idParams } from './route-helpers';

// Churn (流失, R-CUS-8) and special care (R-CUS-9). The portal codes against these shapes (lower-case
// churn statuses, limit/cursor paging): keep them.

const churnListQuery = z.strictObject({
  status: z.enum(['at_risk', 'paused', 'confirmed']).optional().describe('Default: all three'),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().max(400).optional(),
});
const pauseBody = z.strictObject({
  plan: z.string().max(4000).describe('What the owner will do to keep the customer'),
  until: z.string().max(40).describe('YYYY-MM-DD, after today, at most a year ahead'),
});
const confirmBody = z.strictObject({ reason: z.string().max(2000) });
const careQuery = z.strictObject({
  days: z.coerce.number().int().min(0).max(366).optional().describe('Days ahead, default 30'),
});

const churnItem = z.object({ customer: customerResource, churn: churnResource });
const customerOnly = z.object({ customer: customerResource });
const careItem = z.object({
  customerId: z.string(),
  customerName: z.string(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  occasion: z.enum(['birthday', 'anniversary']),
  label: z.string().describe("The anniversary's label, or the contact's name for a birthday"),
  date: z.string().describe('The next occurrence, YYYY-MM-DD (Feb 29 falls on Feb 28 in other years)'),
  daysUntil: z.number().int(),
});

const statusToWire = {
  at_risk: 'CHURN_STATUS_AT_RISK',
  paused: 'CHURN_STATUS_PAUSED',
  confirmed: 'CHURN_STATUS_CONFIRMED',
} as const;

export function customerCareRoutes(clients: DownstreamClients): ApiRoute[] {
  const care = clients.customerCare;
  const changed = (r: { customer: Parameters<typeof toCustomerResource>[0] }) => ({
    status: 200,
    body: { customer: toCustomerResource(r.customer) },
  });
  return [
    defineRoute({
      method: 'get',
      path: '/customers/churn',
      summary: 'Customers at risk of churn, paused or confirmed, in your scope (least recently active first)',
      tag: 'customer care',
      permission: 'customers.read',
      query: churnListQuery,
      responses: {
        200: {
          description: 'One page',
          schema: z.object({ items: z.array(churnItem), nextCursor: z.string().nullable() }),
        },
      },
      async handler({ query }) {
        const r = await call(care.listChurn.bind(care), {
          status: query.status ? statusToWire[query.status] : 'CHURN_STATUS_UNSPECIFIED',
          pageSize: query.limit ?? 0,
          pageToken: query.cursor ?? '',
        });
        return {
          status: 200,
          body: {
            items: r.customers.map((c) => ({
              customer: toCustomerResource(c),
              churn: toChurnResource(c.churn),
            })),
            nextCursor: r.nextPageToken || null,
          },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/customers/:id/churn/pause',
      summary: '暂缓流失: pause an at-risk customer with a plan until a date',
      tag: 'customer care',
      permission: 'customers.update',
      params: idParams,
      body: pauseBody,
      responses: { 200: { description: 'The customer', schema: customerOnly } },
      async handler({ params, body }) {
        return changed(
          await call(care.pauseChurn.bind(care), {
            customerId: params.id,
            plan: body.plan,
            until: body.until,
          }),
        );
      },
    }),
    defineRoute({
      method: 'post',
      path: '/customers/:id/churn/confirm',
      summary: '确定流失: confirm that the customer is lost, with a reason',
      tag: 'customer care',
      permission: 'customers.update',
      params: idParams,
      body: confirmBody,
      responses: { 200: { description: 'The customer', schema: customerOnly } },
      async handler({ params, body }) {
        return changed(
          await call(care.confirmChurn.bind(care), { customerId: params.id, reason: body.reason }),
        );
      },
    }),
    defineRoute({
      method: 'post',
      path: '/customers/:id/churn/reactivate',
      summary: 'Undo a confirmed churn (the customer counts as active from now)',
      tag: 'customer care',
      permission: 'customers.update',
      params: idParams,
      body: z.strictObject({}),
      responses: { 200: { description: 'The customer', schema: customerOnly } },
      async handler({ params }) {
        return changed(await call(care.reactivateChurn.bind(care), { customerId: params.id }));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/customers/care/due',
      summary: 'Birthdays of contacts and anniversaries of customers in your scope in the next days',
      tag: 'customer care',
      permission: 'customers.read',
      query: careQuery,
      responses: {
        200: { description: 'Soonest first, at most 500', schema: z.object({ items: z.array(careItem) }) },
      },
      async handler({ query }) {
        const r = await call(care.listCareDue.bind(care), { days: query.days ?? 0 });
        return {
          status: 200,
          body: {
            items: r.items.map((o) => ({
              customerId: o.customerId,
              customerName: o.customerName,
              contactId: o.contactId || null,
              contactName: o.contactName || null,
              occasion: o.occasion as 'birthday',
              label: o.label,
              date: o.date,
              daysUntil: o.daysUntil,
            })),
          },
        };
      },
    }),
  ];
}
