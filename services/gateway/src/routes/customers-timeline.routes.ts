import { z } from 'zod';
import { call } from '@crm/grpc';
import type { customersV1Types as t } from '@crm/proto';
import type { DownstreamClients } from '../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../http/api-route';
import { customerResource, toCustomerResource } from './customers-resources';
import { idParams, page, pageQuery, toPage } from './route-helpers';

const kinds = [
  'VISIT',
  'CALL',
  'MESSAGE',
  'NOTE',
  'CARD_TAP',
  'CALL_IN',
  'QUOTE',
  'ORDER',
  'TICKET',
  'CHURN',
  'DOCUMENT',
] as const;

export const timelineEntryResource = z.object({
  id: z.string(),
  customerId: z.string(),
  branchId: z.string(),
  kind: z.enum(kinds),
  occurredAt: z.string(),
  authorId: z.string().nullable(),
  summary: z.string(),
  details: z.record(z.string(), z.unknown()),
  sourceEventId: z.string().nullable(),
  createdAt: z.string(),
});

const followUpBody = z.strictObject({
  kind: z.enum(['VISIT', 'CALL', 'MESSAGE', 'NOTE']),
  occurredAt: z.string().max(40).optional().describe('ISO 8601; default now'),
  summary: z.string().max(4000),
  details: z.record(z.string(), z.unknown()).optional(),
});

const timelineQuery = z.strictObject(pageQuery(200));

const orNull = (v: string) => (v === '' ? null : v);

export function toTimelineEntryResource(
  e: t.TimelineEntry__Output | null,
): z.infer<typeof timelineEntryResource> {
  if (!e) throw new Error('the customers service answered without an entry');
  return {
    id: e.id,
    customerId: e.customerId,
    branchId: e.branchId,
    kind: e.kind.replace('TIMELINE_ENTRY_KIND_', '') as (typeof kinds)[number],
    occurredAt: e.occurredAt,
    authorId: orNull(e.authorId),
    summary: e.summary,
    details: e.detailsJson ? (JSON.parse(e.detailsJson) as Record<string, unknown>) : {},
    sourceEventId: orNull(e.sourceEventId),
    createdAt: e.createdAt,
  };
}

/** The customer timeline: follow-ups written by staff and entries fed by events, newest first. */
export function customerTimelineRoutes(clients: DownstreamClients): ApiRoute[] {
  const customers = clients.customers;
  return [
    defineRoute({
      method: 'get',
      path: '/customer-follow-ups/due',
      summary: 'Customers in your scope whose next follow-up is due (by class interval), most overdue first',
      tag: 'customer timeline',
      permission: 'customers.read',
      query: z.strictObject(pageQuery(200)),
      responses: {
        200: {
          description: 'One page of due follow-ups',
          schema: page(z.object({ customer: customerResource, dueAt: z.string() })),
        },
      },
      async handler({ query }) {
        const r = await call(customers.listDueFollowUps.bind(customers), {
          pageSize: query.pageSize ?? 0,
          pageToken: query.pageToken ?? '',
        });
        return {
          status: 200,
          body: toPage(r.items, r.nextPageToken, (i) => ({
            customer: toCustomerResource(i.customer),
            dueAt: i.dueAt,
          })),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/customers/:id/timeline',
      summary: "Record a follow-up (visit, call, message, note) on a customer's timeline",
      tag: 'customer timeline',
      permission: 'customers.update',
      params: idParams,
      body: followUpBody,
      responses: { 201: { description: 'Recorded', schema: timelineEntryResource } },
      async handler({ params, body }) {
        const r = await call(customers.addFollowUp.bind(customers), {
          customerId: params.id,
          kind: `TIMELINE_ENTRY_KIND_${body.kind}`,
          occurredAt: body.occurredAt ?? '',
          summary: body.summary,
          detailsJson: body.details ? JSON.stringify(body.details) : '',
        });
        return { status: 201, body: toTimelineEntryResource(r.entry) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/customers/:id/timeline',
      summary: "A customer's timeline, newest first",
      tag: 'customer timeline',
      permission: 'customers.read',
      params: idParams,
      query: timelineQuery,
      responses: { 200: { description: 'One page of entries', schema: page(timelineEntryResource) } },
      async handler({ params, query }) {
        const r = await call(customers.listTimeline.bind(customers), {
          customerId: params.id,
          pageSize: query.pageSize ?? 0,
          pageToken: query.pageToken ?? '',
        });
        return { status: 200, body: toPage(r.entries, r.nextPageToken, toTimelineEntryResource) };
      },
    }),
  ];
}
