import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../http/api-route';
import { cardResource, customerResource, toCardResource, toCustomerResource } from './customers-resources';
import { idParams } from './route-helpers';

const cardParams = z.object({ id: z.string().max(64), cardId: z.string().max(64) });
const issueBody = z.strictObject({
  uid: z.string().max(100).describe('Hex; any case, spaces, colons or dashes'),
});
const replaceBody = z.strictObject({ newUid: z.string().max(100), reason: z.string().max(2000).optional() });
const revokeBody = z.strictObject({ reason: z.string().max(2000).optional() });
const cardLookupQuery = z.strictObject({ uid: z.string().max(100) });
const phoneLookupQuery = z.strictObject({
  phone: z.string().max(100).describe('Any format, e.g. the caller id'),
});

/** Contactless cards (R-RT-1) and real-time recognition by card and by phone (R-RT-2). */
export function customerCardsRoutes(clients: DownstreamClients): ApiRoute[] {
  const customers = clients.customers;
  return [
    defineRoute({
      method: 'post',
      path: '/customers/:id/cards',
      summary: 'Issue a card to a customer',
      tag: 'customer cards',
      permission: 'customers.cards',
      params: idParams,
      body: issueBody,
      responses: {
        201: { description: 'Issued', schema: z.object({ card: cardResource, customer: customerResource }) },
      },
      async handler({ params, body }) {
        const r = await call(customers.issueCard.bind(customers), { customerId: params.id, uid: body.uid });
        return {
          status: 201,
          body: { card: toCardResource(r.card), customer: toCustomerResource(r.customer) },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/customers/:id/cards/:cardId/replace',
      summary: 'Replace a lost card: the old one stops working, the new one works',
      tag: 'customer cards',
      permission: 'customers.cards',
      params: cardParams,
      body: replaceBody,
      responses: {
        200: {
          description: 'Replaced',
          schema: z.object({ oldCard: cardResource, newCard: cardResource, customer: customerResource }),
        },
      },
      async handler({ params, body }) {
        const r = await call(customers.replaceCard.bind(customers), {
          customerId: params.id,
          cardId: params.cardId,
          newUid: body.newUid,
          reason: body.reason ?? '',
        });
        return {
          status: 200,
          body: {
            oldCard: toCardResource(r.oldCard),
            newCard: toCardResource(r.newCard),
            customer: toCustomerResource(r.customer),
          },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/customers/:id/cards/:cardId/revoke',
      summary: 'Revoke a card',
      tag: 'customer cards',
      permission: 'customers.cards',
      params: cardParams,
      body: revokeBody,
      responses: {
        200: { description: 'Revoked', schema: z.object({ card: cardResource, customer: customerResource }) },
      },
      async handler({ params, body }) {
        const r = await call(customers.revokeCard.bind(customers), {
          customerId: params.id,
          cardId: params.cardId,
          reason: body.reason ?? '',
        });
        return {
          status: 200,
          body: { card: toCardResource(r.card), customer: toCustomerResource(r.customer) },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/customer-lookups/card',
      summary: 'Who holds this card (card tap); 404 for an unknown card',
      tag: 'customer cards',
      permission: 'customers.read',
      query: cardLookupQuery,
      responses: {
        200: {
          description: 'The customer',
          schema: z.object({ customer: customerResource, card: cardResource }),
        },
      },
      async handler({ query }) {
        const r = await call(customers.lookupByCard.bind(customers), { uid: query.uid });
        return {
          status: 200,
          body: { customer: toCustomerResource(r.customer), card: toCardResource(r.card) },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/customer-lookups/phone',
      summary: 'Who has this phone (incoming call); empty when nobody',
      tag: 'customer cards',
      permission: 'customers.read',
      query: phoneLookupQuery,
      responses: {
        200: {
          description: 'The customers',
          schema: z.object({ phone: z.string().describe('E.164'), items: z.array(customerResource) }),
        },
      },
      async handler({ query }) {
        const r = await call(customers.lookupByPhone.bind(customers), { phone: query.phone });
        return { status: 200, body: { phone: r.phone, items: r.customers.map(toCustomerResource) } };
      },
    }),
  ];
}
