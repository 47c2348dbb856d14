import * as protobuf from 'protobufjs';
import type { EnumShape, FieldShape, ValueShape } from './message-shapes';
import type { RestOperation } from './rest-catalogue';
import type { RestCodecs } from './rest-codecs';

// The OpenAPI 3.1 side of the conventions: one component per message (and `…Input` for its request
// form, where every member may be left out or null), one per enum (names without the prefix), pages
// as { items, nextPageToken }, int64 as strings, nullable by presence. Built from the same shapes as
// the codecs, so the document says what the gateway does.

export type JsonSchema = Record<string, unknown>;
export type SchemaIo = 'input' | 'output';

/** RFC 9457 problem details with our members (docs/api-conventions.md, Errors). */
export const PROBLEM_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'RFC 9457 problem details',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', description: 'The domain error code (INVALID_ARGUMENT, NOT_FOUND, …)' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      description: 'The invalid fields (`body.phones[2]`, `query.pageSize`, `path.id`)',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, message: { type: 'string' } },
        required: ['field', 'message'],
      },
    },
  },
  required: ['type', 'title', 'status', 'code'],
};

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const INT64_PATTERN = '^-?[0-9]+$';
const UINT64_PATTERN = '^[0-9]+$';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function nullable(schema: JsonSchema): JsonSchema {
  if (Object.keys(schema).length === 0) return schema;
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  return { oneOf: [schema, { type: 'null' }] };
}

function described(schema: JsonSchema, description: string | undefined): JsonSchema {
  return description ? { ...schema, description } : schema;
}

function walkTypes(namespace: protobuf.NamespaceBase, found: (protobuf.Type | protobuf.Enum)[]) {
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Type || nested instanceof protobuf.Enum) found.push(nested);
    if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) walkTypes(nested, found);
  }
}

/** Collects the components the operations and routes refer to; one builder per document. */
export class OpenApiBuilder {
  private readonly components = new Map<string, JsonSchema>();
  private readonly names = new Map<string, string>();

  constructor(private readonly codecs: RestCodecs) {
    // A short name (`Customer`) where it is unique in the Root, else the full name.
    const all: (protobuf.Type | protobuf.Enum)[] = [];
    walkTypes(codecs.root, all);
    const counts = new Map<string, number>();
    for (const t of all) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    for (const t of all) {
      const fullName = t.fullName.replace(/^\./, '');
      this.names.set(fullName, counts.get(t.name) === 1 ? t.name : fullName);
    }
  }

  /** A `$ref` to the component of a message type in its request (`input`) or answer (`output`) form. */
  messageRef(typeName: string, io: SchemaIo): JsonSchema {
    const type = this.codecs.type(typeName);
    const values = this.codecs.shapes.listValues(type);
    // A `…List` wrapper has no object form on the REST API: it is its array.
    if (values) return this.fieldSchema({ ...values, presence: false }, io);
    const fullName = type.fullName.replace(/^\./, '');
    const name = `${this.names.get(fullName)!}${io === 'input' ? 'Input' : ''}`;
    if (!this.components.has(name)) {
      this.components.set(name, {}); // recursion stops here; filled in below
      this.components.set(name, this.messageSchema(type, io));
    }
    return { $ref: `#/components/schemas/${name}` };
  }

  private enumRef(shape: EnumShape): JsonSchema {
    const name = this.names.get(shape.fullName)!;
    if (!this.components.has(name))
      this.components.set(name, described({ type: 'string', enum: shape.restNames }, shape.comment));
    return { $ref: `#/components/schemas/${name}` };
  }

  private messageSchema(type: protobuf.Type, io: SchemaIo): JsonSchema {
    const shape = this.codecs.shapes.message(type);
    const properties: Record<string, JsonSchema> = {};
    const fields =
      io === 'output' && shape.page ? shape.fields.filter((f) => f !== shape.page!.token) : shape.fields;
    for (const field of fields) {
      const name = io === 'output' && field === shape.page?.items ? 'items' : field.name;
      properties[name] = this.fieldSchema(field, io);
    }
    if (io === 'output' && shape.page)
      properties.nextPageToken = {
        type: ['string', 'null'],
        description: 'Pass it as pageToken for the next page; null on the last page',
      };
    const ordered =
      io === 'output' && shape.page
        ? { items: properties.items!, nextPageToken: properties.nextPageToken!, ...properties }
        : properties;
    return described(
      io === 'output'
        ? { type: 'object', properties: ordered, required: Object.keys(ordered) }
        : { type: 'object', properties: ordered, additionalProperties: false },
      type.comment ?? undefined,
    );
  }

  /** The schema of one field: nullable by presence in answers; every request member may be null. */
  fieldSchema(field: FieldShape, io: SchemaIo, options: { nullable?: boolean } = {}): JsonSchema {
    const explicit = field.limited;
    const one = this.valueSchema(field.value, field, io, explicit);
    let schema: JsonSchema;
    if (field.mapKey) schema = { type: 'object', additionalProperties: one };
    else if (field.repeated)
      schema = {
        type: 'array',
        items: one,
        ...(io === 'input' && explicit ? { maxItems: field.maxEntries } : {}),
      };
    else schema = one;
    const isNullable = options.nullable ?? (io === 'input' || field.presence);
    return described(isNullable ? nullable(schema) : schema, field.comment);
  }

