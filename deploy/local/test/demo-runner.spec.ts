import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDemoData, seededRandom } from '../demo-runner';
import { openDemoSession } from '../demo-session';
import type { RunningSystem } from '../system.types';

interface Account {
  id: string;
  password: string;
  mustChange: boolean;
  roles: string[];
}

/**
 * Identity's sign-in rules as the gateway answers them, in memory: a first password must be changed
 * before anything else works, an administrator's reset sets one that must be changed, nobody resets
 * their own. Enough to see what the demo session does to the accounts.
 */
function fakeGateway() {
  const accounts = new Map<string, Account>([
    ['admin', { id: 'u-admin', password: 'Printed-123', mustChange: true, roles: ['r-admin'] }],
  ]);
  const tokens = new Map<string, string>();
  const calls: string[] = [];
  let issued = 0;
  const session = (username: string) => {
    const account = accounts.get(username) as Account;
    const accessToken = `a${++issued}`;
    const refreshToken = `r${issued}`;
    tokens.set(accessToken, username).set(refreshToken, username);
    return {
      accessToken,
      refreshToken,
      user: { id: account.id, username, branchId: 'b-hq', mustChangePassword: account.mustChange },
    };
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? JSON.parse(raw) : {};
    const url = (req.url ?? '').replace('/api/v1', '');
    calls.push(`${req.method} ${url}`);
    const send = (status: number, answer?: unknown) => {
      res
        .writeHead(status, { 'content-type': 'application/json' })
        .end(answer === undefined ? '' : JSON.stringify(answer));
    };
    const caller = tokens.get((req.headers.authorization ?? '').replace('Bearer ', ''));
    const account = caller ? accounts.get(caller) : undefined;
    if (url === '/auth/login') {
      const found = accounts.get(body.username);
      return found?.password === body.password
        ? send(200, session(body.username))
        : send(401, { detail: 'wrong' });
    }
    if (url === '/auth/refresh')
      return tokens.has(body.refreshToken)
        ? send(200, session(tokens.get(body.refreshToken) as string))
        : send(401, {});
    if (!account) return send(401, { detail: 'token' });
    if (url === '/auth/change-password') {
      if (body.currentPassword !== account.password)
        return send(400, { detail: 'current password is wrong' });
      Object.assign(account, { password: body.newPassword, mustChange: false });
      return send(204);
    }
    if (account.mustChange) return send(403, { detail: 'change the password first' });
    if (url === '/roles') return send(200, { items: [{ id: 'r-admin', key: 'system_admin' }] });
    if (url === '/users' && req.method === 'POST') {
      accounts.set(body.username, {
        id: `u-${body.username}`,
        password: body.password,
        mustChange: true,
        roles: body.roleIds,
      });
      return send(201, { id: `u-${body.username}` });
    }
    const reset = /^\/users\/(u-[a-z]+)\/reset-password$/.exec(url);
    if (reset) {
      const target = [...accounts.values()].find((a) => a.id === reset[1]) as Account;
      if (target === account) return send(403, { detail: 'change your own password with your current one' });
      Object.assign(target, { password: body.newPassword, mustChange: true });
      return send(204);
    }
    if (url === '/whoami') return send(200, { username: caller });
    if (url.startsWith('/users/') && req.method === 'PATCH') return send(200, {});
    if (url === '/refused')
      return send(422, { detail: 'not like this', errors: [{ field: 'body.x', message: 'is wrong' }] });
    return send(404, { detail: 'no such route' });
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  return { server, accounts, calls };
}

describe('the demo session', () => {
  let gateway: ReturnType<typeof fakeGateway>;
  let url = '';
  beforeEach(async () => {
    gateway = fakeGateway();
    await new Promise<void>((resolve) => gateway.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise((resolve) => gateway.server.close(resolve)));

  it('acts as "demo", and leaves admin with its printed password, to be changed at the first sign-in as before', async () => {
    const session = await openDemoSession(url, 'Printed-123');
    expect(session.account.username).toBe('demo');
    expect(await session.api('GET', '/whoami')).toEqual({ username: 'demo' });
    expect(gateway.accounts.get('admin')).toMatchObject({ password: 'Printed-123', mustChange: true });
    const demo = gateway.accounts.get('demo') as Account;
    expect(demo.mustChange).toBe(false);
    expect(demo.roles).toEqual(['r-admin']);
    // Its password is nobody's: neither the printed one nor the first one it was given.
    expect(demo.password).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(gateway.calls.filter((c) => c.endsWith('/reset-password'))).toEqual([
      'POST /users/u-admin/reset-password',
    ]);
  });

  it('acts as admin itself when its password was changed already', async () => {
    Object.assign(gateway.accounts.get('admin') as Account, { mustChange: false });
    const session = await openDemoSession(url, 'Printed-123');
    expect(session.account.username).toBe('admin');
    expect(gateway.accounts.has('demo')).toBe(false);
  });

  it('renews the session after a change of its own user, and reports a refused call with its problem', async () => {
    const session = await openDemoSession(url, 'Printed-123');
    const before = gateway.calls.filter((c) => c === 'POST /auth/refresh').length;
    await session.api('PATCH', `/users/${session.account.id}`, { departmentId: null });
    expect(gateway.calls.filter((c) => c === 'POST /auth/refresh').length).toBe(before + 1);
    await expect(session.api('POST', '/refused', {})).rejects.toThrow(
      'POST /refused → 422 not like this (body.x: is wrong)',
    );
  });
});

describe('loadDemoData', () => {
  let gateway: ReturnType<typeof fakeGateway>;
  const root = mkdtempSync(path.join(tmpdir(), 'crm-demo-runner-'));
  const write = (service: string, source: string) => {
    mkdirSync(path.join(root, 'services', service, 'demo'), { recursive: true });
    writeFileSync(path.join(root, 'services', service, 'demo', 'index.ts'), source);
  };
  beforeAll(async () => {
    gateway = fakeGateway();
    await new Promise<void>((resolve) => gateway.server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    rmSync(root, { recursive: true, force: true });
    await new Promise((resolve) => gateway.server.close(resolve));
  });
  const system = (demo: RunningSystem['demo']) =>
    ({
      httpUrl: `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}`,
      services: { alpha: {}, beta: {}, gamma: {} },
      demo,
    }) as unknown as RunningSystem;

  it('runs the parts in order, one line each with what they made; a failing part stops the ones after it', async () => {
    write(
      'alpha',
      `exports.demoPart = { name: 'alpha', async seed(ctx) {
        const me = await ctx.api('GET', '/whoami');
        ctx.shared.set('users', [{ id: 'u1', username: 'zhang.wei', role: 'account_manager', branchId: 'b-hq', password: 'Pw-1234567' }]);
        ctx.log('1 user made by ' + me.username); ctx.log('nothing else');
      } };`,
    );
    write(
      'beta',
      `exports.demoPart = { name: 'beta', after: ['alpha'], async seed(ctx) { await ctx.api('POST', '/refused', {}); } };`,
    );
    write(
      'gamma',
      `exports.demoPart = { name: 'gamma', after: ['beta'], async seed() { throw new Error('never run'); } };`,
    );
    const lines: string[] = [];
    const outcome = await loadDemoData(
      system({ load: true, adminPassword: 'Printed-123', chosenByRunner: true }),
      {
        rootDir: root,
        bundle: false,
        say: (line) => lines.push(line),
      },
    );
    expect(outcome).toMatchObject({
      status: 'failed',
      account: { username: 'demo' },
      adminPasswordChosenByRunner: true,
    });
    expect(outcome.users.map((u) => u.username)).toEqual(['zhang.wei']);
    expect(lines[0]).toBe('demo data: 3 parts (alpha, beta, gamma), as "demo"');
    expect(lines[1]).toMatch(/^demo data: alpha in \d+\.\d s: 1 user made by demo; nothing else$/);
    expect(lines[2]).toMatch(
      /^demo data: beta failed after \d+\.\d s: POST \/refused → 422 not like this \(body\.x: is wrong\)$/,
    );
    expect(lines[3]).toBe('demo data: not run after it: gamma');
    expect(lines).toHaveLength(4);
  });

  it('says why when the system is not new, and touches nothing', async () => {
    const lines: string[] = [];
    const calls = gateway.calls.length;
    const outcome = await loadDemoData(system({ load: false, reason: 'not loaded: started before' }), {
      rootDir: root,
      bundle: false,
      say: (line) => lines.push(line),
    });
    expect(outcome.status).toBe('refused');
    expect(lines).toEqual(['demo data not loaded: started before']);
    expect(gateway.calls.length).toBe(calls);
  });
});

describe('seededRandom', () => {
  it('draws the same numbers in [0, 1) for the same seed, others for another', () => {
    const draw = (seed: string) => Array.from({ length: 1000 }, seededRandom(seed));
    const a = draw('customers');
    expect(draw('customers')).toEqual(a);
    expect(draw('identity')).not.toEqual(a);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...a)).toBeLessThan(1);
    expect(a.reduce((sum, x) => sum + x, 0) / a.length).toBeCloseTo(0.5, 1);
  });
});
