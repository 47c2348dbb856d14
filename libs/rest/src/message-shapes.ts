import * as protobuf from 'protobufjs';
import { isIdFieldName } from '@crm/proto';

// What the conventions of docs/api-conventions.md need to know about a message's fields, worked out
// once per type from the reflection Root: the request decoder, the response encoder and the JSON
// schemas are all compiled from these shapes, so the three cannot disagree.

export type ScalarKind = 'string' | 'bytes' | 'bool' | 'int32' | 'uint32' | 'int64' | 'uint64' | 'double';

/** An enum's REST names: its value names without the enum's prefix; the zero value has none. */
export interface EnumShape {
  fullName: string;
  /** The type's own name (`CustomerKind`), for schemas. */
  name: string;
  comment: string | undefined;
  /** REST names of the non-zero values, in declaration order. */
  restNames: string[];
  /** proto value name → REST name (the zero value → null). */
  toRest: Map<string | number, string | null>;
  /** REST name → proto value name (the zero value is not accepted). */
  fromRest: Map<string, string>;
  /** The zero value's proto name (what `null` sets a field with presence to). */
  zeroName: string;
}

export type ValueShape =
  | { kind: 'scalar'; scalar: ScalarKind; float: boolean }
  | { kind: 'enum'; enum: EnumShape }
  | { kind: 'message'; type: protobuf.Type }
  /** google.protobuf.Struct: any JSON object. */
  | { kind: 'struct' }
  /** google.protobuf.Value: any JSON value. */
  | { kind: 'value' }
  /** google.protobuf.ListValue: any JSON array. */
  | { kind: 'list-value' }
  /** A `…List` wrapper (only `repeated T values = 1`): the bare array, or null when absent. */
  | { kind: 'list'; type: protobuf.Type; values: FieldShape };

export type StringFormat = 'text' | 'uuid' | 'date' | 'date-time';

export interface FieldShape {
  field: protobuf.Field;
  /** lowerCamelCase: the JSON member and proto-loader's key. */
  name: string;
  repeated: boolean;
  /** A map field: its key kind (the value is described by `value`). */
  mapKey: ScalarKind | undefined;
  /** Whether absent differs from the zero value (optional scalar or enum, message, oneof member). */
  presence: boolean;
  value: ValueShape;
  /** What a string (or each string of a repeated field) holds. */
  format: StringFormat;
  /** Longest string in characters (of each entry, for a repeated field). */
  maxChars: number;
  /** Most entries of a repeated field or map (a `…List` wrapper's are its field's). */
  maxEntries: number;
  /** Whether `max_length` was declared (else the defaults apply, documented once in the conventions). */
  limited: boolean;
  /** The real oneof the field belongs to (not the synthetic one of a proto3 optional). */
  oneof: string | undefined;
  comment: string | undefined;
}

export interface MessageShape {
  type: protobuf.Type;
  fullName: string;
  fields: FieldShape[];
  /** A page (`next_page_token` and exactly one repeated field): answered as `{ items, nextPageToken }`. */
  page: { items: FieldShape; token: FieldShape } | undefined;
}

export const DEFAULT_MAX_STRING = 20_000;
export const DEFAULT_MAX_ENTRIES = 1000;

const SCALARS: Record<string, { scalar: ScalarKind; float?: boolean }> = {
  string: { scalar: 'string' },
  bytes: { scalar: 'bytes' },
  bool: { scalar: 'bool' },
  int32: { scalar: 'int32' },
  sint32: { scalar: 'int32' },
  sfixed32: { scalar: 'int32' },
  uint32: { scalar: 'uint32' },
  fixed32: { scalar: 'uint32' },
  int64: { scalar: 'int64' },
  sint64: { scalar: 'int64' },
  sfixed64: { scalar: 'int64' },
  uint64: { scalar: 'uint64' },
  fixed64: { scalar: 'uint64' },
  double: { scalar: 'double' },
  float: { scalar: 'double', float: true },
};

const FORMATS: Record<string, StringFormat | undefined> = {
  FORMAT_TEXT: 'text',
  FORMAT_UUID: 'uuid',
  FORMAT_DATE: 'date',
  FORMAT_DATE_TIME: 'date-time',
};

/** `CustomerKind` → `CUSTOMER_KIND_`, the prefix buf's ENUM_VALUE_PREFIX rule asks for. */
export function enumPrefix(name: string): string {
  return `${name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}_`;
}

/** proto-loader's (and protobufjs') lowerCamelCase of a snake_case field name. */
export function camelCase(name: string): string {
  return protobuf.util.camelCase(name);
}

interface FieldRulesOption {
  format?: string;
  max_length?: number;
}

function fieldRules(field: protobuf.Field): FieldRulesOption {
  for (const option of (field.parsedOptions ?? []) as Record<string, unknown>[]) {
    const rules = (option as Record<string, unknown>)['(crm.api.v1.field)'];
    if (rules) return rules as FieldRulesOption;
  }
  return {};
}

