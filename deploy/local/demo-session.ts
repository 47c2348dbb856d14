// The session the demo parts act in, over the public REST API. Every account starts with a password
// that must be changed at the first sign-in, the administrator's too, and until then the API allows
// nothing else: so acting as `admin` means changing its printed password, which must stay usable.
// Hence the demo administrator `demo` (演示数据), a system administrator made for it:
//   1. admin signs in with its printed password and changes it to a random one (nobody's);
//   2. admin makes `demo` with a random password, which demo changes at once to another one;
//   3. demo gives admin back its printed password as an administrator's reset does (it must be
//      changed at the first sign-in, as before): admin is as the banner left it, and the audit log
//      says who did what.
// Then every part acts as demo. Its password was never printed nor stored: nobody can sign in as
// it; an administrator may disable it. An administrator whose password was changed already is used
// as it is. Steps 1–3 take about a second; only a runner killed in between leaves admin without its
// printed password (the system was new: delete .data and start again).
import { DemoApiError, randomPassword, type DemoMethod } from '@crm/demo';
import { DEMO_ADMIN_USERNAME } from './demo-start';

export const DEMO_ACCOUNT = { username: 'demo', displayName: '演示数据' } as const;

interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; username: string; branchId: string; mustChangePassword: boolean };
}

export interface DemoSession {
  /** `/api/v1<path>` as the account (see DemoContext.api). */
  api<T = unknown>(method: DemoMethod, path: string, body?: unknown): Promise<T>;
  /** Who the parts act as. */
  account: { id: string; username: string };
}

/** One call of the REST API; JSON (or FormData) in, parsed JSON out, a DemoApiError for non-2xx. */
async function call<T>(
  baseUrl: string,
  method: DemoMethod,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const form = body instanceof FormData;
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: body === undefined || form ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : form ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = { detail: text.slice(0, 200) };
  }
  if (!res.ok) throw new DemoApiError(method, path, res.status, (parsed ?? {}) as DemoApiError['problem']);
  return parsed as T;
}

const bearer = (session: Session) => ({ authorization: `Bearer ${session.accessToken}` });

async function signIn(baseUrl: string, username: string, password: string): Promise<Session> {
  return call<Session>(baseUrl, 'POST', '/auth/login', { username, password });
}

const renew = (baseUrl: string, session: Session): Promise<Session> =>
  call<Session>(baseUrl, 'POST', '/auth/refresh', { refreshToken: session.refreshToken });

/** The first sign-in's change to `next`, keeping this session (the gateway reads it from the cookie). */
async function changePassword(baseUrl: string, session: Session, current: string, next: string) {
  await call(
    baseUrl,
    'POST',
    '/auth/change-password',
    { currentPassword: current, newPassword: next },
    { ...bearer(session), cookie: `crm_refresh=${session.refreshToken}` },
  );
  return renew(baseUrl, session);
}

/** A session ready for work as `username`, whose password is changed to a random one if it must be. */
async function signInForWork(baseUrl: string, username: string, password: string) {
  const first = await signIn(baseUrl, username, password);
  if (!first.user.mustChangePassword) return { session: first, changed: undefined };
  const changed = randomPassword(32, username);
  return { session: await changePassword(baseUrl, first, password, changed), changed };
}

/** Opens the demo's session (see the top of this file) with the administrator's first password. */
export async function openDemoSession(baseUrl: string, adminPassword: string): Promise<DemoSession> {
  const admin = await signInForWork(baseUrl, DEMO_ADMIN_USERNAME, adminPassword);
  let session = admin.session;
  if (admin.changed) {
    try {
      session = await makeDemoAccount(baseUrl, admin.session, adminPassword);
    } catch (error) {
      // At least the printed password works again (without the forced change, which needs another administrator).
      await changePassword(baseUrl, admin.session, admin.changed, adminPassword).catch(() => undefined);
      throw error;
    }
  }
  const account = { id: session.user.id, username: session.user.username };
  let renewal: Promise<Session> | undefined;
  const renewOnce = (stale: Session): Promise<Session> => {
    if (session !== stale) return Promise.resolve(session);
    renewal ??= renew(baseUrl, stale).then((next) => {
      session = next;
      renewal = undefined;
      return next;
    });
    return renewal;
  };
  const api = async <T>(method: DemoMethod, path: string, body?: unknown): Promise<T> => {
    const used = session;
    let result: T;
    try {
      result = await call<T>(baseUrl, method, path, body, bearer(used));
    } catch (error) {
      // An access token lives 15 minutes: a long part renews it and tries once more.
      if (!(error instanceof DemoApiError) || error.status !== 401) throw error;
      result = await call<T>(baseUrl, method, path, body, bearer(await renewOnce(used)));
    }
    // The token carries the user's department (and branch): after a change of its own user, a new one.
    if (method === 'PATCH' && path === `/users/${account.id}`) await renewOnce(session);
    return result;
  };
  return { api, account };
}

/** Steps 2 and 3: `demo` made by admin, admin given back its printed password by demo. */
async function makeDemoAccount(baseUrl: string, admin: Session, adminPassword: string): Promise<Session> {
  const roles = await call<{ items: { id: string; key: string | null }[] }>(
    baseUrl,
    'GET',
    '/roles',
    undefined,
    bearer(admin),
  );
  const systemAdmin = roles.items.find((role) => role.key === 'system_admin');
  if (!systemAdmin) throw new Error('demo data: there is no built-in role system_admin');
  const initial = randomPassword(32, DEMO_ACCOUNT.username);
  await call(
    baseUrl,
    'POST',
    '/users',
    {
      ...DEMO_ACCOUNT,
      password: initial,
      branchId: admin.user.branchId,
      roleIds: [systemAdmin.id],
    },
    bearer(admin),
  );
  const demo = await signInForWork(baseUrl, DEMO_ACCOUNT.username, initial);
  await call(
    baseUrl,
    'POST',
    `/users/${admin.user.id}/reset-password`,
    { newPassword: adminPassword },
    bearer(demo.session),
  );
  return demo.session;
}
