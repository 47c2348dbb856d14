import { z } from 'zod';
import type { Principal } from '@crm/auth';
import { DomainError, invalidArgument, unauthenticated } from '@crm/errors';
import { buildPrincipal } from './access-rules';
import { recordChange, withoutSnapshots } from './change-record';
import type { Me, Session, User } from './identity';
import { isUuid, parseInput } from './input';
import { passwordProblems } from './password-policy';
import {
  systemActor,
  type AccessTokenIssuer,
  type Clock,
  type IdentityRepositories,
  type IdentityStore,
  type LoginAttempts,
  type PasswordHasher,
} from './ports';
import { newSecret, sha256 } from './secrets';
import { nowOf } from './use-case-deps';

const WRONG_CREDENTIALS = 'wrong username or password';

// Generous upper bounds: a longer value cannot be right, and hashing megabytes would be a DoS lever.
const loginInput = z.strictObject({
  username: z.string().min(1, 'is required').max(200, 'at most 200 characters'),
  password: z.string().min(1, 'is required').max(1024, 'at most 1024 characters'),
});
const refreshInput = z.strictObject({ refreshToken: z.string().max(200) });
const logoutInput = z.strictObject({ refreshToken: z.string().max(200).optional() });
const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, 'is required').max(1024),
  newPassword: z.string().max(1024),
  refreshToken: z.string().max(200).optional(),
});

/** The lockout answer: RESOURCE_EXHAUSTED, with the seconds to wait as detail `retryAfterSeconds`. */
export function lockedOut(seconds: number): DomainError {
  return new DomainError(
    'RESOURCE_EXHAUSTED',
    `too many failed logins; try again in ${seconds} seconds`,
    [],
    {
      retryAfterSeconds: seconds,
    },
  );
}

export interface SessionDeps {
  store: IdentityStore;
  hasher: PasswordHasher;
  attempts: LoginAttempts;
  tokens: AccessTokenIssuer;
  refreshTokenTtlDays: number;
  clock?: Clock;
}

// Login, rotating refresh tokens with reuse detection, logout, password change (R-ID-1, R-ID-4).

/**
 * Same answer and about the same time for an unknown user, a wrong password and a disabled account
 * (a dummy hash is verified when there is no user), so usernames cannot be probed. Failures count
 * per username, known or not; too many lock it.
 */
