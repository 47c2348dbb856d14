import type * as protobuf from 'protobufjs';
import type { FieldViolation } from '@crm/errors';
import { isUuid, textProblem } from '@crm/proto';
import {
  DEFAULT_MAX_ENTRIES,
  DEFAULT_MAX_STRING,
  type FieldShape,
  type MessageShapes,
  type ScalarKind,
  type StringFormat,
  type ValueShape,
} from './message-shapes';

// REST request → the object protobufjs' fromObject (and so proto-loader's serialiser) takes, by the
// request rules of docs/api-conventions.md. Every decoder is a closure compiled once per type: a
// request walks only its own members. Violations are collected with the member's path
// (`body.contacts[1].phones[0]`, `query.pageSize`, `path.id`) and nothing is called when any is found.

type Violations = FieldViolation[];
/** Decodes one value found at `path`; undefined leaves the field out (absent, or refused). */
export type ValueDecoder = (raw: unknown, path: string, out: Violations) => unknown;
/** JSON values in bodies; text in the query string and the path. */
type Source = 'json' | 'text';

const INT32 = { min: -2147483648, max: 2147483647 };
const UINT32 = { min: 0, max: 4294967295 };
const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };
const UINT64 = { min: 0n, max: 2n ** 64n - 1n };
const DIGITS = /^-?\d{1,20}$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const BASE64 = /^([A-Za-z0-9+/_-]{4})*([A-Za-z0-9+/_-]{2}(==)?|[A-Za-z0-9+/_-]{3}=?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
/** Deepest nesting of a Struct or Value accepted (the JSON parser has no limit of its own). */
const MAX_DEPTH = 32;

const kindName = (raw: unknown) => (raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw);

function validDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The text checks every string gets, then its format's. */
function checkString(
  value: string,
  path: string,
  out: Violations,
  format: StringFormat,
  maxChars: number,
): string | undefined {
  const problem = textProblem(value);
  if (problem) return void out.push({ field: path, message: problem });
  if (value.length > maxChars)
    return void out.push({ field: path, message: `must be at most ${maxChars} characters` });
  if (value === '') return value;
  if (format === 'uuid' && !isUuid(value)) return void out.push({ field: path, message: 'must be a UUID' });
  if (format === 'date' && !(DATE.test(value) && validDate(value)))
    return void out.push({ field: path, message: 'must be a date (YYYY-MM-DD)' });
  if (format === 'date-time' && !(DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))))
    return void out.push({ field: path, message: 'must be an RFC 3339 date and time' });
  return value;
}

function integer(range: { min: number; max: number }, source: Source): ValueDecoder {
  const message = `must be an integer from ${range.min} to ${range.max}`;
  return (raw, path, out) => {
    const n = source === 'text' && typeof raw === 'string' && DIGITS.test(raw) ? Number(raw) : raw;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < range.min || n > range.max)
      return void out.push({ field: path, message });
    return n;
  };
}

function long(range: { min: bigint; max: bigint }): ValueDecoder {
  const message = `must be an integer from ${range.min} to ${range.max} (a string of digits or a number)`;
  return (raw, path, out) => {
    let n: bigint | undefined;
    if (typeof raw === 'string' && DIGITS.test(raw)) n = BigInt(raw);
    else if (typeof raw === 'number' && Number.isSafeInteger(raw)) n = BigInt(raw);
    if (n === undefined || n < range.min || n > range.max) return void out.push({ field: path, message });
    return n.toString();
  };
}

function scalar(kind: ScalarKind, float: boolean, shape: Limits, source: Source): ValueDecoder {
  switch (kind) {
    case 'string':
      return (raw, path, out) =>
        typeof raw === 'string'
          ? checkString(raw, path, out, shape.format, shape.maxChars)
          : void out.push({ field: path, message: `must be a string, not ${kindName(raw)}` });
    case 'int32':
      return integer(INT32, source);
    case 'uint32':
      return integer(UINT32, source);
    case 'int64':
      return long(INT64);
    case 'uint64':
      return long(UINT64);
    case 'double': {
      const message = float ? 'must be a number (float)' : 'must be a number';
      return (raw, path, out) => {
        const n = source === 'text' && typeof raw === 'string' && NUMBER_TEXT.test(raw) ? Number(raw) : raw;
        if (typeof n !== 'number' || !Number.isFinite(n)) return void out.push({ field: path, message });
        return n;
      };
    }
    case 'bool':
      return (raw, path, out) => {
        if (typeof raw === 'boolean') return raw;
        if (source === 'text' && (raw === 'true' || raw === 'false')) return raw === 'true';
        return void out.push({ field: path, message: 'must be true or false' });
      };
    case 'bytes':
      return (raw, path, out) =>
        typeof raw === 'string' && BASE64.test(raw)
          ? raw
          : void out.push({ field: path, message: 'must be base64 text' });
  }
}