  private valueSchema(value: ValueShape, field: FieldShape, io: SchemaIo, explicit: boolean): JsonSchema {
    switch (value.kind) {
      case 'scalar':
        switch (value.scalar) {
          case 'string': {
            const format = field.format === 'text' ? undefined : field.format;
            return {
              type: 'string',
              ...(io === 'input' && format ? { format } : {}),
              ...(io === 'input' && explicit && !field.repeated ? { maxLength: field.maxChars } : {}),
            };
          }
          case 'int32':
            return { type: 'integer', format: 'int32' };
          case 'uint32':
            return { type: 'integer', format: 'int32', minimum: 0 };
          case 'int64':
          case 'uint64': {
            const pattern = value.scalar === 'int64' ? INT64_PATTERN : UINT64_PATTERN;
            return io === 'output'
              ? { type: 'string', format: 'int64', pattern }
              : { oneOf: [{ type: 'string', pattern }, { type: 'integer' }], format: 'int64' };
          }
          case 'double':
            return { type: 'number', format: value.float ? 'float' : 'double' };
          case 'bool':
            return { type: 'boolean' };
          case 'bytes':
            return { type: 'string', contentEncoding: 'base64' };
        }
        break;
      case 'enum':
        return this.enumRef(value.enum);
      case 'message':
        return this.messageRef(value.type.fullName, io);
      case 'struct':
        return { type: 'object', additionalProperties: true };
      case 'value':
        return {};
      case 'list-value':
        return { type: 'array', items: {} };
      case 'list':
        return {
          type: 'array',
          items: this.valueSchema(value.values.value, value.values, io, false),
          ...(io === 'input' && explicit ? { maxItems: field.maxEntries } : {}),
        };
    }
    return {};
  }

  /** The OpenAPI operation of a transcoded RPC, and where it goes in `paths`. */
  operation(op: RestOperation): { path: string; method: string; operation: JsonSchema } {
    const shape = this.codecs.shapes.message(op.requestType);
    const byName = new Map(shape.fields.map((f) => [f.name, f]));
    const parameters: JsonSchema[] = op.path.variables.map((name) => {
      const field = byName.get(name)!;
      return described(
        {
          name,
          in: 'path',
          required: true,
          schema: this.fieldSchema({ ...field, comment: undefined }, 'input', { nullable: false }),
        },
        field.comment,
      );
    });
    if (op.body !== '*')
      for (const field of shape.fields) {
        if (op.path.variables.includes(field.name) || field.name === op.body) continue;
        if ((field.value.kind !== 'scalar' && field.value.kind !== 'enum') || field.mapKey) continue;
        parameters.push(
          described(
            {
              name: field.name,
              in: 'query',
              required: false,
              schema: this.fieldSchema({ ...field, comment: undefined }, 'input', { nullable: false }),
            },
            field.comment,
          ),
        );
      }
    let requestBody: JsonSchema | undefined;
    if (op.body === '*') {
      const properties: Record<string, JsonSchema> = {};
      for (const field of shape.fields)
        if (!op.path.variables.includes(field.name))
          properties[field.name] = this.fieldSchema(field, 'input');
      requestBody = {
        required: true,
        content: {
          'application/json': {
            schema: described(
              { type: 'object', properties, additionalProperties: false },
              op.requestType.comment ?? undefined,
            ),
          },
        },
      };
    } else if (op.body) {
      requestBody = {
        required: true,
        content: { 'application/json': { schema: this.fieldSchema(byName.get(op.body)!, 'input') } },
      };
    }

    const responses: Record<string, JsonSchema> = {};
    const status = op.access.successStatus;
    if (status === 204) responses['204'] = { description: 'Done (no content)' };
    else {
      // The field answered alone is the operation's resource: a service always sets it.
      const answer = op.responseBody
        ? this.fieldSchema(
            this.codecs.shapes.message(op.responseType).fields.find((f) => f.name === op.responseBody)!,
            'output',
            { nullable: false },
          )
        : this.messageRef(op.responseType.fullName, 'output');
      responses[String(status)] = {
        description: status === 201 ? 'Created' : 'OK',
        ...(status === 201
          ? {
              headers: {
                Location: { description: 'Where the created resource is', schema: { type: 'string' } },
              },
            }
          : {}),
        content: { 'application/json': { schema: answer } },
      };
    }
    for (const problem of op.access.problems) {
      const schema =
        problem.member && problem.memberType
          ? {
              allOf: [
                PROBLEM_REF,
                {
                  type: 'object',
                  properties: { [problem.member]: this.messageRef(problem.memberType, 'output') },
                  required: [problem.member],
                },
              ],
            }
          : PROBLEM_REF;
      responses[String(problem.status)] = {
        description: problem.description || 'Error',
        content: { 'application/problem+json': { schema } },
      };
    }
    responses.default = {
      description: 'Error',
      content: { 'application/problem+json': { schema: PROBLEM_REF } },
    };

    const { permission } = op.access;
    const needs = permission !== 'public' && permission !== 'authenticated';
    const description = [op.description, needs ? `Requires permission \`${permission}\`.` : undefined]
      .filter(Boolean)
      .join('\n\n');
    return {
      path: `/api/v1${op.path.template}`,
      method: op.httpMethod,
      operation: {
        summary: op.summary,
        ...(description ? { description } : {}),
        tags: [op.access.tag],
        operationId: lowerFirst(op.method),
        ...(permission === 'public' ? { security: [] } : {}),
        ...(needs ? { 'x-permission': permission } : {}),
        ...(op.access.beforePasswordChange ? { 'x-before-password-change': true } : {}),
        'x-rpc': op.rpc,
        parameters,
        ...(requestBody ? { requestBody } : {}),
        responses,
      },
    };
  }

  /** The components referred to so far, sorted, with Problem. */
  schemas(): Record<string, JsonSchema> {
    const sorted = [...this.components.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { Problem: PROBLEM_SCHEMA, ...Object.fromEntries(sorted) };
  }
}