export async function login(deps: SessionDeps, input: z.input<typeof loginInput>): Promise<Session> {
  const v = parseInput(loginInput, input, 'login');
  const username = v.username.trim().toLowerCase();
  const lockedFor = await deps.attempts.lockedFor(username);
  if (lockedFor > 0) throw lockedOut(lockedFor);
  const user = await deps.store.users.findByUsername(username);
  const hash = user ? await deps.store.users.passwordHash(user.id) : undefined;
  const ok = await deps.hasher.verify(hash, v.password);
  if (!ok || !user || user.disabled) {
    await deps.attempts.recordFailure(username);
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  await deps.attempts.reset(username);
  return openSession(deps, deps.store, user, crypto.randomUUID());
}

/**
 * Spends the refresh token and issues the next one of its family. A token presented a second time
 * means it was copied: the whole family is revoked (the thief's and the owner's sessions end).
 */
export async function refreshSession(
  deps: SessionDeps,
  input: z.input<typeof refreshInput>,
): Promise<Session> {
  const v = parseInput(refreshInput, input, 'refresh');
  if (!v.refreshToken) throw unauthenticated('refresh token missing');
  const now = nowOf(deps);
  const tokenHash = sha256(v.refreshToken);
  // The transaction commits the revocation of a reused family before the error is raised.
  const outcome = await deps.store.transaction(async (tx) => {
    const token = await tx.refreshTokens.findForUpdate(tokenHash);
    if (!token || token.revokedAt || token.expiresAt <= now) return undefined;
    const user = await tx.users.findById(token.userId);
    if (token.spentAt || !user || user.disabled) {
      await tx.refreshTokens.revokeFamily(token.familyId, now);
      if (token.spentAt && user) {
        await recordChange(tx, systemActor, {
          entityType: 'user',
          verb: 'refresh_token_reused',
          ...withoutSnapshots(user),
          publish: false,
        });
      }
      return undefined;
    }
    await tx.refreshTokens.markSpent(tokenHash, now);
    return openSession(deps, tx, user, token.familyId);
  });
  if (!outcome) throw unauthenticated('refresh token invalid');
  return outcome;
}

/** Ends the session the refresh token belongs to (if it is the caller's). */
export async function logout(
  deps: SessionDeps,
  principal: Principal | undefined,
  input: z.input<typeof logoutInput>,
): Promise<void> {
  const caller = requireUser(principal);
  const v = parseInput(logoutInput, input, 'logout');
  if (!v.refreshToken) return;
  const token = await deps.store.refreshTokens.find(sha256(v.refreshToken));
  if (token && token.userId === caller.userId) {
    await deps.store.refreshTokens.revokeFamily(token.familyId, nowOf(deps));
  }
}

/** Checks the current password, sets the new one and revokes every other session of the user. */
export async function changePassword(
  deps: SessionDeps,
  principal: Principal | undefined,
  input: z.input<typeof changePasswordInput>,
): Promise<void> {
  const caller = requireUser(principal);
  const v = parseInput(changePasswordInput, input, 'password change');
  const user = await deps.store.users.findById(caller.userId);
  if (!user || user.disabled) throw unauthenticated();
  const username = user.username.toLowerCase();
  const lockedFor = await deps.attempts.lockedFor(username);
  if (lockedFor > 0) throw lockedOut(lockedFor);
  const hash = await deps.store.users.passwordHash(user.id);
  if (!(await deps.hasher.verify(hash, v.currentPassword))) {
    await deps.attempts.recordFailure(username);
    throw invalidArgument('current password is wrong', [{ field: 'currentPassword', message: 'is wrong' }]);
  }
  const problems = passwordProblems(v.newPassword, user.username, 'newPassword');
  if (v.newPassword === v.currentPassword)
    problems.push({ field: 'newPassword', message: 'must differ from the current password' });
  if (problems.length > 0) throw invalidArgument('new password is not acceptable', problems);
  const newHash = await deps.hasher.hash(v.newPassword);
  const now = nowOf(deps);
  const current = v.refreshToken ? await deps.store.refreshTokens.find(sha256(v.refreshToken)) : undefined;
  const keep = current && current.userId === user.id && !current.revokedAt ? current.familyId : undefined;
  await deps.store.transaction(async (tx) => {
    await recordChange(tx, caller, {
      entityType: 'user',
      verb: 'password_changed',
      ...withoutSnapshots(user),
      details: { resetByAdministrator: false },
    });
    await tx.users.setPassword(user.id, newHash, false, now);
    await tx.refreshTokens.revokeUserFamilies(user.id, now, keep);
  });
}

export async function getMe(deps: SessionDeps, principal: Principal | undefined): Promise<Me> {
  const caller = requireUser(principal);
  const user = await activeUser(deps, caller.userId);
  return meOf(deps.store, user, await principalOf(deps.store, user));
}

/**
 * The caller as the database knows it now: a disabled account or a changed role takes effect at
 * once in this service, whatever the (short-lived) token still says.
 */
export async function currentPrincipal(
  deps: SessionDeps,
  principal: Principal | undefined,
): Promise<Principal> {
  if (!principal) throw unauthenticated();
  if (principal.kind !== 'user') return principal;
  return principalOf(deps.store, await activeUser(deps, principal.userId));
}

async function activeUser(deps: SessionDeps, userId: string): Promise<User> {
  const user = isUuid(userId) ? await deps.store.users.findById(userId) : undefined;
  if (!user || user.disabled) throw unauthenticated('account is disabled or does not exist');
  return user;
}

async function principalOf(repos: IdentityRepositories, user: User): Promise<Principal> {
  const roles = await repos.roles.findByIds(user.roles.map((r) => r.id));
  const tree = user.departmentId ? await repos.departments.subtree(user.departmentId) : [];
  return buildPrincipal(user, roles, tree);
}

async function meOf(repos: IdentityRepositories, user: User, principal: Principal): Promise<Me> {
  const branch = await repos.branches.findById(user.branchId);
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    branchId: user.branchId,
    departmentId: user.departmentId,
    roles: user.roles,
    permissions: principal.permissions,
    dataScope: principal.dataScope,
    mustChangePassword: user.mustChangePassword,
    extension: user.extension,
    branchName: branch?.name ?? '',
  };
}

async function openSession(
  deps: SessionDeps,
  repos: IdentityRepositories,
  user: User,
  familyId: string,
): Promise<Session> {
  const principal = await principalOf(repos, user);
  const accessToken = await deps.tokens.sign(principal);
  const refreshToken = newSecret();
  const issuedAt = nowOf(deps);
  const expiresAt = new Date(issuedAt.getTime() + deps.refreshTokenTtlDays * 86_400_000);
  await repos.refreshTokens.insert({
    tokenHash: sha256(refreshToken),
    familyId,
    userId: user.id,
    issuedAt,
    expiresAt,
  });
  return {
    accessToken,
    tokenType: 'Bearer',
    expiresIn: deps.tokens.ttlSeconds,
    refreshToken,
    refreshTokenExpiresAt: expiresAt,
    user: await meOf(repos, user, principal),
  };
}

function requireUser(principal: Principal | undefined): Principal {
  if (!principal || principal.kind !== 'user') throw unauthenticated();
  return principal;
}
