import { testPassword } from '@crm/testing';
/** Use-case rules without a database: the ports are small in-memory fakes. */
import type { Principal } from '@crm/auth';
import type { Branch, Role, User } from '../src/domain/identity';
import type { IdentityStore, LoginAttempts, PasswordHasher } from '../src/domain/ports';
import { lockedOut, login } from '../src/domain/sessions.use-case';
import { createUser } from '../src/domain/users.use-case';

const PASSWORD = testPassword();
const WRONG_PASSWORD = testPassword();

const now = new Date('2026-01-01T00:00:00Z');
const B1 = '11111111-1111-4111-8111-111111111111';
const ADMIN_ROLE = '22222222-2222-4222-8222-222222222222';
const CLERK_ROLE = '33333333-3333-4333-8333-333333333333';
const ME = '44444444-4444-4444-8444-444444444444';

const roles: Role[] = [
  {
    id: ADMIN_ROLE,
    key: 'system_admin',
    name: 'admin',
    description: '',
    builtIn: true,
    permissions: ['*'],
    dataScope: 'all',
    createdAt: now,
    updatedAt: now,
  },
  {
    id: CLERK_ROLE,
    key: 'account_manager',
    name: 'clerk',
    description: '',
    builtIn: true,
    permissions: ['customers.read'],
    dataScope: 'own',
    createdAt: now,
    updatedAt: now,
  },
];
const branch: Branch = {
  id: B1,
  code: 'b1',
  name: 'B1',
  address: null,
  phone: null,
  createdAt: now,
  updatedAt: now,
};
const me: User = {
  id: ME,
  username: 'branch.admin',
  displayName: 'B',
  branchId: B1,
  departmentId: null,
  roles: [],
  disabled: false,
  mustChangePassword: false,
  extension: null,
  createdAt: now,
  updatedAt: now,
};

function fakes() {
  const calls = { transactions: 0, verified: [] as (string | undefined)[], failures: [] as string[] };
  const repos = {
    branches: { findById: async (id: string) => (id === B1 ? branch : undefined) },
    departments: { findById: async () => undefined, subtree: async () => [] },
    roles: { findByIds: async (ids: string[]) => roles.filter((r) => ids.includes(r.id)) },
    users: {
      findById: async (id: string) => (id === ME ? me : undefined),
      findByUsername: async () => undefined,
      passwordHash: async () => undefined,
    },
  };
  const store = {
    ...repos,
    transaction: async () => {
      calls.transactions += 1;
      throw new Error('nothing should be written');
    },
  } as unknown as IdentityStore;
  const hasher: PasswordHasher = {
    hash: async (p) => `hash:${p}`,
    verify: async (hash) => {
      calls.verified.push(hash);
      return false;
    },
  };
  let lockedFor = 0;
  const attempts: LoginAttempts = {
    lockedFor: async () => lockedFor,
    recordFailure: async (u) => {
      calls.failures.push(u);
      return 0;
    },
    reset: async () => undefined,
    locked: async () => new Set(),
  };
  return { store, hasher, attempts, calls, lock: (s: number) => (lockedFor = s) };
}

const branchAdmin: Principal = {
  kind: 'user',
  userId: ME,
  roles: ['branch_admin'],
  permissions: ['users.read', 'users.write', 'customers.read'],
  branchId: B1,
  dataScope: 'branch',
};

describe('createUser', () => {
  const input = {
    username: 'new.clerk',
    displayName: '新人',
    password: PASSWORD,
    branchId: B1,
    roleIds: [CLERK_ROLE],
  };

  it('refuses unknown fields and wrong types before touching storage', async () => {
    const f = fakes();
    const unknown = await createUser(f, branchAdmin, { ...input, isAdmin: true } as never).catch((e) => e);
    expect(unknown).toMatchObject({ code: 'INVALID_ARGUMENT', violations: [{ field: 'isAdmin' }] });
    const wrongType = await createUser(f, branchAdmin, {
      ...input,
      displayName: 42,
      roleIds: 'all',
    } as never).catch((e) => e);
    expect(wrongType.code).toBe('INVALID_ARGUMENT');
    expect(wrongType.violations.map((v: { field: string }) => v.field).sort()).toEqual([
      'displayName',
      'roleIds',
    ]);
    const long = await createUser(f, branchAdmin, { ...input, displayName: '长'.repeat(101) }).catch(
      (e) => e,
    );
    expect(long).toMatchObject({ code: 'INVALID_ARGUMENT', violations: [{ field: 'displayName' }] });
    expect(f.calls.transactions).toBe(0);
  });

  it('refuses to create an administrator or a user in another branch', async () => {
    const f = fakes();
    await expect(createUser(f, branchAdmin, { ...input, roleIds: [ADMIN_ROLE] })).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
    });
    await expect(
      createUser(f, branchAdmin, { ...input, branchId: '55555555-5555-4555-8555-555555555555' }),
    ).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
    await expect(createUser(f, { ...branchAdmin, permissions: ['users.read'] }, input)).rejects.toMatchObject(
      {
        code: 'PERMISSION_DENIED',
      },
    );
    await expect(createUser(f, undefined, input)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(f.calls.transactions).toBe(0);
  });
});

describe('login', () => {
  const tokens = { ttlSeconds: 900, sign: async () => 'jwt' };

  it('verifies a dummy hash for an unknown user and counts the failure', async () => {
    const f = fakes();
    const sessions = { ...f, tokens, refreshTokenTtlDays: 14 };
    await expect(login(sessions, { username: ' Nobody ', password: WRONG_PASSWORD })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'wrong username or password',
    });
    expect(f.calls.verified).toEqual([undefined]);
    expect(f.calls.failures).toEqual(['nobody']);
  });

  it('answers a locked username at once, with the seconds to wait', async () => {
    const f = fakes();
    f.lock(120);
    const sessions = { ...f, tokens, refreshTokenTtlDays: 14 };
    await expect(login(sessions, { username: 'someone', password: WRONG_PASSWORD })).rejects.toEqual(
      lockedOut(120),
    );
    expect(lockedOut(120)).toMatchObject({
      code: 'RESOURCE_EXHAUSTED',
      details: { retryAfterSeconds: 120 },
    });
    expect(f.calls.verified).toEqual([]);
  });

  it('refuses oversized and malformed input', async () => {
    const sessions = { ...fakes(), tokens, refreshTokenTtlDays: 14 };
    await expect(login(sessions, { username: 'a', password: 'x'.repeat(1025) })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    await expect(login(sessions, { username: 'a', password: 'b', extra: 1 } as never)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});