interface Limits {
  format: StringFormat;
  maxChars: number;
}

/** Compiles decoders per message type, once; recursive types go through a trampoline. */
export class RequestDecoders {
  private readonly messages = new Map<protobuf.Type, ValueDecoder>();

  constructor(private readonly shapes: MessageShapes) {}

  /** A decoder of a JSON object into `type`, every member allowed but `exclude`d ones. */
  message(type: protobuf.Type, exclude: ReadonlyMap<string, string> = new Map()): ValueDecoder {
    const cacheable = exclude.size === 0;
    const cached = cacheable ? this.messages.get(type) : undefined;
    if (cached) return cached;
    // A recursive type meets the trampoline while compiling, and calls it only once compiled.
    const trampoline: ValueDecoder = (raw, path, out) => compiled(raw, path, out);
    if (cacheable) this.messages.set(type, trampoline);
    const compiled = this.compileMessage(type, exclude);
    if (cacheable) this.messages.set(type, compiled);
    return compiled;
  }

  /** A decoder of one field's JSON value (null and absence by its presence), or of its query text. */
  field(shape: FieldShape, source: Source = 'json'): ValueDecoder {
    const one = this.value(shape.value, shape, source);
    const zero = shape.presence ? zeroValue(shape.value) : undefined;
    if (shape.mapKey) return this.map(shape, one);
    if (!shape.repeated) return (raw, path, out) => (raw === null ? zero : one(raw, path, out));
    const max = shape.maxEntries;
    return (raw, path, out) => {
      if (raw === null) return undefined;
      if (!Array.isArray(raw))
        return void out.push({ field: path, message: `must be an array, not ${kindName(raw)}` });
      if (raw.length > max)
        return void out.push({ field: path, message: `must have at most ${max} entries` });
      const values = new Array<unknown>(raw.length);
      for (let i = 0; i < raw.length; i++) {
        const entry = raw[i] as unknown;
        values[i] =
          entry === null
            ? void out.push({ field: `${path}[${i}]`, message: 'must not be null' })
            : one(entry, `${path}[${i}]`, out);
      }
      return values;
    };
  }

  private map(shape: FieldShape, one: ValueDecoder): ValueDecoder {
    const key = shape.mapKey === 'string' ? undefined : scalar(shape.mapKey!, false, shape, 'text');
    const max = shape.maxEntries;
    return (raw, path, out) => {
      if (raw === null) return undefined;
      if (typeof raw !== 'object' || Array.isArray(raw))
        return void out.push({ field: path, message: `must be a JSON object, not ${kindName(raw)}` });
      const entries = Object.entries(raw);
      if (entries.length > max)
        return void out.push({ field: path, message: `must have at most ${max} entries` });
      const result: Record<string, unknown> = {};
      for (const [k, v] of entries) {
        const at = `${path}.${k}`;
        const problem = textProblem(k);
        if (problem) out.push({ field: at, message: `key ${problem}` });
        else if (key && key(k, at, out) === undefined) continue;
        else if (v === null) out.push({ field: at, message: 'must not be null' });
        else result[k] = one(v, at, out);
      }
      return result;
    };
  }

  private value(value: ValueShape, limits: FieldShape, source: Source): ValueDecoder {
    switch (value.kind) {
      case 'scalar':
        return scalar(value.scalar, value.float, limits, source);
      case 'enum': {
        const { fromRest, restNames } = value.enum;
        const message = `must be one of ${restNames.join(', ')}`;
        return (raw, path, out) => {
          const name = typeof raw === 'string' ? fromRest.get(raw) : undefined;
          return name ?? void out.push({ field: path, message });
        };
      }
      case 'message':
        return this.message(value.type);
      case 'struct':
        return (raw, path, out) => struct(raw, path, out, 0);
      case 'value':
        return (raw, path, out) => jsonValue(raw, path, out, 0);
      case 'list-value':
        return (raw, path, out) => listValue(raw, path, out, 0);
      case 'list': {
        // The wrapper's entries are limited by the field that holds it.
        const entries = this.field({ ...value.values, maxEntries: limits.maxEntries });
        return (raw, path, out) => {
          const values = entries(raw, path, out);
          return values === undefined ? undefined : { values };
        };
      }
    }
  }

