import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** The built portal at `/`, with index.html for the client-side routes (anything that is not the API). */
export function portalRoutes(portalDir: string | undefined): Router {
  const router = Router();
  const dir = portalDir ?? path.resolve(__dirname, '../../../portal/dist');
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return router;
  router.use(express.static(dir, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!api\/|healthz$|readyz$|metrics$).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
