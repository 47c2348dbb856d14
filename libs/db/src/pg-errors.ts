import pg from 'pg';
import { DomainError, invalidArgument } from '@crm/errors';

// PostgreSQL errors that only a client's input can cause, as the INVALID_ARGUMENT they are. The
// edge and every service refuse such input before it gets here (NUL, invalid UTF-8, ids that are not
// UUIDs); this is the last net, so a value that slips through is a 400 and not a 500.
const inputErrors: Record<string, string> = {
  // character_not_in_repertoire: "invalid byte sequence for encoding "UTF8": 0x00"
  '22021': 'text must be valid UTF-8 without the NUL character',
  // untranslatable_character
  '22P05': 'text must be valid UTF-8 without the NUL character',
  // invalid_text_representation: "invalid input syntax for type uuid"
  '22P02': 'a value has the wrong form (an id must be a UUID)',
};

/** The INVALID_ARGUMENT a PostgreSQL error caused by input stands for, or undefined for any other. */
export function inputErrorOf(err: unknown): DomainError | undefined {
  if (err instanceof DomainError) return undefined;
  const code = (err as { code?: unknown } | null)?.code;
  const message = typeof code === 'string' ? inputErrors[code] : undefined;
  return message === undefined ? undefined : invalidArgument(message);
}

type QueryCallback = (err: Error | null, result?: unknown) => void;

/**
 * The pool's client: every query (promise or callback, through the pool or a checked-out client in
 * a transaction) fails with inputErrorOf's DomainError where there is one, and as before otherwise.
 */
export class InputCheckedClient extends pg.Client {
  // pg's query() has a dozen overloads; this forwards all of them unchanged.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === 'function') {
      const callback = last as QueryCallback;
      args[args.length - 1] = (err: Error | null, result?: unknown) =>
        callback(err && (inputErrorOf(err) ?? err), result);
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise)
      return result.catch((err: unknown) => {
        throw inputErrorOf(err) ?? err;
      }) as never;
    return result as never;
  }
}
