import { testPassword } from '@crm/testing';
/**
 * Sessions against the real servers: bootstrap of the first administrator, login, lockout, rotating
 * refresh tokens with reuse detection, logout, password change.
 */
import { generateSigningKeyPair, signAccessToken } from '@crm/auth';
import {
  ADMIN_PASSWORD,
  codeOf,
  count,
  login,
  rpc,
  startIdentityKit,
  workingSession,
  type IdentityKit,
} from './support/identity-test-kit';

const ANOTHER_PASSWORD = testPassword();
const WRONG_PASSWORD = testPassword();
const NEW_PASSWORD = testPassword();
const ADMIN_NEW_PASSWORD = testPassword();

let kit: IdentityKit;
/** The administrator's first session, before the password change it must make. */
let firstSession: Awaited<ReturnType<typeof login>>;
let adminToken = '';
let hqId = '';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function createUser(username: string, password: string, roleKeys: string[] = ['account_manager']) {
  const { users, roles } = kit.clients;
  const all = (await rpc(adminToken, roles.listRoles.bind(roles), {})).roles;
  const roleIds = all.filter((r) => r.key !== undefined && roleKeys.includes(r.key)).map((r) => r.id);
  const { user } = await rpc(adminToken, users.createUser.bind(users), {
    username,
    displayName: username,
    password,
    branchId: hqId,
    roleIds,
  });
  return user!;
}

beforeAll(async () => {
  kit = await startIdentityKit({ CRM_ADMIN_PASSWORD: ADMIN_PASSWORD, LOCKOUT_BASE_SECONDS: '1' });
  firstSession = await login(kit, 'admin', ADMIN_PASSWORD);
  const session = await workingSession(kit, 'admin', ADMIN_PASSWORD, ADMIN_NEW_PASSWORD);
  adminToken = session.accessToken;
  hqId = session.user!.branchId;
}, 30_000);

afterAll(async () => {
  await kit?.stop();
});

