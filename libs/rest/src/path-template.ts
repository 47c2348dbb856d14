import { camelCase } from './message-shapes';

// Path templates of REST operations: `google.api.http` paths (`/customers/{customer_id}/cards`) and
// the Express paths of hand-written routes (`/customers/:id`), in one form, so that the gateway can
// find two routes that would answer the same request before it serves any.

export type PathSegment = { literal: string } | { variable: string };

export interface PathTemplate {
  /** The REST form, variables in lowerCamelCase: `/customers/{customerId}/cards`. */
  template: string;
  /** Express' form: `/customers/:customerId/cards`. */
  expressPath: string;
  segments: PathSegment[];
  /** lowerCamelCase names of the variables, in order. */
  variables: string[];
}

const LITERAL = /^[A-Za-z0-9._~-]+$/;
const PROTO_VARIABLE = /^\{([a-z][a-z0-9_]*)\}$/;
const EXPRESS_VARIABLE = /^:([A-Za-z_]\w*)$/;

function build(segments: PathSegment[]): PathTemplate {
  const text = (s: PathSegment, form: 'rest' | 'express') =>
    'literal' in s ? s.literal : form === 'rest' ? `{${s.variable}}` : `:${s.variable}`;
  return {
    template: `/${segments.map((s) => text(s, 'rest')).join('/')}`,
    expressPath: `/${segments.map((s) => text(s, 'express')).join('/')}`,
    segments,
    variables: segments.flatMap((s) => ('variable' in s ? [s.variable] : [])),
  };
}

/** The segments of a path; a `/` inside braces (a `{name=a/*}` pattern) does not split. */
function split(path: string): string[] {
  if (!path.startsWith('/')) throw new Error(`path ${path} must start with /`);
  if (path === '/') return [];
  const segments: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of path.slice(1)) {
    if (c === '/' && depth === 0) {
      segments.push(current);
      current = '';
      continue;
    }
    if (c === '{') depth += 1;
    if (c === '}') depth -= 1;
    current += c;
  }
  segments.push(current);
  return segments;
}

/** A `google.api.http` path under /api/v1; throws saying what is wrong with it. */
export function parseHttpPath(path: string): PathTemplate {
  if (/^\/api(\/|$)/.test(path))
    throw new Error(`path ${path} is under /api/v1 already: leave the prefix out`);
  const segments = split(path).map((segment): PathSegment => {
    const variable = PROTO_VARIABLE.exec(segment);
    if (variable) return { variable: camelCase(variable[1]!) };
    if (segment.includes(':'))
      throw new Error(`path ${path}: "${segment}" has a custom :verb (make the verb a path segment)`);
    if (segment.includes('{'))
      throw new Error(`path ${path}: ${segment} is not a plain {field_name} variable (no = patterns)`);
    if (!LITERAL.test(segment))
      throw new Error(`path ${path}: segment "${segment}" may hold only letters, digits and . _ ~ -`);
    return { literal: segment };
  });
  return build(segments);
}

/** The path of a hand-written Express route (`/customers/:id`). */
export function parseExpressPath(path: string): PathTemplate {
  return build(
    split(path).map((segment): PathSegment => {
      const variable = EXPRESS_VARIABLE.exec(segment);
      return variable ? { variable: variable[1]! } : { literal: segment };
    }),
  );
}

/** Whether two templates answer exactly the same requests (literals and variables at the same places). */
export function samePaths(a: PathTemplate, b: PathTemplate): boolean {
  return (
    a.segments.length === b.segments.length &&
    a.segments.every((s, i) => {
      const t = b.segments[i]!;
      return 'literal' in s ? 'literal' in t && t.literal === s.literal : 'variable' in t;
    })
  );
}

/**
 * Order of registration: at the first segment where two templates differ, a literal comes before a
 * variable, so `/customers/search` is matched before `/customers/{id}` whoever declared it first.
 */
export function bySpecificity(a: PathTemplate, b: PathTemplate): number {
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const s = a.segments[i]!;
    const t = b.segments[i]!;
    const sLiteral = 'literal' in s;
    const tLiteral = 'literal' in t;
    if (sLiteral !== tLiteral) return sLiteral ? -1 : 1;
  }
  // Paths of different lengths never answer the same request; any total order will do.
  return a.segments.length - b.segments.length;
}
