import { Router } from 'express';
import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../clients/downstream-clients';
import { validate } from '../http/validate';

const countsQuery = z.strictObject({ branchId: z.string().max(64).optional() });

export function analyticsRoutes(clients: DownstreamClients): Router {
  const router = Router();
  const analytics = clients.analytics;
  router.get('/customer-counts', async (req, res) => {
    const query = validate(countsQuery, req.query, 'query');
    const { counts } = await call(analytics.getBranchCustomerCounts.bind(analytics), query);
    res.json({ items: counts.map((c) => ({ branchId: c.branchId, customers: Number(c.customers) })) });
  });
  return router;
}