describe('bootstrap', () => {
  it('creates branch HQ, the built-in roles and admin (system_admin, must change password) once', async () => {
    expect(firstSession.user).toMatchObject({
      username: 'admin',
      displayName: '系统管理员',
      permissions: ['*'],
      dataScope: 'DATA_SCOPE_ALL',
      mustChangePassword: true,
      roles: [expect.objectContaining({ key: 'system_admin' })],
    });
    expect(firstSession.tokenType).toBe('Bearer');
    expect(firstSession.expiresIn).toBe(900);
    const { branches } = kit.clients;
    const hq = await rpc(adminToken, branches.getBranch.bind(branches), { id: hqId });
    expect(hq.branch).toMatchObject({ code: 'HQ', name: '总部' });
    // CRM_ADMIN_PASSWORD was given: nothing to announce.
    expect(kit.banners).toEqual([]);

    // A second start (restart or replica) on the same database creates nothing more.
    const again = await kit.startAnother({ CRM_ADMIN_PASSWORD: ANOTHER_PASSWORD });
    await again.stop();
    expect(await count(kit, 'users')).toBe(1);
    expect(await count(kit, 'branches')).toBe(1);
    expect(await count(kit, 'roles', 'built_in')).toBe(6);
    await expect(login(kit, 'admin', ANOTHER_PASSWORD)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('renames the English "Administrator" of an older system once, but not a name someone chose', async () => {
    const { users } = kit.clients;
    const adminId = firstSession.user!.id;
    const displayName = async () =>
      (await kit.db.pool.query('SELECT display_name FROM users WHERE id = $1', [adminId])).rows[0]
        .display_name;
    // As systems bootstrapped before this change have it.
    await kit.db.pool.query("UPDATE users SET display_name = 'Administrator' WHERE id = $1", [adminId]);
    await (await kit.startAnother()).stop();
    expect(await displayName()).toBe('系统管理员');
    expect(await count(kit, 'audit_entries', "action = 'user.updated' AND entity_id = $1", [adminId])).toBe(
      1,
    );
    // Chosen by someone (audited): a restart keeps it.
    await rpc(adminToken, users.updateUser.bind(users), { id: adminId, displayName: 'Administrator' });
    await (await kit.startAnother()).stop();
    expect(await displayName()).toBe('Administrator');
  });

  it('prints a generated password once when none is configured, never a default one', async () => {
    const fresh = await startIdentityKit();
    try {
      expect(fresh.banners).toHaveLength(1);
      const password = /password: (\S+)/.exec(fresh.banners[0]!)?.[1];
      expect(password).toMatch(/^[\w-]{20,}$/);
      await expect(login(fresh, 'admin', password!)).resolves.toMatchObject({
        user: { mustChangePassword: true },
      });
      const second = await fresh.startAnother();
      await second.stop();
      expect(fresh.banners).toHaveLength(1);
      expect(await count(fresh, 'users')).toBe(1);
      // The hash is argon2id; the password itself is stored nowhere.
      const { rows } = await fresh.db.pool.query('SELECT password_hash FROM users');
      expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(JSON.stringify(rows)).not.toContain(password);
    } finally {
      await fresh.stop();
    }
  }, 30_000);
});

describe('login', () => {
  it('answers a wrong password and an unknown user alike', async () => {
    await createUser('wang.wu', 'Wang-Wu-Passwort-1');
    const { auth } = kit.clients;
    const wrong = await rpc(undefined, auth.login.bind(auth), {
      username: 'wang.wu',
      password: WRONG_PASSWORD,
    }).catch((e) => e);
    const unknown = await rpc(undefined, auth.login.bind(auth), {
      username: 'nobody',
      password: WRONG_PASSWORD,
    }).catch((e) => e);
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', message: 'wrong username or password' });
    expect(unknown).toMatchObject({ code: 'UNAUTHENTICATED', message: 'wrong username or password' });
    // Usernames are case-insensitive.
    await expect(login(kit, 'WANG.WU', 'Wang-Wu-Passwort-1')).resolves.toMatchObject({
      user: {
        username: 'wang.wu',
        permissions: [
          'customers.cards',
          'customers.claim',
          'customers.create',
          'customers.read',
          'customers.update',
        ],
      },
    });
  });

  it('locks a username after 5 failures, with a doubling lock, until it expires or is unlocked', async () => {
    const user = await createUser('li.si', 'Li-Si-Passwort-1');
    const { auth, users } = kit.clients;
    const attempt = (password: string) =>
      rpc(undefined, auth.login.bind(auth), { username: 'li.si', password });
    for (let i = 0; i < 5; i++) expect(await codeOf(attempt('wrong-password'))).toBe('UNAUTHENTICATED');
    // Locked: even the right password is refused, with the time to wait.
    const locked = await attempt('Li-Si-Passwort-1').catch((e) => e);
    expect(locked).toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      details: { retryAfterSeconds: 1 },
    });
    expect((await rpc(adminToken, users.getUser.bind(users), { id: user.id })).user?.locked).toBe(true);

    // The lock expires; 5 more failures lock it for twice as long.
    await sleep(1100);
    for (let i = 0; i < 5; i++) expect(await codeOf(attempt('wrong-password'))).toBe('UNAUTHENTICATED');
    expect(await attempt('Li-Si-Passwort-1').catch((e) => e)).toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      details: { retryAfterSeconds: 2 },
    });

    // An administrator lifts it at once (audited); a success forgets the past locks.
    await rpc(adminToken, users.unlockUser.bind(users), { id: user.id });
    expect((await rpc(adminToken, users.getUser.bind(users), { id: user.id })).user?.locked).toBe(false);
    await expect(attempt('Li-Si-Passwort-1')).resolves.toBeDefined();
    for (let i = 0; i < 5; i++) await codeOf(attempt('wrong-password'));
    expect(await attempt('Li-Si-Passwort-1').catch((e) => e)).toMatchObject({
      details: { retryAfterSeconds: 1 },
    });
    expect(await count(kit, 'audit_entries', "action = 'user.unlocked' AND entity_id = $1", [user.id])).toBe(
      1,
    );
  });

  it('refuses a disabled account, and its still-valid access token', async () => {
    const user = await createUser('zhao.liu', 'Zhao-Liu-Passwort-1');
    const session = await login(kit, 'zhao.liu', 'Zhao-Liu-Passwort-1');
    const { users, auth } = kit.clients;
    await rpc(adminToken, users.updateUser.bind(users), { id: user.id, disabled: true });
    expect(await codeOf(login(kit, 'zhao.liu', 'Zhao-Liu-Passwort-1'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(rpc(session.accessToken, auth.getMe.bind(auth), {}))).toBe('UNAUTHENTICATED');
    expect(
      await codeOf(rpc(undefined, auth.refresh.bind(auth), { refreshToken: session.refreshToken })),
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses calls without a token or with a forged one', async () => {
    const { auth } = kit.clients;
    expect(await codeOf(rpc(undefined, auth.getMe.bind(auth), {}))).toBe('UNAUTHENTICATED');
    const forged = await signAccessToken(
      {
        kind: 'user',
        userId: '00000000-0000-4000-8000-000000000000',
        roles: [],
        permissions: ['*'],
        branchId: hqId,
        dataScope: 'all',
      },
      { privateKeyPem: generateSigningKeyPair().privateKeyPem, ttlSeconds: 60 },
    );
    expect(await codeOf(rpc(forged, auth.getMe.bind(auth), {}))).toBe('UNAUTHENTICATED');
  });
});

describe('refresh tokens', () => {
  it('rotate on every refresh; a reused one revokes its whole family', async () => {
    await createUser('chen.qi', 'Chen-Qi-Passwort-1');
    const { auth } = kit.clients;
    const refresh = (refreshToken: string) => rpc(undefined, auth.refresh.bind(auth), { refreshToken });
    const first = await login(kit, 'chen.qi', 'Chen-Qi-Passwort-1');
    const other = await login(kit, 'chen.qi', 'Chen-Qi-Passwort-1'); // another device: another family
    const second = (await refresh(first.refreshToken)).session!;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await rpc(second.accessToken, auth.getMe.bind(auth), {})).me?.username).toBe('chen.qi');
    const third = (await refresh(second.refreshToken)).session!;

    // The first token was copied and is presented again: the family is revoked, the holder's too.
    expect(await codeOf(refresh(first.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await codeOf(refresh(third.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await count(kit, 'audit_entries', "action = 'user.refresh_token_reused'")).toBe(1);
    // The other device's family is untouched.
    await expect(refresh(other.refreshToken)).resolves.toBeDefined();
    // Only hashes are stored.
    expect(await count(kit, 'refresh_tokens', 'token_hash = $1', [Buffer.from(first.refreshToken)])).toBe(0);
    expect(await codeOf(refresh('not-a-token'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(refresh(''))).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the family', async () => {
    await createUser('sun.ba', 'Sun-Ba-Passwort-12');
    const { auth } = kit.clients;
    const session = await login(kit, 'sun.ba', 'Sun-Ba-Passwort-12');
    expect(await codeOf(rpc(undefined, auth.logout.bind(auth), { refreshToken: session.refreshToken }))).toBe(
      'UNAUTHENTICATED',
    );
    await rpc(session.accessToken, auth.logout.bind(auth), { refreshToken: session.refreshToken });
    expect(
      await codeOf(rpc(undefined, auth.refresh.bind(auth), { refreshToken: session.refreshToken })),
    ).toBe('UNAUTHENTICATED');
  });
});

describe('password change', () => {
  it('checks the current password and the policy, and revokes every other session', async () => {
    const user = await createUser('zhou.jiu', 'Zhou-Jiu-Passwort-1');
    const { auth } = kit.clients;
    const here = await login(kit, 'zhou.jiu', 'Zhou-Jiu-Passwort-1');
    const elsewhere = await login(kit, 'zhou.jiu', 'Zhou-Jiu-Passwort-1');
    const change = (currentPassword: string, newPassword: string) =>
      rpc(here.accessToken, auth.changePassword.bind(auth), {
        currentPassword,
        newPassword,
        refreshToken: here.refreshToken,
      });
    expect(await change('wrong-current-pw', 'Ganz-Neues-Passwort-1').catch((e) => e)).toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [{ field: 'currentPassword', message: 'is wrong' }],
    });
    expect(await change('Zhou-Jiu-Passwort-1', 'short').catch((e) => e)).toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [expect.objectContaining({ field: 'newPassword' })],
    });
    await change('Zhou-Jiu-Passwort-1', '新的密码很长很安全-2026');

    const refresh = (refreshToken: string) => rpc(undefined, auth.refresh.bind(auth), { refreshToken });
    expect(await codeOf(refresh(elsewhere.refreshToken))).toBe('UNAUTHENTICATED');
    await expect(refresh(here.refreshToken)).resolves.toBeDefined();
    expect(await codeOf(login(kit, 'zhou.jiu', 'Zhou-Jiu-Passwort-1'))).toBe('UNAUTHENTICATED');
    await expect(login(kit, 'zhou.jiu', '新的密码很长很安全-2026')).resolves.toBeDefined();
    const audit = await kit.db.pool.query(
      "SELECT before, after FROM audit_entries WHERE action = 'user.password_changed' AND entity_id = $1",
      [user.id],
    );
    expect(audit.rows).toEqual([{ before: null, after: null }]);
  });

  it('clears mustChangePassword of the bootstrap administrator (beforeAll changed it)', async () => {
    const { auth } = kit.clients;
    expect(await codeOf(login(kit, 'admin', ADMIN_PASSWORD))).toBe('UNAUTHENTICATED');
    const session = await login(kit, 'admin', ADMIN_NEW_PASSWORD);
    expect(session.user?.mustChangePassword).toBe(false);
    const me = await rpc(session.accessToken, auth.getMe.bind(auth), {});
    expect(me.me?.mustChangePassword).toBe(false);
  });
});

describe('a session that must change its password (issue 10)', () => {
  it('may only change it, read itself and log out, until it is changed and the session renewed', async () => {
    const user = await createUser('qian.shi', 'Qian-Shi-Passwort-1', ['executive']);
    expect(user.mustChangePassword).toBe(true);
    const { auth, users, roles, audit } = kit.clients;
    const first = await login(kit, 'qian.shi', 'Qian-Shi-Passwort-1');
    expect(first.user?.mustChangePassword).toBe(true);
    const token = first.accessToken;
    for (const refused of [
      rpc(token, users.listUsers.bind(users), {}),
      rpc(token, roles.listRoles.bind(roles), {}),
      rpc(token, audit.listAuditEntries.bind(audit), {}),
      rpc(token, users.getUser.bind(users), { id: user.id }),
    ])
      expect(await refused.catch((e) => e)).toMatchObject({
        code: 'PERMISSION_DENIED',
        details: { reason: 'PASSWORD_CHANGE_REQUIRED' },
      });
    await expect(rpc(token, auth.getMe.bind(auth), {})).resolves.toMatchObject({
      me: { username: 'qian.shi', mustChangePassword: true },
    });
    await rpc(token, auth.changePassword.bind(auth), {
      currentPassword: 'Qian-Shi-Passwort-1',
      newPassword: NEW_PASSWORD,
      refreshToken: first.refreshToken,
    });
    // The token issued before the change still says so; the renewed session does not.
    expect(await codeOf(rpc(token, roles.listRoles.bind(roles), {}))).toBe('PERMISSION_DENIED');
    const renewed = (await rpc(undefined, auth.refresh.bind(auth), { refreshToken: first.refreshToken }))
      .session!;
    expect(renewed.user?.mustChangePassword).toBe(false);
    await expect(rpc(renewed.accessToken, roles.listRoles.bind(roles), {})).resolves.toBeDefined();
    // Logging out is allowed before the change too.
    const again = await login(kit, 'qian.shi', NEW_PASSWORD);
    await rpc(again.accessToken, auth.logout.bind(auth), { refreshToken: again.refreshToken });
  });

  it('must change the password again after an administrator resets it', async () => {
    const user = await createUser('wu.shiyi', 'Wu-Shiyi-Passwort-1', ['executive']);
    await workingSession(kit, 'wu.shiyi', 'Wu-Shiyi-Passwort-1', NEW_PASSWORD);
    const { users, roles } = kit.clients;
    await rpc(adminToken, users.resetUserPassword.bind(users), {
      id: user.id,
      newPassword: ANOTHER_PASSWORD,
    });
    const session = await login(kit, 'wu.shiyi', ANOTHER_PASSWORD);
    expect(session.user?.mustChangePassword).toBe(true);
    expect(await rpc(session.accessToken, roles.listRoles.bind(roles), {}).catch((e) => e)).toMatchObject({
      code: 'PERMISSION_DENIED',
      details: { reason: 'PASSWORD_CHANGE_REQUIRED' },
    });
  });
});
