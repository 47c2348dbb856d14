// The field rules of docs/api-conventions.md that more than one transport applies: the gateway's
// transcoder checks them before a call, and every service's handler checks them again (defence in
// depth), so both read them from here.

/** A field named `id`, `…_id` or `…_ids` (lowerCamelCase: `id`, `…Id`, `…Ids`) holds UUIDs. */
export function isIdFieldName(name: string): boolean {
  return name === 'id' || /(_id|_ids|[a-z0-9]Ids?)$/.test(name);
}

// A high surrogate without its low half, or a low one without its high half.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An RFC 4122 UUID in its canonical text form (any version; case-insensitive). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * What is wrong with a string that must reach a database as text, or undefined: PostgreSQL refuses
 * the NUL character in text, and a lone surrogate (what invalid UTF-8 decodes to, or a broken JSON
 * escape) cannot be stored as UTF-8 at all.
 */
export function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(value)) return 'must be valid UTF-8 (it holds a lone surrogate)';
  return undefined;
}
