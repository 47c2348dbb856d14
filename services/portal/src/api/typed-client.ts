import createClient from 'openapi-fetch';
import { toApiError, type ApiClient } from './client';
import type { components, operations, paths } from './generated/openapi';

/**
 * The typed client of the REST API: its paths, parameters, bodies and answers are the generated
 * types of the OpenAPI document (src/api/generated, `npm run api:gen`). It sends through the portal's
 * client (token, one refresh on a 401, the cross-tab lock) and throws the same ApiError on a problem,
 * so a page can move to it one call at a time.
 */
export function createTypedClient(
  api: Pick<ApiClient, 'fetch'>,
  // Absolute in tests (Node's Request needs it); the page's own origin in the browser.
  baseUrl = typeof location === 'undefined' ? '' : location.origin,
) {
  return createClient<paths>({
    baseUrl,
    fetch: async (request: Request) => {
      const res = await api.fetch(request);
      if (!res.ok) throw await toApiError(res);
      return res;
    },
  });
}

export type TypedClient = ReturnType<typeof createTypedClient>;

/** The answer of a typed call (a failure was thrown as an ApiError already). */
export async function data<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  return (await call).data as T;
}

/** A component of the OpenAPI document: a proto message or enum as REST has it (`Schema<'User'>`). */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

/** The JSON body of an operation, by its operationId (`BodyOf<'createUser'>`). */
export type BodyOf<O extends keyof operations> = operations[O] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** The JSON answer of an operation with a status (200 unless said). */
export type AnswerOf<
  O extends keyof operations,
  S extends number = 200,
> = operations[O]['responses'] extends {
  [status in S]: { content: { 'application/json': infer A } };
}
  ? A
  : never;

/** The query parameters of an operation. */
export type QueryOf<O extends keyof operations> = NonNullable<operations[O]['parameters']['query']>;
