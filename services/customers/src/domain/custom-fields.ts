import type { FieldViolation } from '@crm/errors';
import type { CustomFieldValue, CustomFieldValues } from './customer';
import { isCalendarDate } from './text-rules';
import { limits } from './customer';

export const customFieldTypes = ['text', 'number', 'date', 'option'] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

/** A custom field of one branch's customers (JSONB values validated against it). */
export interface CustomFieldDefinition {
  id: string;
  branchId: string;
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
  position: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const CUSTOM_FIELD_KEY = /^[a-z][a-z0-9_]{0,39}$/;
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/**
 * Parses the JSON of custom field values as sent (an object whose values are strings, numbers or null;
 * null removes a key in an update). Returns the object or the violations.
 */
export function parseCustomFieldsJson(
  json: string,
): { ok: true; values: Record<string, unknown> } | { ok: false; violations: FieldViolation[] } {
  const field = 'customFields';
  if (Buffer.byteLength(json, 'utf8') > limits.customFieldsBytes)
    return { ok: false, violations: [{ field, message: `at most ${limits.customFieldsBytes} bytes` }] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, violations: [{ field, message: 'is not valid JSON' }] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false, violations: [{ field, message: 'must be an object' }] };
  return { ok: true, values: parsed as Record<string, unknown> };
}

/**
 * Checks values against the branch's definitions: every key defined, every value of its type (text:
 * a string; number: a finite number; date: YYYY-MM-DD; option: one of the options). `null` (remove) is
 * allowed where `allowNull`. With `complete`, required fields must be present (a new record).
 */
export function validateCustomFields(
  values: Record<string, unknown>,
  definitions: CustomFieldDefinition[],
  opts: { allowNull: boolean; complete: boolean },
): { values: Record<string, CustomFieldValue | null>; violations: FieldViolation[] } {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const violations: FieldViolation[] = [];
  const out: Record<string, CustomFieldValue | null> = {};
  for (const [key, value] of Object.entries(values)) {
    const field = `customFields.${key.slice(0, 64)}`;
    const def = byKey.get(key);
    if (!def) {
      violations.push({ field, message: 'is not a custom field of this branch' });
      continue;
    }
    if (value === null) {
      if (opts.allowNull && !def.required) out[key] = null;
      else violations.push({ field, message: 'is required' });
      continue;
    }
    const problem = valueProblem(def, value);
    if (problem) violations.push({ field, message: problem });
    else out[key] = typeof value === 'string' ? value.normalize('NFC').trim() : (value as number);
  }
  if (opts.complete) {
    for (const def of definitions) {
      if (def.required && (values[def.key] === undefined || values[def.key] === null))
        violations.push({ field: `customFields.${def.key}`, message: 'is required' });
    }
  }
  return { values: out, violations };
}

function valueProblem(def: CustomFieldDefinition, value: unknown): string | undefined {
  switch (def.type) {
    case 'text':
      if (typeof value !== 'string') return 'must be a text';
      if (CONTROL.test(value.replace(/[\n\r\t]/g, ''))) return 'must not contain control characters';
      if ([...value].length > limits.customFieldText) return `at most ${limits.customFieldText} characters`;
      if (def.required && value.trim() === '') return 'is required';
      return undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? undefined : 'must be a date (YYYY-MM-DD)';
    case 'option':
      return typeof value === 'string' && def.options.includes(value)
        ? undefined
        : `must be one of: ${def.options.join(', ')}`;
  }
}

/** Applies an update's values: null removes the key. */
export function mergeCustomFields(
  current: CustomFieldValues,
  patch: Record<string, CustomFieldValue | null>,
): CustomFieldValues {
  const next: CustomFieldValues = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}
