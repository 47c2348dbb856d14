import { z } from 'zod';
import { call } from '@crm/grpc';
import type { customersV1Types as t } from '@crm/proto';
import type { DownstreamClients } from '../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../http/api-route';
import { customerAdminRoutes } from './customers-admin.routes';
import { customerCardsRoutes } from './customers-cards.routes';
import { customerCareRoutes } from './customers-care.routes';
import { customerDocumentsRoutes } from './customers-documents.routes';
import { customerImportRoutes } from './customers-import.routes';
import { customerPoolRoutes } from './customers-pool.routes';
import { customerTimelineRoutes } from './customers-timeline.routes';
import {
  addressBody,
  anniversariesBody,
  classes,
  contactBody,
  customerResource,
  customersPageQuery,
  customFieldsBody,
  duplicateResource,
  duplicatesConflict,
  duplicatesProblem,
  kinds,
  levels,
  phonesBody,
  sorts,
  statuses,
  tagsBody,
  toCustomerPage,
  toCustomerResource,
  toDuplicateResource,
  wireAddress,
  wireContacts,
  withDuplicates,
} from './customers-resources';
import { idParams, listRoute } from './route-helpers';

export { customerResource, toCustomerResource };

// Shape checks only; the customers service owns the business rules (phone format, branch rights).
const createBody = z.strictObject({
  kind: z.enum(['COMPANY', 'INDIVIDUAL']),
  name: z.string().max(1000),
  phone: z.string().max(100).optional(),
  email: z.string().max(1000).optional(),
  branchId: z.string().max(64).optional(),
  ownerId: z.string().max(64).optional(),
  phones: phonesBody.optional(),
  address: addressBody.optional(),
  contacts: z.array(contactBody).max(50).optional(),
  source: z.string().max(1000).optional(),
  tags: tagsBody.optional(),
  notes: z.string().max(20_000).optional(),
  customFields: customFieldsBody.optional(),
  level: z.enum(['ORDINARY', 'HIGH_INTENT']).optional(),
  customerClass: z.enum(['A', 'B', 'C']).nullable().optional(),
  acknowledgeDuplicates: z.boolean().optional().describe('Create even though duplicates exist'),
  anniversaries: anniversariesBody.optional(),
});

const updateBody = z.strictObject({
  version: z.number().int().min(1).describe('The version you read; a stale one is a 409'),
  kind: z.enum(['COMPANY', 'INDIVIDUAL']).optional(),
  name: z.string().max(1000).optional(),
  phones: phonesBody.optional(),
  email: z.string().max(1000).nullable().optional(),
  address: addressBody.nullable().optional(),
  contacts: z
    .array(contactBody)
    .max(50)
    .optional()
    .describe('Replaces the contacts; keep ids to keep a contact'),
  source: z.string().max(1000).nullable().optional(),
  tags: tagsBody.optional(),
  notes: z.string().max(20_000).nullable().optional(),
  customFields: customFieldsBody.optional().describe('Merged into the values; null removes a key'),
  level: z.enum(['ORDINARY', 'HIGH_INTENT']).optional(),
  customerClass: z.enum(['A', 'B', 'C']).nullable().optional(),
  acknowledgeDuplicates: z.boolean().optional(),
  anniversaries: anniversariesBody.optional().describe('Replaces the anniversaries'),
});

/** The search filters of GET /customers; the Excel export takes the same. */
export const listQuery = z.strictObject({
  ...customersPageQuery,
  branchId: z.string().max(64).optional(),
  q: z.string().max(200).optional().describe('Substring of the name'),
  phone: z.string().max(40).optional().describe('A phone in any format, or 4+ of its digits'),
  cardUid: z.string().max(64).optional(),
  address: z.string().max(200).optional().describe('Substring of province, city, district or detail'),
  city: z.string().max(100).optional(),
  tag: z.string().max(100).optional(),
  ownerId: z.string().max(64).optional(),
  level: z.enum(['ORDINARY', 'HIGH_INTENT']).optional(),
  customerClass: z.enum(['A', 'B', 'C']).optional(),
  status: z.enum(['ACTIVE', 'PENDING_REVIEW', 'REJECTED']).optional(),
  kind: z.enum(['COMPANY', 'INDIVIDUAL']).optional(),
  sort: z
    .enum(['created', 'name', 'purchaseQuantity'])
    .optional()
    .describe('created: newest first (default); name: A→Z (pinyin); purchaseQuantity: most first'),
});

