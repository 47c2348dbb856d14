import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Principal } from '@crm/auth';

/**
 * A REST route declared once: its schemas validate requests and generate the OpenAPI document, its
 * permission is checked before the handler runs (and again by the service behind it).
 * `public`: no token needed (login); `authenticated`: any valid token.
 */
export type RoutePermission = 'public' | 'authenticated' | (string & {});
/** Per user (api), strict per client address (login), per client address (public: no account). */
export type RateLimitClass = 'login' | 'api' | 'public';

/**
 * A proto message in place of a zod schema: a body is decoded (and checked) by the REST conventions
 * of that type, an answer documented as it and encoded from the proto-loader object the handler
 * returns. The OpenAPI document then shows the same component as the transcoded operations.
 */
export interface ProtoMessage {
  proto: string;
}
export const protoMessage = (typeName: string): ProtoMessage => ({ proto: typeName });
export const isProtoMessage = (schema: unknown): schema is ProtoMessage =>
  typeof (schema as ProtoMessage | undefined)?.proto === 'string';

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType
  ? z.output<S>
  : S extends ProtoMessage
    ? Record<string, unknown>
    : undefined;

export interface ApiResult {
  status: number;
  /** JSON, or a Buffer sent as is (downloads; set Content-Type in headers). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteInput<P, Q, B> {
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  /** Present on every route but `public` ones. */
  principal: Principal | undefined;
  req: Request;
  res: Response;
}

export interface ApiRoute<
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | ProtoMessage | undefined = Schema | ProtoMessage | undefined,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express-style path under /api/v1, e.g. `/customers/:id`. */
  path: string;
  summary: string;
  tag: string;
  permission: RoutePermission;
  /** Default `api` (per user); `login` is strict and per client address. */
  rateLimit?: RateLimitClass;
  /**
   * Whether a session that must change its password first may call it (the password change, the
   * own profile, logging out); every other route refuses it (403, reason PASSWORD_CHANGE_REQUIRED).
   */
  beforePasswordChange?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** A multipart/form-data upload the handler reads from `req` itself (documented, not parsed). */
  upload?: { field: string; description: string };
  /**
   * Documented answers; a schema describes the JSON body (a proto message's is encoded from the
   * handler's proto object), `binary` a file download.
   */
  responses: Record<number, { description: string; schema?: Schema | ProtoMessage; binary?: boolean }>;
  handler(input: RouteInput<P, Q, B>): Promise<ApiResult>;
}

/** Identity function that keeps the schema types flowing into the handler. */
export function defineRoute<
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | ProtoMessage | undefined = undefined,
>(route: ApiRoute<P, Q, B>): ApiRoute {
  return route as unknown as ApiRoute;
}
