import { Router, type NextFunction, type Request, type Response } from 'express';
import { hasPermission, refuseBeforePasswordChange, runAsPrincipal, verifyAccessToken } from '@crm/auth';
import { permissionDenied, unauthenticated } from '@crm/errors';
import type { ApiRoute } from './api-route';
import type { RateLimiter } from './rate-limiter';
import { validate } from './validate';

export interface MountOptions {
  publicKeyPem: string;
  rateLimiter: RateLimiter;
}

/**
 * Turns declared routes into an Express router: authenticate → refuse a pending password change →
 * authorise → rate limit → validate → handle.
 */
export function mountRoutes(routes: ApiRoute[], options: MountOptions): Router {
  const router = Router();
  for (const route of routes) {
    router[route.method](route.path, async (req: Request, res: Response, next: NextFunction) => {
      const limitClass = route.rateLimit ?? 'api';
      let token: string | undefined;
      let principal;
      if (route.permission !== 'public') {
        token = bearerToken(req);
        if (!token) throw unauthenticated('sign in first (Authorization: Bearer <access token>)');
        principal = await verifyAccessToken(token, { publicKeyPem: options.publicKeyPem });
        refuseBeforePasswordChange(principal, route.beforePasswordChange === true);
        if (route.permission !== 'authenticated' && !hasPermission(principal, route.permission)) {
          throw permissionDenied(`missing permission ${route.permission}`);
        }
      }
      await options.rateLimiter.check(
        limitClass,
        limitClass === 'login' ? (req.ip ?? 'unknown') : (principal?.userId ?? req.ip ?? 'unknown'),
        res,
      );
      const input = {
        params: route.params ? validate(route.params, req.params, 'path') : undefined,
        query: route.query ? validate(route.query, req.query, 'query') : undefined,
        body: route.body ? validate(route.body, req.body ?? {}, 'body') : undefined,
        principal,
        req,
        res,
      };
      const result = await runAsPrincipal(principal, () => route.handler(input as never), token);
      for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
      if (result.body === undefined) res.status(result.status).end();
      else if (Buffer.isBuffer(result.body)) res.status(result.status).send(result.body);
      else res.status(result.status).json(result.body);
      void next;
    });
  }
  return router;
}

function bearerToken(req: Request): string | undefined {
  const header = req.header('authorization');
  return header ? /^Bearer (\S+)$/i.exec(header)?.[1] : undefined;
}
