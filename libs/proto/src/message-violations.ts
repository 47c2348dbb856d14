import * as protobuf from 'protobufjs';
import { isUuid, textProblem } from './field-rules';
import { holdsUuids } from './proto-reflection';

/** One field that breaks a rule (the shape of @crm/errors' FieldViolation). */
export interface FieldViolation {
  field: string;
  message: string;
}

// Every string of a decoded message against the field rules of docs/api-conventions.md: each
// service's handler checks its requests with it before a use case sees them (defence in depth behind
// the gateway, which checks the same rules on the JSON). PostgreSQL refuses NUL and invalid UTF-8 in
// text with an error, and an id that is not a UUID can only miss (or fail a uuid column).

/** Enough to tell the caller what to fix without echoing a huge bad request back. */
const MAX_VIOLATIONS = 20;
/** Nested messages deeper than this are not walked (protobuf's own decoder stops at 100). */
const MAX_DEPTH = 32;

/**
 * The violations of a decoded message (proto-loader's object: lowerCamelCase fields) of `type`,
 * fields named as the services' own checks name them (`contacts.0.name`, as zod paths are joined).
 */
export function messageViolations(type: protobuf.Type, message: unknown): FieldViolation[] {
  const out: FieldViolation[] = [];
  walkMessage(type, message, '', out, 0);
  return out;
}

function walkMessage(
  type: protobuf.Type,
  message: unknown,
  prefix: string,
  out: FieldViolation[],
  depth: number,
): void {
  if (message === null || typeof message !== 'object' || depth > MAX_DEPTH) return;
  const values = message as Record<string, unknown>;
  for (const field of type.fieldsArray) {
    const value = values[field.name];
    if (value === null || value === undefined) continue;
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    if (field instanceof protobuf.MapField) {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        checkText(key, `${path}.${key}`, out);
        walkValue(field, item, `${path}.${key}`, out, depth);
      }
    } else if (field.repeated && Array.isArray(value)) {
      value.forEach((item, i) => walkValue(field, item, `${path}.${i}`, out, depth));
    } else {
      walkValue(field, value, path, out, depth);
    }
    if (out.length >= MAX_VIOLATIONS) return;
  }
}

function walkValue(
  field: protobuf.Field,
  value: unknown,
  path: string,
  out: FieldViolation[],
  depth: number,
): void {
  if (out.length >= MAX_VIOLATIONS) return;
  if (typeof value === 'string' && field.type === 'string') {
    if (checkText(value, path, out)) return;
    if (value !== '' && holdsUuids(field) && !isUuid(value))
      out.push({ field: path, message: 'must be a UUID' });
    return;
  }
  const type = field.resolve().resolvedType;
  if (type instanceof protobuf.Type) walkMessage(type, value, path, out, depth + 1);
}

/** Records the text problem of a string, if any; true when there was one. */
function checkText(value: string, path: string, out: FieldViolation[]): boolean {
  const problem = textProblem(value);
  if (problem) out.push({ field: path, message: problem });
  return problem !== undefined;
}
