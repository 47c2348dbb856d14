import { Router } from 'express';
import { call } from '@crm/grpc';
import type { HealthClient } from '../clients/health-client';

/** Liveness says the process answers; readiness says every downstream service reports SERVING. */
export function healthRoutes(services: Record<string, HealthClient>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(services).map(async ([name, client]) => {
        try {
          const { status } = await call(client.check.bind(client), { service: '' });
          return [name, status] as const;
        } catch {
          return [name, 'UNREACHABLE'] as const;
        }
      }),
    );
    const ready = checks.every(([, status]) => status === 'SERVING');
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'not ready', services: Object.fromEntries(checks) });
  });
  return router;
}
