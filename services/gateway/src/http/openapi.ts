import { z } from 'zod';
import {
  OpenApiBuilder,
  restCatalogue,
  type JsonSchema,
  type RestCodecs,
  type RestOperation,
  type SchemaIo,
} from '@crm/rest';
import { isProtoMessage, type ApiRoute, type ProtoMessage } from './api-route';

type Schema = z.ZodType | ProtoMessage;

function jsonSchema(schema: Schema, io: SchemaIo, builder: OpenApiBuilder): JsonSchema {
  if (isProtoMessage(schema)) return builder.messageRef(schema.proto, io);
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** Path and query schemas become OpenAPI parameters, one per property. */
function parameters(schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const s = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({
    name,
    in: location,
    required: location === 'path' || (s.required ?? []).includes(name),
    schema: prop,
  }));
}

const problemAnswer = {
  description: 'Error',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

function handWrittenOperation(route: ApiRoute, builder: OpenApiBuilder) {
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(route.responses)) {
    responses[status] = r.binary
      ? {
          description: r.description,
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        }
      : r.schema
        ? {
            description: r.description,
            content: { 'application/json': { schema: jsonSchema(r.schema, 'output', builder) } },
          }
        : { description: r.description };
  }
  responses.default = problemAnswer;
  return {
    summary: route.summary,
    tags: [route.tag],
    operationId: `${route.method}${route.path.replace(/[/:{}-](\w)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    ...(route.permission === 'public' ? { security: [] } : {}),
    ...(route.permission !== 'public' && route.permission !== 'authenticated'
      ? { 'x-permission': route.permission, description: `Requires permission \`${route.permission}\`.` }
      : {}),
    ...(route.beforePasswordChange ? { 'x-before-password-change': true } : {}),
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.upload
      ? {
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    [route.upload.field]: {
                      type: 'string',
                      format: 'binary',
                      description: route.upload.description,
                    },
                  },
                  required: [route.upload.field],
                },
              },
            },
          },
        }
      : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(route.body, 'input', builder) } },
          },
        }
      : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of the REST API: the operations transcoded from proto and the hand-written
 * routes, generated from the same declarations that serve them (and written to docs/api/ by
 * `npm run api:gen`).
 */
export function openApiDocument(
  routes: ApiRoute[],
  info: { title: string; version: string },
  rest: { operations: RestOperation[]; codecs: RestCodecs } = {
    operations: [],
    codecs: restCatalogue().codecs,
  },
) {
  const builder = new OpenApiBuilder(rest.codecs);
  const entries = [
    ...routes.map((route) => ({
      path: `/api/v1${route.path.replace(/:(\w+)/g, '{$1}')}`,
      method: route.method as string,
      operation: handWrittenOperation(route, builder) as Record<string, unknown>,
    })),
    ...rest.operations.map((op) => builder.operation(op)),
  ];
  const paths: Record<string, Record<string, unknown>> = {};
  const operationIds = new Map<string, string>();
  for (const { path, method, operation } of entries) {
    const id = operation.operationId as string;
    const other = operationIds.get(id);
    if (other) throw new Error(`operationId ${id} of ${method.toUpperCase()} ${path} is also ${other}'s`);
    operationIds.set(id, `${method.toUpperCase()} ${path}`);
    (paths[path] ??= {})[method] = operation;
  }
  const sortedPaths = Object.fromEntries(
    Object.entries(paths).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: builder.schemas(),
    },
    paths: sortedPaths,
  };
}
