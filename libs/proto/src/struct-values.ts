import type * as pb from './generated/google/protobuf/index';

// pb.Struct (JSON objects in messages, e.g. a customer's custom fields) in the object
// form proto-loader reads and writes (`{ fields: { key: { stringValue: 'x' } } }`), to and from plain
// JSON values. The REST side has its own codec (libs/rest); this is what services map with.

type StructObject = pb.Struct;
type ValueObject = pb.Value;
type ReadStruct = pb.Struct__Output | StructObject | null | undefined;
type ReadValue = pb.Value__Output | ValueObject | null | undefined;

/** A plain JSON object as a Struct. */
export function toStruct(object: Record<string, unknown>): StructObject {
  const fields: Record<string, ValueObject> = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) fields[key] = toValue(value);
  return { fields };
}

export function toValue(value: unknown): ValueObject {
  if (value === null || value === undefined) return { nullValue: 'NULL_VALUE' };
  switch (typeof value) {
    case 'string':
      return { stringValue: value };
    case 'number':
      return { numberValue: value };
    case 'boolean':
      return { boolValue: value };
    case 'object':
      return Array.isArray(value)
        ? { listValue: { values: value.map(toValue) } }
        : { structValue: toStruct(value as Record<string, unknown>) };
    default:
      return { nullValue: 'NULL_VALUE' };
  }
}

/** A Struct as a plain JSON object (an absent one as undefined). */
export function fromStruct(struct: ReadStruct): Record<string, unknown> | undefined {
  if (!struct) return undefined;
  const object: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(struct.fields ?? {})) object[key] = fromValue(value);
  return object;
}

export function fromValue(value: ReadValue): unknown {
  if (!value) return null;
  if (value.structValue) return fromStruct(value.structValue);
  if (value.listValue) return (value.listValue.values ?? []).map(fromValue);
  if (value.stringValue !== undefined && value.stringValue !== null) return value.stringValue;
  if (value.numberValue !== undefined && value.numberValue !== null) return value.numberValue;
  if (value.boolValue !== undefined && value.boolValue !== null) return value.boolValue;
  return null;
}
