/**
 * The identity REST API through the real gateway app to the real identity service: HTTP → the
 * transcoder (token, permission, decoding; proto/crm/identity/v1) and the hand-written log-in routes →
 * gRPC → identity → PostgreSQL and Redis.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Cache } from '@crm/cache';
import { loadConfig } from '@crm/config';
import { createLogger } from '@crm/log';
import { restCatalogue } from '@crm/rest';
import {
  testAccessToken,
  testPassword,
  testRedisUrl,
  testSigningKeys,
  type TestDatabase,
} from '@crm/testing';
import { apiRoutes, createGatewayApp, gatewayOpenApi } from '../src/app';
import { createDownstreamClients, type DownstreamClients } from '../src/clients/downstream-clients';
import { createServiceClients } from '../src/clients/service-clients';
import { gatewayConfigSchema } from '../src/config';
import { redisRateLimiter } from '../src/http/rate-limiter';
import {
  fetchApi,
  startPlatformStack,
  type PlatformApiAnswer,
  type PlatformStack,
} from './support/platform-test-stack';

const WRONG_PASSWORD = testPassword();
const LOCK_ME_PASSWORD = testPassword();
const CLERK_PASSWORD = testPassword();
const RESET_PASSWORD = testPassword();
const VALID_PASSWORD = testPassword();

const logger = createLogger({ service: 'test', level: 'silent' });
const ADMIN_PASSWORD = testPassword();
const ADMIN_NEW_PASSWORD = testPassword();
const FIRST_PASSWORD = testPassword();
const CHANGED_PASSWORD = testPassword();

let stack: PlatformStack;
let db: TestDatabase;
let cache: Cache;
let clients: DownstreamClients;
let server: Server;
let base = '';
let admin = '';
/** The administrator's first login, before the password change it must make (beforeAll makes it). */
let firstLogin: Answer;

/** The gateway's app on a free port, with the identity service at `identityAddr` (none: unset). */
async function listen(identityAddr: string | undefined) {
  const config = loadConfig(gatewayConfigSchema(), {
    CUSTOMERS_ADDR: '127.0.0.1:1',
    ...(identityAddr ? { IDENTITY_ADDR: identityAddr } : {}),
    REDIS_URL: testRedisUrl(),
    JWT_PUBLIC_KEY: testSigningKeys().publicKeyPem,
    LOG_LEVEL: 'silent',
  });
  const downstream = createDownstreamClients(config);
  const transcoded = createServiceClients(restCatalogue().operations, config.serviceAddresses);
  const rateLimiter = redisRateLimiter(cache, { login: 1000, api: 10_000 });
  const app = createGatewayApp(config, {
    clients: downstream,
    services: transcoded,
    rateLimiter,
    logger,
  });
  const s = await new Promise<Server>((resolve) => {
    const started = app.listen(0, '127.0.0.1', () => resolve(started));
  });
  const close = async () => {
    await new Promise<void>((resolve) => s.close(() => resolve()));
    downstream.close();
    transcoded.close();
  };
  return { server: s, clients: downstream, close };
}
let closeApp: () => Promise<void>;

type Answer = PlatformApiAnswer;

function api(
  path: string,
  init: { method?: string; body?: unknown; token?: string | null; cookie?: string } = {},
  at = base,
): Promise<Answer> {
  const token = init.token === undefined ? admin : init.token;
  const headers: Record<string, string> = init.cookie ? { cookie: init.cookie } : {};
  return fetchApi(at, path, { method: init.method, body: init.body, token: token ?? '', headers });
}

const refreshCookieOf = (a: Answer) => {
  const header = a.headers.get('set-cookie') ?? '';
  return { header, value: /crm_refresh=([^;]*)/.exec(header)?.[1] ?? '' };
};

/**
 * What the portal does after a first login: change the password (nothing else is allowed before),
 * then renew the session from the refresh cookie, whose new access token carries no pending change.
 */
async function changeFirstPassword(login: Answer, password: string, newPassword: string): Promise<string> {
  const cookie = `crm_refresh=${refreshCookieOf(login).value}`;
  const changed = await api('/auth/change-password', {
    body: { currentPassword: password, newPassword },
    token: login.body.accessToken,
    cookie,
  });
  if (changed.status !== 204) throw new Error(`password change failed: ${changed.status}`);
  const renewed = await api('/auth/refresh', { body: {}, token: null, cookie });
  if (renewed.status !== 200 || renewed.body.user.mustChangePassword)
    throw new Error(`renewal after the password change failed: ${renewed.status}`);
  return renewed.body.accessToken;
}

