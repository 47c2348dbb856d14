import { describe, expect, it, vi } from 'vitest';
import { ApiError, buildQuery, createApiClient } from './client';
import type { Me, Session } from './types';

const me: Me = {
  id: 'u1',
  username: 'admin',
  displayName: 'Admin',
  branchId: 'b1',
  branchName: '总部',
  departmentId: null,
  extension: null,
  roles: [],
  permissions: ['*'],
  dataScope: 'ALL',
  mustChangePassword: false,
};
const session = (token: string): Session => ({
  accessToken: token,
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'r',
  refreshTokenExpiresAt: '2030-01-01T00:00:00Z',
  user: me,
});
const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const problem = (status: number, code: string, extra: object = {}) =>
  json(
    status,
    { type: 'urn:x', title: code, status, detail: `${code} detail`, code, ...extra },
    'application/problem+json',
  );

type Call = {
  url: string;
  method: string;
  auth: string | null;
  body: unknown;
  credentials?: RequestCredentials;
};

function fakeServer(handler: (call: Call, n: number) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const call: Call = {
      url: String(url),
      method: init?.method ?? 'GET',
      auth: headers.authorization ?? null,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      credentials: init?.credentials,
    };
    calls.push(call);
    return handler(call, calls.length);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

describe('createApiClient', () => {
  it('logs in, keeps the token in memory and sends it', async () => {
    const server = fakeServer((call) =>
      call.url.endsWith('/auth/login') ? json(200, session('t1')) : json(200, { ok: call.auth }),
    );
    const onSession = vi.fn();
    const client = createApiClient({ fetch: server.fetch, onSession });
    await client.login('admin', 'secret-password');
    expect(onSession).toHaveBeenCalledWith(session('t1'));
    expect(await client.get('/users', { q: '张', pageToken: undefined })).toEqual({ ok: 'Bearer t1' });
    expect(server.calls[1]?.url).toBe('/api/v1/users?q=%E5%BC%A0');
    expect(server.calls[0]?.credentials).toBe('same-origin');
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    const server = fakeServer((call) => {
      if (call.url.endsWith('/auth/refresh')) return json(200, session('t2'));
      return call.auth === 'Bearer t2' ? json(200, { items: [] }) : problem(401, 'UNAUTHENTICATED');
    });
    const client = createApiClient({ fetch: server.fetch });
    expect(await client.get('/roles')).toEqual({ items: [] });
    expect(server.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v1/roles',
      'POST /api/v1/auth/refresh',
      'GET /api/v1/roles',
    ]);
    expect(server.calls[1]?.body).toEqual({});
  });

  it('shares one refresh among concurrent 401s', async () => {
    let refreshes = 0;
    const server = fakeServer(async (call) => {
      if (call.url.endsWith('/auth/refresh')) {
        refreshes += 1;
        await new Promise((r) => setTimeout(r, 5));
        return json(200, session('t2'));
      }
      return call.auth === 'Bearer t2' ? json(200, {}) : problem(401, 'UNAUTHENTICATED');
    });
    const client = createApiClient({ fetch: server.fetch });
    await Promise.all([client.get('/a'), client.get('/b'), client.get('/c')]);
    expect(refreshes).toBe(1);
  });

  it('ends the session when the refresh is refused', async () => {
    const server = fakeServer(() => problem(401, 'UNAUTHENTICATED'));
    const onSessionEnded = vi.fn();
    const client = createApiClient({ fetch: server.fetch, onSessionEnded });
    await expect(client.get('/users')).rejects.toMatchObject({ status: 401 });
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
    expect(await client.refresh()).toBeNull();
  });

  it('does not end the session when a retried request is refused on its own', async () => {
    const server = fakeServer((call) =>
      call.url.endsWith('/auth/refresh') ? json(200, session('t2')) : problem(401, 'UNAUTHENTICATED'),
    );
    const onSessionEnded = vi.fn();
    const client = createApiClient({ fetch: server.fetch, onSessionEnded });
    await expect(client.post('/auth/change-password', {})).rejects.toBeInstanceOf(ApiError);
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('does not refresh for the login itself and exposes the lockout problem', async () => {
    const server = fakeServer(() => problem(429, 'RESOURCE_EXHAUSTED', { retryAfterSeconds: 600 }));
    const client = createApiClient({ fetch: server.fetch });
    const error = (await client.login('a', 'b').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(error.problem.retryAfterSeconds).toBe(600);
    expect(server.calls).toHaveLength(1);
  });

  it('turns a network failure and a non-JSON error into ApiErrors', async () => {
    const down = createApiClient({
      fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    });
    await expect(down.get('/x')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
    const html = createApiClient({
      fetch: (async () => new Response('<html>', { status: 502, statusText: 'Bad Gateway' })) as typeof fetch,
    });
    await expect(html.get('/x')).rejects.toMatchObject({ status: 502, code: 'HTTP_502' });
  });

  it('answers 204 with undefined and logs out without keeping the token', async () => {
    const server = fakeServer((call) =>
      call.url.endsWith('/auth/login') ? json(200, session('t1')) : new Response(null, { status: 204 }),
    );
    const client = createApiClient({ fetch: server.fetch });
    await client.login('a', 'b');
    expect(await client.post('/users/1/unlock')).toBeUndefined();
    await client.logout();
    expect(client.hasAccessToken()).toBe(false);
    expect(server.calls.at(-1)?.url).toBe('/api/v1/auth/logout');
  });
});

describe('buildQuery', () => {
  it('skips empty values', () => {
    expect(buildQuery({ a: '', b: undefined, c: null, d: 0, e: 'x y' })).toBe('?d=0&e=x+y');
    expect(buildQuery({})).toBe('');
  });
});
