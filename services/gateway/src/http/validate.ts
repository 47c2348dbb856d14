import type { z } from 'zod';
import { fromZodError } from '@crm/errors';

/** Parses a request part with its schema; a mismatch is a 400 naming each field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZodError(result.error, `${what} is invalid`);
  return result.data;
}
