import { Router, type Request, type RequestHandler, type Response } from 'express';
import {
  hasPermission,
  refuseBeforePasswordChange,
  runAsPrincipal,
  verifyAccessToken,
  type Principal,
} from '@crm/auth';
import { permissionDenied, unauthenticated } from '@crm/errors';
import {
  bySpecificity,
  parseExpressPath,
  restCatalogue,
  samePaths,
  type PathTemplate,
  type RestCodecs,
  type RestOperation,
} from '@crm/rest';
import type { ServiceClients } from '../clients/service-clients';
import { isProtoMessage, type ApiRoute, type RateLimitClass, type RoutePermission } from './api-route';
import type { RateLimiter } from './rate-limiter';
import { validate } from './validate';

export interface MountOptions {
  publicKeyPem: string;
  rateLimiter: RateLimiter;
  /** The REST operations declared in proto/ and the clients that call them; none by default. */
  transcoded?: { operations: RestOperation[]; clients: ServiceClients };
  /** Codecs of the proto messages hand-written routes use; the catalogue's of proto/ by default. */
  codecs?: RestCodecs;
}

/** What every route is let in by, hand-written or transcoded. */
interface Admission {
  permission: RoutePermission;
  rateLimit: RateLimitClass;
  beforePasswordChange: boolean;
}

interface Mounted {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: PathTemplate;
  /** How a start-up error names it. */
  source: string;
  handler: RequestHandler;
}

function bearerToken(req: Request): string | undefined {
  const header = req.header('authorization');
  return header ? /^Bearer (\S+)$/i.exec(header)?.[1] : undefined;
}

/** Authenticate → refuse a pending password change → authorise → rate limit, for every route. */
async function admit(req: Request, res: Response, rule: Admission, options: MountOptions) {
  let token: string | undefined;
  let principal: Principal | undefined;
  if (rule.permission !== 'public') {
    token = bearerToken(req);
    if (!token) throw unauthenticated('sign in first (Authorization: Bearer <access token>)');
    principal = await verifyAccessToken(token, { publicKeyPem: options.publicKeyPem });
    refuseBeforePasswordChange(principal, rule.beforePasswordChange);
    if (rule.permission !== 'authenticated' && !hasPermission(principal, rule.permission))
      throw permissionDenied(`missing permission ${rule.permission}`);
  }
  const perUser = rule.rateLimit === 'api';
  await options.rateLimiter.check(
    rule.rateLimit,
    perUser ? (principal?.userId ?? req.ip ?? 'unknown') : (req.ip ?? 'unknown'),
    res,
  );
  return { principal, token };
}

function handWritten(route: ApiRoute, options: MountOptions, codecs: () => RestCodecs): Mounted {
  const rule: Admission = {
    permission: route.permission,
    rateLimit: route.rateLimit ?? 'api',
    beforePasswordChange: route.beforePasswordChange === true,
  };
  // Proto bodies and answers are compiled now: an unknown type stops the start, not a request.
  const body = route.body;
  const bodyType = isProtoMessage(body) ? body.proto : undefined;
  if (bodyType) codecs().decoders.message(codecs().type(bodyType));
  const encoders = new Map<number, (value: unknown) => unknown>();
  for (const [status, answer] of Object.entries(route.responses))
    if (isProtoMessage(answer.schema)) encoders.set(Number(status), codecs().encoder(answer.schema.proto));
  return {
    method: route.method,
    path: parseExpressPath(route.path),
    source: `the hand-written route ${route.method.toUpperCase()} ${route.path}`,
    async handler(req, res) {
      const { principal, token } = await admit(req, res, rule, options);
      const input = {
        params: route.params ? validate(route.params, req.params, 'path') : undefined,
        query: route.query ? validate(route.query, req.query, 'query') : undefined,
        body: bodyType
          ? codecs().decode(bodyType, req.body ?? {})
          : body && !isProtoMessage(body)
            ? validate(body, req.body ?? {}, 'body')
            : undefined,
        principal,
        req,
        res,
      };
      const result = await runAsPrincipal(principal, () => route.handler(input as never), token);
      for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
      const encode = encoders.get(result.status);
      if (result.body === undefined) res.status(result.status).end();
      else if (Buffer.isBuffer(result.body)) res.status(result.status).send(result.body);
      else res.status(result.status).json(encode ? encode(result.body) : result.body);
    },
  };
}

function transcoded(op: RestOperation, clients: ServiceClients, options: MountOptions): Mounted {
  const rule: Admission = {
    permission: op.access.permission,
    rateLimit: op.access.rateLimit,
    beforePasswordChange: op.access.beforePasswordChange,
  };
  const { codec } = op;
  return {
    method: op.httpMethod,
    path: op.path,
    source: op.rpc,
    async handler(req, res) {
      const { principal, token } = await admit(req, res, rule, options);
      const request = codec.decodeRequest({
        path: req.params as Record<string, string>,
        query: req.query as Record<string, unknown>,
        body: req.body,
      });
      const response = await runAsPrincipal(principal, () => clients.call(op, request), token);
      const answer = codec.encodeResponse(response);
      // No cache keeps an answer: they hold personal data, and some a secret shown once (a site key).
      res.setHeader('Cache-Control', 'no-store');
      if (answer.location) res.setHeader('Location', answer.location);
      if (answer.body === undefined) res.status(answer.status).end();
      else res.status(answer.status).json(answer.body);
    },
  };
}

/**
 * One router of every REST route under /api/v1: the hand-written ones and the operations transcoded
 * from proto. Two that would answer the same method and path stop the start naming both; where one
 * path's literal segment overlaps another's variable (`/customers/search`, `/customers/{id}`), the
 * literal is tried first whatever the order of declaration.
 */
export function mountRoutes(routes: ApiRoute[], options: MountOptions): Router {
  let codecs: RestCodecs | undefined;
  const codecsOf = () => (codecs ??= options.codecs ?? restCatalogue().codecs);
  const mounted = [
    ...routes.map((route) => handWritten(route, options, codecsOf)),
    ...(options.transcoded?.operations ?? []).map((op) =>
      transcoded(op, options.transcoded!.clients, options),
    ),
  ];
  const conflicts: string[] = [];
  for (const [i, a] of mounted.entries())
    for (const b of mounted.slice(i + 1))
      if (a.method === b.method && samePaths(a.path, b.path))
        conflicts.push(`${a.method.toUpperCase()} ${a.path.template}: ${a.source} and ${b.source}`);
  if (conflicts.length > 0)
    throw new Error(`REST routes answer the same requests:\n  ${conflicts.join('\n  ')}`);

  const router = Router();
  // Stable: routes that do not overlap keep their declared order.
  for (const route of [...mounted].sort((a, b) => bySpecificity(a.path, b.path)))
    router[route.method](route.path.expressPath, route.handler);
  return router;
}
