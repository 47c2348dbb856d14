import type * as protobuf from 'protobufjs';
import type { FieldShape, MessageShapes, ScalarKind, ValueShape } from './message-shapes';

// proto-loader's output object (`longs: String, enums: String, defaults: true, oneofs: true`) → REST
// JSON by the response rules of docs/api-conventions.md: every field present, absent values with
// presence as null, enums without their prefix (the zero value null), 64-bit integers as strings,
// Struct as plain JSON, `…List` wrappers as bare arrays, pages as { items, nextPageToken }. Compiled
// once per type into closures; objects missing defaults (built by hand) get the zero values.

export type ValueEncoder = (value: unknown) => unknown;

const zeroScalar: Record<ScalarKind, unknown> = {
  string: '',
  bytes: '',
  bool: false,
  int32: 0,
  uint32: 0,
  int64: '0',
  uint64: '0',
  double: 0,
};

function scalarEncoder(kind: ScalarKind, presence: boolean): ValueEncoder {
  const zero = presence ? null : zeroScalar[kind];
  switch (kind) {
    case 'int64':
    case 'uint64':
      return (v) => (v === undefined || v === null ? zero : typeof v === 'string' ? v : String(v));
    case 'bytes':
      return (v) =>
        v === undefined || v === null
          ? zero
          : typeof v === 'string'
            ? v
            : Buffer.from(v as Uint8Array).toString('base64');
    default:
      return (v) => (v === undefined || v === null ? zero : v);
  }
}

export class ResponseEncoders {
  private readonly messages = new Map<protobuf.Type, ValueEncoder>();

  constructor(private readonly shapes: MessageShapes) {}

  message(type: protobuf.Type): ValueEncoder {
    const cached = this.messages.get(type);
    if (cached) return cached;
    // A recursive type meets the trampoline while compiling, and calls it only once compiled.
    const trampoline: ValueEncoder = (v) => compiled(v);
    this.messages.set(type, trampoline);
    const compiled = this.compileMessage(type);
    this.messages.set(type, compiled);
    return compiled;
  }

  /** One field's value as REST JSON. */
  field(shape: FieldShape): ValueEncoder {
    const one = this.value(shape.value, shape.presence);
    if (shape.mapKey)
      return (v) => {
        const result: Record<string, unknown> = {};
        if (v) for (const [k, entry] of Object.entries(v)) result[k] = one(entry);
        return result;
      };
    if (!shape.repeated) return one;
    return (v) => {
      if (!Array.isArray(v)) return [];
      const result = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) result[i] = one(v[i]);
      return result;
    };
  }

  private value(value: ValueShape, presence: boolean): ValueEncoder {
    switch (value.kind) {
      case 'scalar':
        return scalarEncoder(value.scalar, presence);
      case 'enum': {
        const { toRest } = value.enum;
        return (v) => toRest.get(v as string) ?? null;
      }
      case 'message': {
        const encode = this.message(value.type);
        return (v) => (v === undefined || v === null ? null : encode(v));
      }
      case 'struct':
        return (v) => (v === undefined || v === null ? null : structJson(v));
      case 'value':
        return (v) => (v === undefined || v === null ? null : valueJson(v));
      case 'list-value':
        return (v) => (v === undefined || v === null ? null : listJson(v));
      case 'list': {
        const values = this.field(value.values);
        return (v) => (v === undefined || v === null ? null : values((v as { values?: unknown }).values));
      }
    }
  }

  private compileMessage(type: protobuf.Type): ValueEncoder {
    const shape = this.shapes.message(type);
    const page = shape.page;
    // The answer's members in order: a page's items and token first, under their REST names.
    const members: { key: string; field: FieldShape; token?: boolean }[] = page
      ? [
          { key: 'items', field: page.items },
          { key: 'nextPageToken', field: page.token, token: true },
          ...shape.fields
            .filter((f) => f !== page.items && f !== page.token)
            .map((f) => ({ key: f.name, field: f })),
        ]
      : shape.fields.map((f) => ({ key: f.name, field: f }));
    // One object literal with fixed keys, built by generated code: V8 gives every answer of the
    // type one hidden class, several times faster than filling an object member by member.
    const encoders: ValueEncoder[] = [];
    const entries = members.map(({ key, field, token }) => {
      const read = `o[${JSON.stringify(field.name)}]`;
      let expression: string;
      if (token) expression = `${read} || null`;
      else if (inlineZero(field) !== undefined) expression = `${read} ?? ${inlineZero(field)}`;
      else {
        encoders.push(this.field(field));
        expression = `e[${encoders.length - 1}](${read})`;
      }
      return `${JSON.stringify(key)}: ${expression}`;
    });
    const factory = new Function('e', `return function encode(o) { return { ${entries.join(', ')} }; };`) as (
      e: ValueEncoder[],
    ) => ValueEncoder;
    return factory(encoders);
  }
}

/** The literal a single scalar field answers when absent (null with presence), if it needs no conversion. */
function inlineZero(field: FieldShape): string | undefined {
  if (field.repeated || field.value.kind !== 'scalar') return undefined;
  if (field.presence) return ['int64', 'uint64', 'bytes'].includes(field.value.scalar) ? undefined : 'null';
  switch (field.value.scalar) {
    case 'string':
      return "''";
    case 'bool':
      return 'false';
    case 'int32':
    case 'uint32':
    case 'double':
      return '0';
    default:
      return undefined;
  }
}

// google.protobuf.Struct / Value / ListValue (proto-loader objects, `kind` naming the member set).

interface ValueObject {
  kind?: string;
  nullValue?: unknown;
  numberValue?: number;
  stringValue?: string;
  boolValue?: boolean;
  structValue?: { fields?: Record<string, ValueObject> };
  listValue?: { values?: ValueObject[] };
}

function structJson(v: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const fields = (v as { fields?: Record<string, ValueObject> }).fields ?? {};
  for (const [k, entry] of Object.entries(fields)) result[k] = valueJson(entry);
  return result;
}

function listJson(v: unknown): unknown[] {
  return ((v as { values?: ValueObject[] }).values ?? []).map(valueJson);
}

function valueJson(v: unknown): unknown {
  const value = v as ValueObject;
  if (value.structValue !== undefined && value.structValue !== null) return structJson(value.structValue);
  if (value.listValue !== undefined && value.listValue !== null) return listJson(value.listValue);
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.numberValue !== undefined) return value.numberValue;
  if (value.boolValue !== undefined) return value.boolValue;
  return null;
}
