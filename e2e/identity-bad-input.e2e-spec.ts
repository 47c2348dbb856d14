/**
 * Bad input on every identity route with a body (issue 3): malformed JSON, a non-object, unknown
 * fields, wrong types, oversized bodies, very long Unicode strings and SQL metacharacters in
 * constrained fields. Each answer is a 4xx problem+json, never a 5xx, and nothing is stored — every
 * identity change writes an audit entry, so an unchanged audit log proves it.
 */
import { signInForWork, startSystemUnderTest } from './support/system-under-test';

const identityTags = new Set(['auth', 'users', 'roles', 'branches', 'departments', 'employees', 'sites']);
const FAKE_ID = '6a1c2a0e-0000-4000-8000-000000000000';
const hostileSql = "x'; DROP TABLE users; --";
const longUnicode = '𠀀汉字🙂'.repeat(3000);

interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  anyOf?: Schema[];
}

let system: Awaited<ReturnType<typeof startSystemUnderTest>>;
let token = '';

beforeAll(async () => {
  system = await startSystemUnderTest({ RATE_LIMIT_LOGIN_PER_MINUTE: '100000' });
  token = await signInForWork(system.httpUrl, 'admin', system.adminPassword);
}, 90_000);

afterAll(async () => {
  await system?.dispose();
}, 30_000);

async function send(method: string, path: string, raw: string) {
  const res = await fetch(`${system.httpUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: raw,
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text };
}

async function auditCount(): Promise<number> {
  let count = 0;
  let pageToken: string | null = null;
  do {
    const q: string = pageToken ? `&pageToken=${encodeURIComponent(pageToken)}` : '';
    const res = await fetch(`${system.httpUrl}/api/v1/audit?pageSize=200${q}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await res.json()) as { items: unknown[]; nextPageToken: string | null };
    count += body.items.length;
    pageToken = body.nextPageToken;
  } while (pageToken);
  return count;
}

const typeOf = (s: Schema) =>
  (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type) ?? s.anyOf?.[0]?.type;
const wrongValue = (s: Schema): unknown =>
  typeOf(s) === 'string' ? 12345 : typeOf(s) === 'array' ? 'not-a-list' : 'not-a-number';

describe('identity routes refuse bad input and store nothing', () => {
  it('answers every hostile body with a 4xx problem', async () => {
    const doc = (await (await fetch(`${system.httpUrl}/api/v1/openapi.json`)).json()) as {
      components: { schemas: Record<string, Schema> };
      paths: Record<
        string,
        Record<
          string,
          { tags: string[]; requestBody?: { content: { 'application/json': { schema: Schema } } } }
        >
      >;
    };
    const before = await auditCount();
    const failures: string[] = [];
    let requests = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!op.requestBody || !identityTags.has(op.tags[0]!)) continue;
        // A hand-written route's body is a component (its proto message), a transcoded one inline.
        const declared = op.requestBody.content['application/json'].schema;
        const schema = declared.$ref
          ? doc.components.schemas[declared.$ref.replace('#/components/schemas/', '')]!
          : declared;
        const props = Object.entries(schema.properties ?? {});
        const url = path.replace(/\{\w+\}/g, FAKE_ID);
        const bodies: [string, string][] = [
          ['malformed JSON', '{"name": "x",'],
          ['a JSON array', '[1,2,3]'],
          ['an unknown field', JSON.stringify({ surprise: true })],
          ['wrong types', JSON.stringify(Object.fromEntries(props.map(([k, s]) => [k, wrongValue(s)])))],
          ['an oversized body', JSON.stringify({ name: 'x'.repeat(300_000) })],
        ];
        for (const [k, s] of props) {
          if (typeOf(s) !== 'string' || s.enum) continue;
          bodies.push([`a very long Unicode ${k}`, JSON.stringify({ [k]: longUnicode })]);
          if (s.pattern || s.format)
            bodies.push([`SQL metacharacters in ${k}`, JSON.stringify({ [k]: hostileSql })]);
        }
        for (const [what, raw] of bodies) {
          requests += 1;
          const res = await send(method.toUpperCase(), url, raw);
          const isProblem = res.type.includes('application/problem+json');
          if (res.status < 400 || res.status >= 500 || !isProblem) {
            failures.push(
              `${method.toUpperCase()} ${path} with ${what} → ${res.status} ${res.text.slice(0, 120)}`,
            );
          }
        }
      }
    }
    console.warn(`identity bad-input: ${requests} hostile requests`);
    expect(failures).toEqual([]);
    expect(await auditCount()).toBe(before);
    // The control: a valid change does show in the audit log, so the count above can catch a write.
    const ok = await send('POST', '/api/v1/branches', JSON.stringify({ code: 'CTRL', name: '对照分公司' }));
    expect(ok.status).toBe(201);
    expect(await auditCount()).toBeGreaterThan(before);
  }, 120_000);
});
