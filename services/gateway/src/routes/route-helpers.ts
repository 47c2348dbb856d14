import { z } from 'zod';
import { DomainError } from '@crm/errors';
import { defineRoute, type ApiResult, type ApiRoute, type RoutePermission } from '../http/api-route';

// The pieces every REST collection (customers, identity resources) is made of, declared once so that
// each collection pages, addresses and answers the same way, and the OpenAPI document says so.

/** `pageSize` and `pageToken` of a list query; spread where the paging parameters go in the order. */
export const pageQuery = (maxTokenLength: number) => ({
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
  pageToken: z.string().max(maxTokenLength).optional(),
});

/** The `:id` of `/<collection>/:id`; ids are opaque, the service behind says whether one exists. */
export const idParams = z.strictObject({ id: z.string().max(64) });

/** The answer schema of a list: a page of items and the token of the next one (null on the last). */
export const page = <S extends z.ZodType>(item: S) =>
  z.object({ items: z.array(item), nextPageToken: z.string().nullable() });

/** A gRPC page (items plus a next page token, '' on the last) as its REST page. */
export const toPage = <M, R>(items: M[], nextPageToken: string, toResource: (m: M) => R) => ({
  items: items.map((m) => toResource(m)),
  nextPageToken: nextPageToken || null,
});

/** The message a call answered with; a missing one is the service's fault, not the caller's. */
export function required<T>(value: T | null | undefined): T {
  if (value === null || value === undefined)
    throw new DomainError('INTERNAL', 'empty response from a service');
  return value;
}

/** 201 with the created resource and where it lives (`path` under /api/v1). */
export const created = (body: unknown, path: string, headers: Record<string, string> = {}): ApiResult => ({
  status: 201,
  body,
  headers: { Location: `/api/v1${path}`, ...headers },
});

/** What a route factory below takes besides its behaviour: the route's line in the OpenAPI document. */
interface RouteDoc {
  path: string;
  summary: string;
  tag: string;
  permission: RoutePermission;
}

/** GET `<path>`: one page of a collection, the query passed through as the service reads it. */
export function listRoute<Q extends z.ZodType, S extends z.ZodType>(
  doc: RouteDoc & {
    query: Q;
    description: string;
    item: S;
    list(query: z.output<Q>): Promise<z.output<ReturnType<typeof page<S>>>>;
  },
): ApiRoute {
  const { query, description, item, list, ...route } = doc;
  return defineRoute({
    method: 'get',
    ...route,
    query: query as z.ZodType,
    responses: { 200: { description, schema: page(item) } },
    async handler(input) {
      return { status: 200, body: await list(input.query as z.output<Q>) };
    },
  });
}

/** GET `<path>/:id`: one resource. */
export function getRoute<S extends z.ZodType>(
  doc: RouteDoc & { description: string; schema: S; load(id: string): Promise<z.output<S>> },
): ApiRoute {
  const { description, schema, load, ...route } = doc;
  return defineRoute({
    method: 'get',
    ...route,
    params: idParams,
    responses: { 200: { description, schema } },
    async handler({ params }) {
      return { status: 200, body: await load(params.id) };
    },
  });
}

/** DELETE `<path>/:id`: 204 once the service has done it. */
export function deleteRoute(
  doc: RouteDoc & { description: string; remove(id: string): Promise<unknown> },
): ApiRoute {
  const { description, remove, ...route } = doc;
  return defineRoute({
    method: 'delete',
    ...route,
    params: idParams,
    responses: { 204: { description } },
    async handler({ params }) {
      await remove(params.id);
      return { status: 204 };
    },
  });
}
