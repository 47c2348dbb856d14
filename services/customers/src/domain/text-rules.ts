import { z } from 'zod';

// Control characters (NUL breaks PostgreSQL text; others break CSV, logs and terminals) and the
// bidirectional overrides that make a name display differently from what it is.
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const LINE_BREAKS = /[\n\r\t]/g;

/** A one-line text: trimmed, NFC, no control characters, at most `max` characters. */
export const singleLine = (max: number) =>
  z
    .string()
    .transform((v) => v.normalize('NFC').trim())
    .refine((v) => !CONTROL.test(v), 'must not contain control characters')
    .refine((v) => [...v].length <= max, `at most ${max} characters`);

/** A multi-line text: like singleLine, but line breaks and tabs are allowed. */
export const multiLine = (max: number) =>
  z
    .string()
    .transform((v) => v.normalize('NFC').trim())
    .refine((v) => !CONTROL.test(v.replace(LINE_BREAKS, '')), 'must not contain control characters')
    .refine((v) => [...v].length <= max, `at most ${max} characters`);

/** An optional text where empty means absent (proto3 strings): '' → null. */
export const optionalLine = (max: number) =>
  singleLine(max)
    .optional()
    .transform((v) => (v ? v : null));

export const optionalMultiLine = (max: number) =>
  multiLine(max)
    .optional()
    .transform((v) => (v ? v : null));

/** Whether a string is free of control characters (for search terms and other free text). */
export const hasNoControlCharacters = (v: string) => !CONTROL.test(v);

/** A calendar date YYYY-MM-DD that exists (no 2023-02-30). */
export function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1000 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string) => UUID.test(v);
