/**
 * The gateway's text guard on its own (issue 10): an Express app with the guard, one echo route and
 * the problem handler, called with raw bytes over HTTP.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createLogger } from '@crm/log';
import { notFoundHandler, problemHandler } from '../src/http/problem.middleware';
import { decodeEscapingInvalid, requestTextGuard } from '../src/http/request-text.middleware';

let server: Server;
let base = '';
let reached = 0;

beforeAll(async () => {
  const app = express();
  app.set('query parser', 'simple');
  app.use('/api/v1', requestTextGuard({ bodyLimit: '10kb' }));
  app.use('/api/v1', express.json(), (req, res) => {
    reached += 1;
    res.json({ path: req.path, query: req.query, body: req.body ?? null });
  });
  app.use(notFoundHandler());
  app.use(problemHandler(createLogger({ service: 'test', level: 'silent' })));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function send(pathAndQuery: string, body?: Buffer | string) {
  const res = await fetch(`${base}${pathAndQuery}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a problem or an echo
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as any };
}

const NUL = 'must not contain the NUL character (U+0000)';
const UTF8 = 'must be valid UTF-8 (it holds a lone surrogate)';

describe('requestTextGuard', () => {
  it('passes good text of every kind, Chinese and emoji included, to the routes', async () => {
    const before = reached;
    const ok = await send(
      `/api/v1/客户/${encodeURIComponent('青山')}?q=${encodeURIComponent('鸡苗 🐔')}&tag=a+b`,
      JSON.stringify({ name: '青山家禽', tags: ['肉鸡', '🐣'], nested: { note: 'ok' } }),
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ query: { q: '鸡苗 🐔', tag: 'a b' }, body: { name: '青山家禽' } });
    expect(reached).toBe(before + 1);
  });

  it('refuses NUL and invalid UTF-8 in the path, a query parameter (name or value) and the body, naming where', async () => {
    const before = reached;
    const cases: [string, Buffer | string | undefined, { field: string; message: string }[]][] = [
      ['/api/v1/customer-settings/%00', undefined, [{ field: 'path', message: NUL }]],
      ['/api/v1/customers/%FF%FE', undefined, [{ field: 'path', message: UTF8 }]],
      ['/api/v1/customers?q=%00', undefined, [{ field: 'query.q', message: NUL }]],
      ['/api/v1/customers?q=%C3%28&pageSize=2', undefined, [{ field: 'query.q', message: UTF8 }]],
      ['/api/v1/customers?%FF=1', undefined, [{ field: 'query', message: UTF8 }]],
      ['/api/v1/customers', '{"name":"a\\u0000b"}', [{ field: 'body.name', message: NUL }]],
      ['/api/v1/customers', '{"tags":["ok","\\ud800"]}', [{ field: 'body.tags[1]', message: UTF8 }]],
      ['/api/v1/customers', '{"a":{"b\\u0000":1}}', [{ field: 'body.a', message: NUL }]],
      [
        '/api/v1/customers',
        Buffer.concat([Buffer.from('{"name":"青'), Buffer.from([0xff]), Buffer.from('","ok":"好"}')]),
        [{ field: 'body.name', message: UTF8 }],
      ],
      [
        '/api/v1/%00?q=%00',
        '{"x":"\\u0000"}',
        [
          { field: 'path', message: NUL },
          { field: 'query.q', message: NUL },
          { field: 'body.x', message: NUL },
        ],
      ],
    ];
    for (const [url, body, errors] of cases) {
      const res = await send(url, body);
      expect({ url, status: res.status, errors: res.body.errors }).toEqual({ url, status: 400, errors });
      expect(res.type).toContain('application/problem+json');
      expect(res.body.code).toBe('INVALID_ARGUMENT');
    }
    expect(reached).toBe(before);
  });

  it('decodes invalid bytes as lone surrogates, and well-formed UTF-8 as it is', () => {
    expect(decodeEscapingInvalid(Buffer.from('鸡苗 🐔'))).toBe('鸡苗 🐔');
    expect(decodeEscapingInvalid(Buffer.from([0x61, 0xff, 0x62]))).toBe('a\udcffb');
    // An overlong "/" and an encoded surrogate are not UTF-8 either.
    expect(decodeEscapingInvalid(Buffer.from([0xc0, 0xaf]))).toBe('\udcc0\udcaf');
    expect(decodeEscapingInvalid(Buffer.from([0xed, 0xa0, 0x80]))).toBe('\udced\udca0\udc80');
  });
});
