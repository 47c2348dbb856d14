import { Router } from 'express';
import { z } from 'zod';
import { call } from '@crm/grpc';
import type { customersV1Types as t } from '@crm/proto';
import type { DownstreamClients } from '../clients/downstream-clients';
import { validate } from '../http/validate';

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

/** The REST shape of a customer: enums without their proto prefix, absent values as null. */
export function toCustomerResource(c: t.Customer__Output | null) {
  if (!c) return null;
  const orNull = (v: string) => (v === '' ? null : v);
  return {
    id: c.id,
    branchId: c.branchId,
    departmentId: orNull(c.departmentId),
    ownerId: c.ownerId,
    kind: c.kind.replace('CUSTOMER_KIND_', ''),
    name: c.name,
    phone: orNull(c.phone),
    email: orNull(c.email),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function customersRoutes(clients: DownstreamClients): Router {
  const router = Router();
  const customers = clients.customers;

  router.post('/', async (req, res) => {
    const body = validate(createBody, req.body ?? {}, 'customer');
    const { customer } = await call(customers.createCustomer.bind(customers), {
      ...body,
      kind: kinds[body.kind],
    });
    res.status(201).location(`${req.baseUrl}/${customer?.id}`).json(toCustomerResource(customer));
  });

  router.get('/:id', async (req, res) => {
    const { id } = validate(idParams, req.params, 'path');
    const { customer } = await call(customers.getCustomer.bind(customers), { id });
    res.json(toCustomerResource(customer));
  });

  router.get('/', async (req, res) => {
    const query = validate(listQuery, req.query, 'query');
    const page = await call(customers.listCustomers.bind(customers), query);
    res.json({ items: page.customers.map(toCustomerResource), nextPageToken: page.nextPageToken || null });
  });

  return router;
}
