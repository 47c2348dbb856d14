import { z } from 'zod';
import { fromZodError, invalidArgument } from '@crm/errors';

/** Shared input pieces: every use case validates its whole input with a strict schema (unknown fields fail). */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// C0/C1 control characters (NUL would even break PostgreSQL text); tabs and newlines have no place in names.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export const isUuid = (value: string): boolean => UUID.test(value);

export const uuid = () => z.string().regex(UUID, 'must be a UUID');

/** Trimmed single-line text of `min`..`max` characters. */
export const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? 'is required' : `at least ${min} characters`)
    .max(max, `at most ${max} characters`)
    .refine((v) => !CONTROL.test(v), 'must not contain control characters');

/** Optional text where an empty value means "none" (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .refine((v) => !CONTROL.test(v), 'must not contain control characters')
    .transform((v) => (v === '' ? null : v));

export const phone = () =>
  optionalText(40).refine((v) => v === null || /^\+?[0-9][0-9 ()-]{2,38}$/.test(v), 'is not a phone number');

export const email = () =>
  z
    .string()
    .trim()
    .max(254, 'at most 254 characters')
    .refine((v) => v === '' || z.email().safeParse(v).success, 'is not an e-mail address')
    .transform((v) => (v === '' ? null : v));

/** Parses `value` with `schema`; a mismatch is INVALID_ARGUMENT naming each field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZodError(result.error, `${what} is invalid`);
  return result.data;
}

export function requireUuid(id: string, field = 'id'): string {
  if (!UUID.test(id))
    throw invalidArgument(`${field} must be a UUID`, [{ field, message: 'must be a UUID' }]);
  return id.toLowerCase();
}

/** Escapes LIKE wildcards so a search text matches literally. */
export const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
