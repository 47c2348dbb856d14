import path from 'node:path';
import express, { Router } from 'express';

/**
 * A browsable page of the OpenAPI document (Swagger UI from the swagger-ui-dist package). The
 * initialiser is a file, not an inline script, so the page works under the default CSP.
 */
export function apiDocsRoutes(openApiUrl: string): Router {
  const router = Router();
  const dist = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CRM API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`);
  });
  router.get('/api/docs/init.js', (_req, res) => {
    res
      .type('js')
      .send(
        `window.ui = SwaggerUIBundle({ url: ${JSON.stringify(openApiUrl)}, dom_id: '#swagger-ui', persistAuthorization: true });`,
      );
  });
  router.use('/api/docs/assets', express.static(dist, { index: false, maxAge: '1d' }));
  return router;
}