beforeAll(async () => {
  stack = await startPlatformStack({
    identity: true,
    gateway: false,
    adminPassword: ADMIN_PASSWORD,
    env: { identity: { LOCKOUT_BASE_SECONDS: '30' } },
  });
  db = stack.identityDb!;
  cache = await Cache.connect(testRedisUrl(), `${stack.redisPrefix}gateway`);
  ({ server, clients, close: closeApp } = await listen(stack.identityAddr));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  firstLogin = await api('/auth/login', {
    body: { username: 'admin', password: ADMIN_PASSWORD },
    token: null,
  });
  admin = await changeFirstPassword(firstLogin, ADMIN_PASSWORD, ADMIN_NEW_PASSWORD);
}, 30_000);

afterAll(async () => {
  await closeApp?.();
  await cache?.close();
  await stack?.stop();
});

describe('sessions over HTTP', () => {
  it('logs in with a session body and an HttpOnly, SameSite=Strict refresh cookie', async () => {
    const res = firstLogin;
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: expect.any(String),
      refreshTokenExpiresAt: expect.any(String),
      user: expect.objectContaining({
        username: 'admin',
        departmentId: null,
        extension: null,
        branchName: expect.any(String),
        dataScope: 'ALL',
        permissions: ['*'],
        mustChangePassword: true,
        roles: [expect.objectContaining({ key: 'system_admin' })],
      }),
    });
    const cookie = refreshCookieOf(res);
    expect(cookie.value).toBe(res.body.refreshToken);
    expect(cookie.header).toMatch(/HttpOnly/);
    expect(cookie.header).toMatch(/SameSite=Strict/);
    expect(cookie.header).toMatch(/Path=\/api\/v1\/auth/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a wrong password and an unknown user with the same 401 problem', async () => {
    const wrong = await api('/auth/login', {
      body: { username: 'admin', password: WRONG_PASSWORD },
      token: null,
    });
    const unknown = await api('/auth/login', {
      body: { username: 'ghost', password: WRONG_PASSWORD },
      token: null,
    });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.type).toContain('application/problem+json');
      expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED', detail: 'wrong username or password' });
    }
  });

  it('locks after 5 failures: 429 with retryAfterSeconds and Retry-After', async () => {
    await api('/users', {
      body: {
        username: 'lock.me',
        displayName: 'L',
        password: LOCK_ME_PASSWORD,
        branchId: (await api('/auth/me')).body.branchId,
        roleIds: [],
      },
    });
    for (let i = 0; i < 5; i++)
      expect(
        (await api('/auth/login', { body: { username: 'lock.me', password: WRONG_PASSWORD }, token: null }))
          .status,
      ).toBe(401);
    const locked = await api('/auth/login', {
      body: { username: 'lock.me', password: LOCK_ME_PASSWORD },
      token: null,
    });
    expect(locked.status).toBe(429);
    expect(locked.type).toContain('application/problem+json');
    expect(locked.body).toMatchObject({ status: 429, code: 'RESOURCE_EXHAUSTED', retryAfterSeconds: 30 });
    expect(locked.body.errors).toBeUndefined();
    expect(locked.headers.get('retry-after')).toBe('30');
  });

  it('refreshes from the cookie, rotates it, and a reused one is refused and cleared', async () => {
    const login = await api('/auth/login', {
      body: { username: 'admin', password: ADMIN_NEW_PASSWORD },
      token: null,
    });
    const first = refreshCookieOf(login).value;
    const refreshed = await api('/auth/refresh', {
      body: {},
      token: null,
      cookie: `other=1; crm_refresh=${first}`,
    });
    expect(refreshed.status).toBe(200);
    const second = refreshCookieOf(refreshed).value;
    expect(second).not.toBe(first);
    expect(second).toBe(refreshed.body.refreshToken);
    const reused = await api('/auth/refresh', { body: {}, token: null, cookie: `crm_refresh=${first}` });
    expect(reused.status).toBe(401);
    expect(refreshCookieOf(reused).header).toMatch(/crm_refresh=;.*Expires=Thu, 01 Jan 1970/);
    // The reuse revoked the family: the newest token is dead too.
    expect((await api('/auth/refresh', { body: { refreshToken: second }, token: null })).status).toBe(401);
    expect((await api('/auth/refresh', { body: {}, token: null })).status).toBe(401);
  });

  it('logs out (204, cookie cleared, family revoked) and needs a token for it', async () => {
    const login = await api('/auth/login', {
      body: { username: 'admin', password: ADMIN_NEW_PASSWORD },
      token: null,
    });
    const cookie = `crm_refresh=${refreshCookieOf(login).value}`;
    expect((await api('/auth/logout', { body: {}, token: null, cookie })).status).toBe(401);
    const out = await api('/auth/logout', { body: {}, token: login.body.accessToken, cookie });
    expect(out.status).toBe(204);
    expect(refreshCookieOf(out).header).toMatch(/crm_refresh=;/);
    expect((await api('/auth/refresh', { body: {}, token: null, cookie })).status).toBe(401);
  });

  it('shows the caller (GET /auth/me) and refuses anonymous and forged calls', async () => {
    const me = await api('/auth/me');
    expect(me.body).toMatchObject({ username: 'admin', dataScope: 'ALL', mustChangePassword: false });
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect((await api('/auth/me', { token: null })).status).toBe(401);
    expect((await api('/auth/me', { token: 'not.a.jwt' })).status).toBe(401);
  });
});

