import { DomainError, type FieldViolation } from '@crm/errors';
import type { RestOperation } from './rest-catalogue';
import type { RestCodecs } from './rest-codecs';
import type { ValueDecoder } from './request-decoder';
import type { ValueEncoder } from './response-encoder';

// One operation's codec, compiled when the catalogue loads: the REST request (path, query, body) into
// the request object, the request to and the response from gRPC bytes, and the response into its REST
// answer (status, body, Location).

export interface RequestParts {
  /** Express' decoded path parameters (lowerCamelCase names). */
  path: Record<string, string>;
  /** The query string as Express' simple parser gives it (a repeated parameter is an array). */
  query: Record<string, unknown>;
  /** The parsed JSON body (undefined without one). */
  body: unknown;
}

export interface RestAnswer {
  status: number;
  /** Undefined for 204. */
  body?: unknown;
  /** The Location of a 201, under /api/v1. */
  location?: string;
}

export interface OperationCodec {
  /** The request object, or INVALID_ARGUMENT naming every bad member (nothing is called then). */
  decodeRequest(parts: RequestParts): Record<string, unknown>;
  serializeRequest(request: object): Buffer;
  deserializeResponse(bytes: Buffer): Record<string, unknown>;
  encodeResponse(response: Record<string, unknown>): RestAnswer;
}

type LocationSegment = { literal: string } | { member: string[] };

/** `/customers/{customer.id}` → its segments; throws saying what is wrong with it. */
export function parseLocation(location: string): LocationSegment[] {
  if (!location.startsWith('/')) throw new Error(`location ${location} must start with /`);
  return location
    .slice(1)
    .split('/')
    .map((segment) => {
      const member = /^\{([a-z]\w*(\.[a-z]\w*)*)\}$/.exec(segment)?.[1];
      if (member) return { member: member.split('.') };
      if (!/^[A-Za-z0-9._~-]+$/.test(segment))
        throw new Error(`location ${location}: "${segment}" is neither a literal nor a {member.path}`);
      return { literal: segment };
    });
}

function locationOf(segments: LocationSegment[]): (body: unknown) => string {
  return (body) =>
    '/api/v1/' +
    segments
      .map((s) => {
        if ('literal' in s) return s.literal;
        let v: unknown = body;
        for (const part of s.member) v = (v as Record<string, unknown> | null)?.[part];
        return encodeURIComponent(String(v ?? ''));
      })
      .join('/');
}

const QUERYABLE = new Set(['scalar', 'enum']);

export function compileOperationCodec(codecs: RestCodecs, op: Omit<RestOperation, 'codec'>): OperationCodec {
  const request = codecs.shapes.message(op.requestType);
  const byName = new Map(request.fields.map((f) => [f.name, f]));
  const pathFields = op.path.variables.map((name) => ({
    name,
    decode: codecs.decoders.field(byName.get(name)!, 'text'),
  }));
  const inPath = new Set(op.path.variables);

  let decodeBody: ((raw: unknown, out: FieldViolation[]) => Record<string, unknown> | undefined) | undefined;
  if (op.body === '*') {
    const exclude = new Map(op.path.variables.map((v) => [v, `is given in the path (${op.path.template})`]));
    const decode = codecs.decoders.message(op.requestType, exclude);
    decodeBody = (raw, out) => decode(raw ?? {}, 'body', out) as Record<string, unknown> | undefined;
  } else if (op.body) {
    const name = op.body;
    const decode = codecs.decoders.field(byName.get(name)!);
    decodeBody = (raw, out) => {
      const value = decode(raw === undefined ? null : raw, 'body', out);
      return value === undefined ? {} : { [name]: value };
    };
  } else if (op.httpMethod !== 'get' && op.httpMethod !== 'delete') {
    // POST/PUT/PATCH without a body: every field comes from the path and the query.
    decodeBody = (raw, out) => {
      if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Object.keys(raw).length > 0))
        out.push({ field: 'body', message: 'this operation takes no body (its fields go in the query)' });
      return undefined;
    };
  }

  // The query: every field not in the path nor the body, when the body is not '*'.
  const queryFields = new Map<string, { decode: ValueDecoder; repeated: boolean } | string>();
  if (op.body !== '*')
    for (const field of request.fields) {
      if (inPath.has(field.name) || field.name === op.body) continue;
      queryFields.set(
        field.name,
        QUERYABLE.has(field.value.kind) && !field.mapKey
          ? { decode: codecs.decoders.field(field, 'text'), repeated: field.repeated }
          : 'cannot be given in the query (it is not a scalar)',
      );
    }
  const noQuery =
    op.body === '*' ? `names no query parameter (this operation reads its fields from the body)` : undefined;

  const decodeRequest = (parts: RequestParts): Record<string, unknown> => {
    const out: FieldViolation[] = [];
    const result: Record<string, unknown> = {};
    for (const { name, decode } of pathFields) {
      const value = decode(parts.path[name], `path.${name}`, out);
      if (value !== undefined) result[name] = value;
    }
    for (const key of Object.keys(parts.query)) {
      const at = `query.${key}`;
      const field = queryFields.get(key);
      if (field === undefined) {
        out.push({ field: at, message: noQuery ?? 'names no field of this operation' });
        continue;
      }
      if (typeof field === 'string') {
        out.push({ field: at, message: field });
        continue;
      }
      const raw = parts.query[key];
      if (Array.isArray(raw) && !field.repeated) {
        out.push({ field: at, message: 'must be given once' });
        continue;
      }
      const value = field.decode(field.repeated && !Array.isArray(raw) ? [raw] : raw, at, out);
      if (value !== undefined) result[key] = value;
    }
    if (decodeBody) Object.assign(result, decodeBody(parts.body, out));
    if (out.length > 0) throw new DomainError('INVALID_ARGUMENT', 'the request is invalid', out);
    return result;
  };

  const requestWire = codecs.wire(op.requestType);
  const responseWire = codecs.wire(op.responseType);
  const status = op.access.successStatus;
  let encode: ValueEncoder;
  if (op.responseBody) {
    const field = codecs.shapes.message(op.responseType).fields.find((f) => f.name === op.responseBody)!;
    const encodeField = codecs.encoders.field(field);
    const name = op.responseBody;
    encode = (response) => encodeField((response as Record<string, unknown>)[name]);
  } else encode = codecs.encoders.message(op.responseType);
  const location = op.access.location ? locationOf(parseLocation(op.access.location)) : undefined;

  return {
    decodeRequest,
    serializeRequest: requestWire.serialize,
    deserializeResponse: responseWire.deserialize,
    encodeResponse(response) {
      if (status === 204) return { status };
      const body = encode(response);
      return location ? { status, body, location: location(body) } : { status, body };
    },
  };
}
