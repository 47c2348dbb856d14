import { z } from 'zod';
import { call } from '@crm/grpc';
import type { customersV1Types as t } from '@crm/proto';
import type { DownstreamClients } from '../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../http/api-route';

const kinds = { COMPANY: 'CUSTOMER_KIND_COMPANY', INDIVIDUAL: 'CUSTOMER_KIND_INDIVIDUAL' } as const;

// Shape checks only; the customers service owns the business rules (phone format, branch rights).
const createBody = z.strictObject({
  kind: z.enum(['COMPANY', 'INDIVIDUAL']),
  name: z.string().max(1000),
  phone: z.string().max(100).optional(),
  email: z.string().max(1000).optional(),
  branchId: z.string().max(64).optional(),
  ownerId: z.string().max(64).optional(),
});
const listQuery = z.strictObject({
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
  pageToken: z.string().max(200).optional(),
  branchId: z.string().max(64).optional(),
});
const idParams = z.object({ id: z.string().max(64) });

export const customerResource = z.object({
  id: z.string(),
  branchId: z.string(),
  departmentId: z.string().nullable(),
  ownerId: z.string(),
  kind: z.enum(['COMPANY', 'INDIVIDUAL']),
  name: z.string(),
  phone: z.string().nullable().describe('E.164'),
  email: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const customerPage = z.object({ items: z.array(customerResource), nextPageToken: z.string().nullable() });

/** The REST shape of a customer: enums without their proto prefix, absent values as null. */
export function toCustomerResource(c: t.Customer__Output | null): z.infer<typeof customerResource> | null {
  if (!c) return null;
  const orNull = (v: string) => (v === '' ? null : v);
  return {
    id: c.id,
    branchId: c.branchId,
    departmentId: orNull(c.departmentId),
    ownerId: c.ownerId,
    kind: c.kind.replace('CUSTOMER_KIND_', '') as 'COMPANY' | 'INDIVIDUAL',
    name: c.name,
    phone: orNull(c.phone),
    email: orNull(c.email),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function customersRoutes(clients: DownstreamClients): ApiRoute[] {
  const customers = clients.customers;
  return [
    defineRoute({
      method: 'post',
      path: '/customers',
      summary: 'Create a customer',
      tag: 'customers',
      permission: 'customers.create',
      body: createBody,
      responses: { 201: { description: 'Created', schema: customerResource } },
      async handler({ body }) {
        const { customer } = await call(customers.createCustomer.bind(customers), {
          ...body,
          kind: kinds[body.kind],
        });
        return {
          status: 201,
          body: toCustomerResource(customer),
          headers: { Location: `/api/v1/customers/${customer?.id}` },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/customers/:id',
      summary: 'Get a customer',
      tag: 'customers',
      permission: 'customers.read',
      params: idParams,
      responses: { 200: { description: 'The customer', schema: customerResource } },
      async handler({ params }) {
        const { customer } = await call(customers.getCustomer.bind(customers), { id: params.id });
        return { status: 200, body: toCustomerResource(customer) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/customers',
      summary: 'List customers in the caller’s data scope, newest first',
      tag: 'customers',
      permission: 'customers.read',
      query: listQuery,
      responses: { 200: { description: 'A page of customers', schema: customerPage } },
      async handler({ query }) {
        const page = await call(customers.listCustomers.bind(customers), query);
        return {
          status: 200,
          body: { items: page.customers.map(toCustomerResource), nextPageToken: page.nextPageToken || null },
        };
      },
    }),
  ];
}