describe('a session that must change its password (issue 10)', () => {
  it('may only change it, read /auth/me and log out; everything else is 403 PASSWORD_CHANGE_REQUIRED', async () => {
    const branchId = (await api('/auth/me')).body.branchId;
    const executive = (await api('/roles')).body.items.find((r: { key: string }) => r.key === 'executive');
    const created = await api('/users', {
      body: {
        username: 'first.login',
        displayName: '新同事',
        password: FIRST_PASSWORD,
        branchId,
        roleIds: [executive.id],
      },
    });
    const login = await api('/auth/login', {
      body: { username: 'first.login', password: FIRST_PASSWORD },
      token: null,
    });
    expect(login.body.user.mustChangePassword).toBe(true);
    const token = login.body.accessToken;
    for (const path of ['/users', '/roles', '/audit', `/branches/${branchId}`]) {
      const res = await api(path, { token });
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect(res.type).toContain('application/problem+json');
      expect(res.body).toMatchObject({ code: 'PERMISSION_DENIED', reason: 'PASSWORD_CHANGE_REQUIRED' });
    }
    const write = await api('/branches', { body: { code: 'nope', name: 'x' }, token });
    expect(write.body).toMatchObject({ status: 403, reason: 'PASSWORD_CHANGE_REQUIRED' });
    expect((await api('/auth/me', { token })).body).toMatchObject({
      username: 'first.login',
      mustChangePassword: true,
    });
    const renewed = await changeFirstPassword(login, FIRST_PASSWORD, CHANGED_PASSWORD);
    expect((await api('/users', { token: renewed })).status).toBe(200);
    // The token issued before the change still carries it until it expires.
    expect((await api('/users', { token })).status).toBe(403);
    // After a reset the change is due again; logging out is allowed before it.
    const reset = await api(`/users/${created.body.id}/reset-password`, {
      body: { newPassword: FIRST_PASSWORD },
    });
    expect(reset.status).toBe(204);
    const afterReset = await api('/auth/login', {
      body: { username: 'first.login', password: FIRST_PASSWORD },
      token: null,
    });
    expect(afterReset.body.user.mustChangePassword).toBe(true);
    const out = await api('/auth/logout', {
      body: {},
      token: afterReset.body.accessToken,
      cookie: `crm_refresh=${refreshCookieOf(afterReset).value}`,
    });
    expect(out.status).toBe(204);
  });
});

