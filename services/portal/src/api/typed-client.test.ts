import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from './client';
import { createTypedClient, data } from './typed-client';

const BASE = 'http://portal.test';

interface Seen {
  method: string;
  url: string;
  auth: string | null;
  body: string;
}

/** A server seen through fetch(Request): what each call carried, and the answer `handle` gives. */
function fakeServer(handle: (seen: Seen) => Response) {
  const seen: Seen[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const call = {
      method: request.method,
      url: request.url,
      auth: request.headers.get('authorization'),
      body: await request.text(),
    };
    seen.push(call);
    return handle(call);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, seen };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const session = (token: string) => ({
  accessToken: token,
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken: 'r',
  user: { id: 'u1' },
});

describe('the typed client', () => {
  it('calls a path of the OpenAPI document with the session’s token and answers its typed data', async () => {
    const server = fakeServer((call) =>
      call.url.endsWith('/auth/login')
        ? json(200, session('t1'))
        : json(200, { items: [{ key: 'users.read', group: 'users' }] }),
    );
    const http = createApiClient({ baseUrl: `${BASE}/api/v1`, fetch: server.fetch });
    await http.login('admin', 'secret-password');
    const api = createTypedClient(http, BASE);
    const permissions = await data(api.GET('/api/v1/permissions'));
    expect(permissions.items[0]?.key).toBe('users.read');
    expect(server.seen[1]).toMatchObject({
      method: 'GET',
      url: `${BASE}/api/v1/permissions`,
      auth: 'Bearer t1',
    });
  });

  it('renews the token once on a 401 and sends the same request again, body and all', async () => {
    const server = fakeServer((call) => {
      if (call.url.endsWith('/auth/refresh')) return json(200, session('t2'));
      return call.auth === 'Bearer t2'
        ? new Response(null, { status: 204 })
        : json(401, { code: 'UNAUTHENTICATED' }, 'application/problem+json');
    });
    const http = createApiClient({ baseUrl: `${BASE}/api/v1`, fetch: server.fetch });
    const api = createTypedClient(http, BASE);
    const body = { currentPassword: 'old-password', newPassword: 'new-password-1' };
    expect(await data(api.POST('/api/v1/auth/change-password', { body }))).toBeUndefined();
    expect(server.seen.map((c) => `${c.method} ${c.url.slice(BASE.length)} ${c.auth}`)).toEqual([
      'POST /api/v1/auth/change-password null',
      'POST /api/v1/auth/refresh null',
      'POST /api/v1/auth/change-password Bearer t2',
    ]);
    expect(JSON.parse(server.seen[2]!.body)).toEqual(body);
  });

  it('throws the problem as the same ApiError the portal’s client throws', async () => {
    const server = fakeServer(() =>
      json(
        403,
        {
          type: 'urn:x',
          title: 'Permission denied',
          status: 403,
          detail: 'missing permission roles.read',
          code: 'PERMISSION_DENIED',
        },
        'application/problem+json',
      ),
    );
    const api = createTypedClient(createApiClient({ fetch: server.fetch }), BASE);
    const error = (await data(api.GET('/api/v1/permissions')).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 403,
      code: 'PERMISSION_DENIED',
      message: 'missing permission roles.read',
    });
  });

  it('turns a network failure into the same ApiError', async () => {
    const down = createApiClient({
      fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    });
    await expect(data(createTypedClient(down, BASE).GET('/api/v1/auth/me'))).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK',
    });
  });
});