  private compileMessage(type: protobuf.Type, exclude: ReadonlyMap<string, string>): ValueDecoder {
    const shape = this.shapes.message(type);
    const members = new Map<string, { decode: ValueDecoder; oneof: string | undefined }>();
    for (const field of shape.fields)
      if (!exclude.has(field.name))
        members.set(field.name, { decode: this.field(field), oneof: field.oneof });
    const oneofs = new Map<string, string[]>();
    for (const field of shape.fields)
      if (field.oneof) oneofs.set(field.oneof, [...(oneofs.get(field.oneof) ?? []), field.name]);
    const what = `a member of ${shape.type.name}`;
    return (raw, path, out) => {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return void out.push({ field: path, message: `must be a JSON object, not ${kindName(raw)}` });
      const result: Record<string, unknown> = {};
      let chosen: Map<string, string> | undefined;
      for (const key of Object.keys(raw)) {
        const at = `${path}.${key}`;
        const member = members.get(key);
        if (!member) {
          out.push({ field: at, message: exclude.get(key) ?? `is not ${what}` });
          continue;
        }
        const given = (raw as Record<string, unknown>)[key];
        if (member.oneof && given !== null) {
          chosen ??= new Map();
          const other = chosen.get(member.oneof);
          if (other) {
            out.push({
              field: at,
              message: `only one of ${oneofs.get(member.oneof)!.join(', ')} may be given`,
            });
            continue;
          }
          chosen.set(member.oneof, key);
        }
        const decoded = member.decode(given, at, out);
        if (decoded !== undefined) result[key] = decoded;
      }
      return result;
    };
  }
}

/** What `null` sets a field with presence to: its zero value, present. */
function zeroValue(value: ValueShape): unknown {
  switch (value.kind) {
    case 'scalar':
      return { string: '', bytes: '', bool: false, int32: 0, uint32: 0, int64: '0', uint64: '0', double: 0 }[
        value.scalar
      ];
    case 'enum':
      return value.enum.zeroName;
    case 'list':
      return { values: [] };
    case 'value':
      return { nullValue: 'NULL_VALUE' };
    case 'list-value':
      return { values: [] };
    default:
      return {};
  }
}

// google.protobuf.Struct / Value / ListValue in the object form fromObject takes.

function struct(raw: unknown, path: string, out: Violations, depth: number): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return void out.push({ field: path, message: `must be a JSON object, not ${kindName(raw)}` });
  const keys = Object.keys(raw);
  if (keys.length > DEFAULT_MAX_ENTRIES)
    return void out.push({ field: path, message: `must have at most ${DEFAULT_MAX_ENTRIES} members` });
  const fields: Record<string, unknown> = {};
  for (const key of keys) {
    const at = `${path}.${key}`;
    const problem = textProblem(key);
    if (problem) out.push({ field: at, message: `member name ${problem}` });
    else fields[key] = jsonValue((raw as Record<string, unknown>)[key], at, out, depth + 1);
  }
  return { fields };
}

function listValue(raw: unknown, path: string, out: Violations, depth: number): unknown {
  if (!Array.isArray(raw))
    return void out.push({ field: path, message: `must be an array, not ${kindName(raw)}` });
  if (raw.length > DEFAULT_MAX_ENTRIES)
    return void out.push({ field: path, message: `must have at most ${DEFAULT_MAX_ENTRIES} entries` });
  return { values: raw.map((entry, i) => jsonValue(entry, `${path}[${i}]`, out, depth + 1)) };
}

function jsonValue(raw: unknown, path: string, out: Violations, depth: number): unknown {
  if (depth > MAX_DEPTH) return void out.push({ field: path, message: `is nested deeper than ${MAX_DEPTH}` });
  if (raw === null) return { nullValue: 'NULL_VALUE' };
  switch (typeof raw) {
    case 'string': {
      const text = checkString(raw, path, out, 'text', DEFAULT_MAX_STRING);
      return text === undefined ? undefined : { stringValue: text };
    }
    case 'number':
      return { numberValue: raw };
    case 'boolean':
      return { boolValue: raw };
    case 'object':
      return Array.isArray(raw)
        ? { listValue: listValue(raw, path, out, depth) }
        : { structValue: struct(raw, path, out, depth) };
    default:
      return void out.push({ field: path, message: 'must be a JSON value' });
  }
}