describe('identity resources over HTTP', () => {
  it('creates and changes branches, departments, roles, users and employees in their REST shapes', async () => {
    const branch = await api('/branches', { body: { code: 'south', name: '南区', address: null } });
    expect(branch.status).toBe(201);
    expect(branch.headers.get('location')).toBe(`/api/v1/branches/${branch.body.id}`);
    expect(branch.body).toMatchObject({ code: 'south', name: '南区', address: null, phone: null });
    expect((await api('/branches', { body: { code: 'SOUTH', name: 'x' } })).status).toBe(409);

    const dep = await api('/departments', {
      body: { branchId: branch.body.id, number: '01', name: '销售部' },
    });
    expect(dep.body).toMatchObject({ parentId: null, number: '01' });
    const sub = await api('/departments', {
      body: { branchId: branch.body.id, number: '01-1', name: '一组', parentId: dep.body.id },
    });
    expect(sub.body.parentId).toBe(dep.body.id);
    expect((await api(`/departments/${dep.body.id}`, { method: 'DELETE' })).status).toBe(422);
    const top = await api(`/departments/${sub.body.id}`, { method: 'PATCH', body: { parentId: null } });
    expect(top.body.parentId).toBeNull();

    const perms = await api('/permissions');
    expect(perms.body.items).toContainEqual({ key: 'users.read', group: 'users' });
    const role = await api('/roles', {
      body: { name: '南区文员', permissions: ['customers.read'], dataScope: 'BRANCH' },
    });
    expect(role.status).toBe(201);
    expect(role.headers.get('location')).toBe(`/api/v1/roles/${role.body.id}`);
    expect(role.body).toMatchObject({ key: null, builtIn: false, dataScope: 'BRANCH' });
    const roles = await api('/roles');
    expect(roles.body.nextPageToken).toBeNull();
    const builtIn = roles.body.items.find((r: { key: string }) => r.key === 'driver');
    expect((await api(`/roles/${builtIn.id}`, { method: 'PATCH', body: { name: 'x' } })).status).toBe(422);

    const user = await api('/users', {
      body: {
        username: 'south.clerk',
        displayName: '南区文员',
        password: CLERK_PASSWORD,
        branchId: branch.body.id,
        departmentId: dep.body.id,
        roleIds: [role.body.id],
      },
    });
    expect(user.status).toBe(201);
    expect(user.body).toMatchObject({
      departmentId: dep.body.id,
      disabled: false,
      locked: false,
      mustChangePassword: true,
      extension: null,
      roles: [{ id: role.body.id, key: null }],
    });
    expect(user.headers.get('location')).toBe(`/api/v1/users/${user.body.id}`);
    const patched = await api(`/users/${user.body.id}`, {
      method: 'PATCH',
      body: { departmentId: null, roleIds: [] },
    });
    expect(patched.body).toMatchObject({ departmentId: null, roles: [] });
    expect(
      (
        await api(`/users/${user.body.id}/reset-password`, {
          body: { newPassword: RESET_PASSWORD },
        })
      ).status,
    ).toBe(204);
    expect((await api(`/users/${user.body.id}/unlock`, { body: {} })).status).toBe(204);

    const emp = await api('/employees', {
      body: {
        number: 'S-001',
        name: '张三丰',
        category: 'SALES',
        phone: '138 0013 8000',
        branchId: branch.body.id,
      },
    });
    expect(emp.body).toMatchObject({ category: 'SALES', email: null, userId: null, departmentId: null });
    const found = await api(`/employees?q=${encodeURIComponent('张')}`);
    expect(found.body.items.map((e: { name: string }) => e.name)).toEqual(['张三丰']);
    const changed = await api(`/employees/${emp.body.id}`, {
      method: 'PATCH',
      body: { phone: null, category: 'MANAGER' },
    });
    expect(changed.body).toMatchObject({ phone: null, category: 'MANAGER' });
    expect((await api(`/employees/${emp.body.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/employees/${emp.body.id}`)).status).toBe(404);
  });

  it('registers, rotates and revokes an edge site', async () => {
    const branchId = (await api('/auth/me')).body.branchId;
    const created = await api('/sites', { body: { branchId, name: '总部前台' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/sites/${created.body.site.id}`);
    // The key is shown once: no cache may keep the answer.
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(created.body.site).toMatchObject({
      keyPrefix: created.body.siteKey.slice(0, 8),
      rotatedAt: null,
      revokedAt: null,
      lastSeenAt: null,
    });
    const rotated = await api(`/sites/${created.body.site.id}/rotate-key`, { body: {} });
    expect(rotated.headers.get('cache-control')).toBe('no-store');
    expect(rotated.body.siteKey).not.toBe(created.body.siteKey);
    expect(rotated.body.site.rotatedAt).not.toBeNull();
    const revoked = await api(`/sites/${created.body.site.id}/revoke`, { body: {} });
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await api('/sites')).body.items).toContainEqual(
      expect.objectContaining({ id: created.body.site.id }),
    );
  });

  it('lists the audit log with parsed before/after objects', async () => {
    const res = await api('/audit?entityType=branch&pageSize=1');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({
      service: 'identity',
      action: 'branch.created',
      before: null,
      after: expect.objectContaining({ code: 'south', name: '南区' }),
    });
    expect(res.body.nextPageToken).toEqual(expect.any(String));
    expect((await api('/audit?from=yesterday')).status).toBe(400);
  });

  it('checks the permission at the gateway too', async () => {
    const clerk = await testAccessToken({ permissions: ['customers.read'], dataScope: 'branch' });
    expect((await api('/users', { token: clerk })).status).toBe(403);
    expect((await api('/audit', { token: clerk })).status).toBe(403);
  });

  it('answers bad input with a 400 problem naming the field, and stores nothing', async () => {
    const before = Number((await db.pool.query('SELECT count(*) FROM users')).rows[0].count);
    const cases: [string, unknown, string?][] = [
      ['/users', '{"username": ', undefined],
      [
        '/users',
        {
          username: 'x.y',
          displayName: 'x',
          password: VALID_PASSWORD,
          branchId: 'b',
          roleIds: [],
          admin: true,
        },
        'body.admin',
      ],
      [
        '/users',
        { username: 42, displayName: 'x', password: 'p', branchId: 'b', roleIds: [] },
        'body.username',
      ],
      [
        '/users',
        { username: 'x.y', displayName: 'x', password: 'p', branchId: 'b', roleIds: 'all' },
        'body.roleIds',
      ],
      [
        '/users',
        {
          username: "x'; DROP TABLE users; --",
          displayName: '名'.repeat(50),
          password: VALID_PASSWORD,
          branchId: '00000000-0000-4000-8000-000000000000',
          roleIds: [],
        },
        // The service's own rule: it names the member as the request message has it.
        'username',
      ],
      ['/roles', { name: 'x', permissions: [], dataScope: 'galaxy' }, 'body.dataScope'],
      // The REST names of enums are upper case, as everywhere: the old lower-case ones are refused.
      ['/roles', { name: 'x', permissions: [], dataScope: 'branch' }, 'body.dataScope'],
      ['/employees', { number: '1', name: 'x', category: 'pilot', branchId: 'b' }, 'body.category'],
    ];
    for (const [path, body, field] of cases) {
      const res = await api(path, { body });
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.type).toContain('application/problem+json');
      if (field) expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    // 1..200; 0 (or none) is the default page size, as in every list of the API.
    for (const pageSize of ['201', '-1', 'ten']) {
      const res = await api(`/users?pageSize=${pageSize}`);
      expect({ pageSize, status: res.status }).toEqual({ pageSize, status: 400 });
    }
    expect((await api('/users/not-a-uuid')).status).toBe(400);
    expect(Number((await db.pool.query('SELECT count(*) FROM users')).rows[0].count)).toBe(before);
  });

  it('answer 503 naming IDENTITY_ADDR when the gateway has no identity service configured', async () => {
    const none = await listen(undefined);
    try {
      const at = `http://127.0.0.1:${(none.server.address() as AddressInfo).port}`;
      const login = await api('/auth/login', { body: { username: 'a', password: 'b' }, token: null }, at);
      const users = await api('/users', {}, at);
      for (const res of [login, users]) {
        expect(res).toMatchObject({ status: 503, body: { code: 'UNAVAILABLE' } });
        expect(res.body.detail).toContain('IDENTITY_ADDR');
      }
    } finally {
      await none.close();
    }
  });

  it('are all in the OpenAPI document: the log-in routes hand-written, the rest transcoded', () => {
    const doc = gatewayOpenApi(apiRoutes(clients)) as {
      paths: Record<string, Record<string, { tags: string[]; 'x-rpc'?: string }>>;
    };
    const identity = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op['x-rpc']?.startsWith('crm.identity.') || op.tags[0] === 'auth')
        .map(([method, op]) => ({ operation: `${method.toUpperCase()} ${path}`, rpc: op['x-rpc'] })),
    );
    // 5 auth, 6 users, 6 roles, 4 branches, 5 departments, 5 employees, 5 sites, 1 audit.
    expect(identity).toHaveLength(37);
    expect(identity.filter((o) => !o.rpc).map((o) => o.operation)).toEqual([
      'POST /api/v1/auth/change-password',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/logout',
      'POST /api/v1/auth/refresh',
    ]);
    expect(identity).toContainEqual({
      operation: 'GET /api/v1/auth/me',
      rpc: 'crm.identity.v1.AuthService/GetMe',
    });
  });
});