const duplicateCheckBody = z.strictObject({
  name: z.string().max(1000).optional(),
  phones: phonesBody.optional(),
  excludeCustomerId: z.string().max(64).optional().describe('The record being edited'),
});
const reviewBody = z.strictObject({ note: z.string().max(2000).optional() });
const rejectBody = z.strictObject({ reason: z.string().max(2000).optional() });
const mergeBody = z.strictObject({ sourceId: z.string().max(64).describe('The duplicate that goes') });

const customerWithDuplicates = customerResource.extend({
  duplicates: z
    .array(duplicateResource)
    .optional()
    .describe('Acknowledged duplicates, or those that sent it to review'),
});

/** Every phone of a request body (the record's and its contacts'), for the duplicate check. */
const phonesOf = (b: { phone?: string; phones?: string[]; contacts?: { phones?: string[] }[] }) => [
  ...(b.phone ? [b.phone] : []),
  ...(b.phones ?? []),
  ...(b.contacts ?? []).flatMap((c) => c.phones ?? []),
];

/**
 * The customer routes (R-CUS-*). Also returns the card/lookup and the recycle-bin/settings routes of
 * customers-cards.routes.ts and customers-admin.routes.ts, so mounting this one list mounts them all.
 */
export function customersRoutes(clients: DownstreamClients): ApiRoute[] {
  return [
    // Before the profile routes: /customers/churn and /customers/care/due are not customer ids.
    ...customerCareRoutes(clients),
    ...customerDocumentsRoutes(clients),
    // Before the profile routes too: /customers/import and /customers/export are not customer ids.
    ...customerImportRoutes(clients, listQuery),
    ...customerProfileRoutes(clients),
    ...customerCardsRoutes(clients),
    ...customerAdminRoutes(clients),
    ...customerTimelineRoutes(clients),
    ...customerPoolRoutes(clients),
  ];
}