/** The shapes of one Root's types, each worked out once. */
export class MessageShapes {
  private readonly messages = new Map<protobuf.Type, MessageShape>();
  private readonly enums = new Map<protobuf.Enum, EnumShape>();

  constructor(readonly root: protobuf.Root) {}

  /** A message type by full name (`crm.customers.v1.Customer`, with or without the leading dot). */
  type(fullName: string): protobuf.Type {
    const found = this.root.lookup(fullName.replace(/^\./, ''));
    if (!(found instanceof protobuf.Type))
      throw new Error(`${fullName} is not a message type of the proto root`);
    return found;
  }

  message(type: protobuf.Type): MessageShape {
    let shape = this.messages.get(type);
    if (shape) return shape;
    const fields = type.fieldsArray.map((field) => this.field(field));
    const repeated = fields.filter((f) => f.repeated && !f.mapKey);
    const token = fields.find((f) => f.name === 'nextPageToken' && !f.repeated);
    const items = repeated.length === 1 ? repeated[0] : undefined;
    shape = {
      type,
      fullName: type.fullName.replace(/^\./, ''),
      fields,
      page: token && items && token.value.kind === 'scalar' ? { items, token } : undefined,
    };
    this.messages.set(type, shape);
    return shape;
  }

  enum(type: protobuf.Enum): EnumShape {
    let shape = this.enums.get(type);
    if (shape) return shape;
    const prefix = enumPrefix(type.name);
    const toRest = new Map<string | number, string | null>();
    const fromRest = new Map<string, string>();
    const restNames: string[] = [];
    let zeroName = '';
    for (const [name, number] of Object.entries(type.values)) {
      if (number === 0) {
        zeroName ||= name;
        toRest.set(name, null);
        toRest.set(0, null);
        continue;
      }
      const rest = name.startsWith(prefix) ? name.slice(prefix.length) : name;
      toRest.set(name, rest);
      toRest.set(number, rest);
      if (!fromRest.has(rest)) {
        fromRest.set(rest, name);
        restNames.push(rest);
      }
    }
    shape = {
      fullName: type.fullName.replace(/^\./, ''),
      name: type.name,
      comment: type.comment ?? undefined,
      restNames,
      toRest,
      fromRest,
      zeroName,
    };
    this.enums.set(type, shape);
    return shape;
  }

  private field(field: protobuf.Field): FieldShape {
    field.resolve();
    const rules = fieldRules(field);
    const value = this.valueShape(field);
    const named = FORMATS[rules.format ?? ''];
    const format: StringFormat = named ?? (isIdFieldName(field.name) ? 'uuid' : 'text');
    const repeated = field.repeated || field.map;
    const limit = rules.max_length && rules.max_length > 0 ? rules.max_length : undefined;
    const realOneof = field.partOf && !field.options?.proto3_optional ? field.partOf.name : undefined;
    return {
      field,
      name: field.name,
      repeated,
      mapKey: field.map ? SCALARS[(field as unknown as protobuf.MapField).keyType]?.scalar : undefined,
      // protobufjs' hasPresence says false for proto3 message fields: decided here instead.
      presence: !repeated && (Boolean(field.partOf) || (value.kind !== 'scalar' && value.kind !== 'enum')),
      value,
      format,
      maxChars: !repeated && value.kind === 'scalar' && limit ? limit : DEFAULT_MAX_STRING,
      maxEntries: (repeated || value.kind === 'list') && limit ? limit : DEFAULT_MAX_ENTRIES,
      limited: limit !== undefined,
      oneof: realOneof,
      comment: field.comment ?? undefined,
    };
  }

  private valueShape(field: protobuf.Field): ValueShape {
    const scalar = SCALARS[field.type];
    if (scalar) return { kind: 'scalar', scalar: scalar.scalar, float: scalar.float ?? false };
    const resolved = field.resolvedType;
    if (resolved instanceof protobuf.Enum) return { kind: 'enum', enum: this.enum(resolved) };
    if (!(resolved instanceof protobuf.Type))
      throw new Error(`${field.fullName}: unresolved type ${field.type}`);
    const fullName = resolved.fullName.replace(/^\./, '');
    if (fullName === 'google.protobuf.Struct') return { kind: 'struct' };
    if (fullName === 'google.protobuf.Value') return { kind: 'value' };
    if (fullName === 'google.protobuf.ListValue') return { kind: 'list-value' };
    const values = this.listValues(resolved);
    return values ? { kind: 'list', type: resolved, values } : { kind: 'message', type: resolved };
  }

  /** The `values` field of a `…List` wrapper (a message whose only field is `repeated T values = 1`). */
  listValues(type: protobuf.Type): FieldShape | undefined {
    const only = type.fieldsArray.length === 1 ? type.fieldsArray[0] : undefined;
    return type.name.endsWith('List') &&
      only?.name === 'values' &&
      only.id === 1 &&
      only.repeated &&
      !only.map
      ? this.field(only)
      : undefined;
  }
}