export function customerProfileRoutes(clients: DownstreamClients): ApiRoute[] {
  const customers = clients.customers;
  const checkDuplicates = (req: t.CheckDuplicatesRequest) =>
    call(customers.checkDuplicates.bind(customers), req).then((r) => r.duplicates);
  return [
    defineRoute({
      method: 'post',
      path: '/customers',
      summary: 'Create a customer (refused with 409 and the duplicates unless acknowledged)',
      tag: 'customers',
      permission: 'customers.create',
      body: createBody,
      responses: {
        201: { description: 'Created', schema: customerWithDuplicates },
        409: { description: 'Duplicates found', schema: duplicatesConflict },
      },
      async handler(input) {
        const { body } = input;
        try {
          const created = await call(customers.createCustomer.bind(customers), {
            ...body,
            kind: kinds[body.kind],
            address: wireAddress(body.address),
            contacts: wireContacts(body.contacts ?? []),
            customFieldsJson: body.customFields ? JSON.stringify(body.customFields) : '',
            level: body.level ? levels[body.level] : undefined,
            customerClass: body.customerClass ? classes[body.customerClass] : undefined,
          });
          return {
            status: 201,
            body: withDuplicates(toCustomerResource(created.customer), created.duplicates),
            headers: { Location: `/api/v1/customers/${created.customer?.id}` },
          };
        } catch (err) {
          return duplicatesProblem(err, input, () =>
            checkDuplicates({ name: body.name, phones: phonesOf(body), excludeCustomerId: '' }),
          );
        }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/customers/:id',
      summary: 'Get a customer (a deleted one has deletedAt set)',
      tag: 'customers',
      permission: 'customers.read',
      params: idParams,
      responses: { 200: { description: 'The customer', schema: customerResource } },
      async handler({ params }) {
        const { customer } = await call(customers.getCustomer.bind(customers), { id: params.id });
        return { status: 200, body: toCustomerResource(customer) };
      },
    }),
    listRoute({
      path: '/customers',
      summary: 'Search customers in the caller’s data scope (newest first by default)',
      tag: 'customers',
      permission: 'customers.read',
      query: listQuery,
      description: 'A page of customers',
      item: customerResource,
      async list(query) {
        const page = await call(customers.listCustomers.bind(customers), {
          ...query,
          level: query.level ? levels[query.level] : undefined,
          customerClass: query.customerClass ? classes[query.customerClass] : undefined,
          status: query.status ? statuses[query.status] : undefined,
          kind: query.kind ? kinds[query.kind] : undefined,
          sort: query.sort ? sorts[query.sort] : undefined,
        });
        return toCustomerPage(page);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/customers/:id',
      summary: 'Change a customer (optimistic concurrency: send the version you read)',
      tag: 'customers',
      permission: 'customers.update',
      params: idParams,
      body: updateBody,
      responses: {
        200: { description: 'The changed customer', schema: customerWithDuplicates },
        409: { description: 'Stale version (CONFLICT) or duplicates (ALREADY_EXISTS)' },
      },
      async handler(input) {
        const { params, body } = input;
        try {
          const updated = await call(customers.updateCustomer.bind(customers), {
            id: params.id,
            version: body.version,
            kind: body.kind ? kinds[body.kind] : undefined,
            name: body.name,
            phones: body.phones ? { values: body.phones } : undefined,
            email: body.email === null ? '' : body.email,
            address: body.address === undefined ? undefined : wireAddress(body.address ?? {}),
            contacts: body.contacts ? { values: wireContacts(body.contacts) } : undefined,
            source: body.source === null ? '' : body.source,
            tags: body.tags ? { values: body.tags } : undefined,
            notes: body.notes === null ? '' : body.notes,
            customFieldsJson: body.customFields ? JSON.stringify(body.customFields) : undefined,
            level: body.level ? levels[body.level] : undefined,
            customerClass:
              body.customerClass === undefined
                ? undefined
                : body.customerClass === null
                  ? 'CUSTOMER_CLASS_UNSPECIFIED'
                  : classes[body.customerClass],
            acknowledgeDuplicates: body.acknowledgeDuplicates ?? false,
            anniversaries: body.anniversaries ? { values: body.anniversaries } : undefined,
          });
          return {
            status: 200,
            body: withDuplicates(toCustomerResource(updated.customer), updated.duplicates),
          };
        } catch (err) {
          return duplicatesProblem(err, input, () =>
            checkDuplicates({ name: body.name ?? '', phones: phonesOf(body), excludeCustomerId: params.id }),
          );
        }
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/customers/:id',
      summary: 'Move a customer to the recycle bin',
      tag: 'customers',
      permission: 'customers.delete',
      params: idParams,
      responses: { 200: { description: 'The deleted customer (deletedAt set)', schema: customerResource } },
      async handler({ params }) {
        const { customer } = await call(customers.deleteCustomer.bind(customers), { id: params.id });
        return { status: 200, body: toCustomerResource(customer) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/customers/duplicate-check',
      summary: 'Duplicates (查重) a record with this name and these phones would have, across all owners',
      tag: 'customers',
      permission: 'customers.read',
      body: duplicateCheckBody,
      responses: {
        200: { description: 'The matches', schema: z.object({ duplicates: z.array(duplicateResource) }) },
      },
      async handler({ body }) {
        const duplicates = await checkDuplicates({
          name: body.name ?? '',
          phones: body.phones ?? [],
          excludeCustomerId: body.excludeCustomerId ?? '',
        });
        return { status: 200, body: { duplicates: duplicates.map(toDuplicateResource) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/customers/:id/approve',
      summary: 'Approve a customer waiting for review',
      tag: 'customers',
      permission: 'customers.review',
      params: idParams,
      body: reviewBody,
      responses: { 200: { description: 'The approved customer', schema: customerResource } },
      async handler({ params, body }) {
        const { customer } = await call(customers.approveCustomer.bind(customers), {
          id: params.id,
          note: body.note ?? '',
        });
        return { status: 200, body: toCustomerResource(customer) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/customers/:id/reject',
      summary: 'Reject a customer waiting for review',
      tag: 'customers',
      permission: 'customers.review',
      params: idParams,
      body: rejectBody,
      responses: { 200: { description: 'The rejected customer', schema: customerResource } },
      async handler({ params, body }) {
        const { customer } = await call(customers.rejectCustomer.bind(customers), {
          id: params.id,
          reason: body.reason ?? '',
        });
        return { status: 200, body: toCustomerResource(customer) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/customers/:id/merge',
      summary: 'Merge a duplicate (sourceId) into this customer; the source goes to the recycle bin',
      tag: 'customers',
      permission: 'customers.update',
      params: idParams,
      body: mergeBody,
      responses: { 200: { description: 'The merged customer', schema: customerResource } },
      async handler({ params, body }) {
        const { customer } = await call(customers.mergeCustomers.bind(customers), {
          targetId: params.id,
          sourceId: body.sourceId,
        });
        return { status: 200, body: toCustomerResource(customer) };
      },
    }),
  ];
}
