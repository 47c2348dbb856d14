import type { Request, Response } from 'express';
import { DomainError } from '@crm/errors';
import { call } from '@crm/grpc';
import type { identityV1Types as t } from '@crm/proto';
import { declaredAccess } from '@crm/rest';
import { identityOf, type DownstreamClients } from '../clients/downstream-clients';
import { defineRoute, protoMessage, type ApiRoute } from '../http/api-route';
import { required } from './route-helpers';

// The log-in routes: not plain JSON, because they set, read and clear the refresh cookie. Their
// bodies and answers are identity's messages (the REST conventions shape them, the OpenAPI document
// shows the same components as everywhere), and who may call them is what auth.proto declares on
// each RPC. GET /auth/me is transcoded.

/** The refresh token also travels as this cookie, so a browser never has to keep it in script reach. */
export const REFRESH_COOKIE = 'crm_refresh';
const COOKIE_PATH = '/api/v1/auth';
const AUTH = 'crm.identity.v1.AuthService';
const session = protoMessage('crm.identity.v1.Session');
/** A session carries tokens: no cache may keep it. */
const noStore = { 'Cache-Control': 'no-store' };

/** The `crm_refresh` cookie of the request, if any (no cookie parser needed for one value). */
export function refreshCookie(req: Request): string | undefined {
  for (const part of (req.header('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

const cookieOptions = (req: Request) => ({
  httpOnly: true,
  sameSite: 'strict' as const,
  path: COOKIE_PATH,
  secure: req.secure,
});

function setRefreshCookie(req: Request, res: Response, s: t.Session__Output): void {
  const maxAge = Math.max(0, Date.parse(s.refreshTokenExpiresAt) - Date.now());
  res.cookie(REFRESH_COOKIE, s.refreshToken, { ...cookieOptions(req), maxAge });
}

/** The refresh token of a body, else of the cookie ('' when neither has one). */
const refreshTokenOf = (body: { refreshToken?: string }, req: Request) =>
  body.refreshToken || refreshCookie(req) || '';

export function authRoutes(clients: DownstreamClients): ApiRoute[] {
  const auth = () => identityOf(clients).auth;
  return [
    defineRoute({
      method: 'post',
      path: '/auth/login',
      summary: 'Sign in with username and password',
      tag: 'auth',
      ...declaredAccess(`${AUTH}/Login`),
      body: protoMessage('crm.identity.v1.LoginRequest'),
      responses: {
        200: {
          description: 'A session; the refresh token is also set as cookie crm_refresh',
          schema: session,
        },
        401: { description: 'Wrong username or password (the same answer for both)' },
        429: { description: 'Locked after too many failures; the problem has retryAfterSeconds' },
      },
      async handler({ body, req, res }) {
        const c = auth();
        const s = required((await call(c.login.bind(c), body as t.LoginRequest)).session);
        setRefreshCookie(req, res, s);
        return { status: 200, body: s, headers: noStore };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/refresh',
      summary: 'Exchange a refresh token (body or crm_refresh cookie) for a new session',
      tag: 'auth',
      ...declaredAccess(`${AUTH}/Refresh`),
      body: protoMessage('crm.identity.v1.RefreshRequest'),
      responses: {
        200: { description: 'A new session; the presented refresh token is spent', schema: session },
        401: {
          description: 'Unknown, expired, revoked or reused refresh token (a reuse revokes its family)',
        },
      },
      async handler({ body, req, res }) {
        const c = auth();
        try {
          const refreshToken = refreshTokenOf(body as t.RefreshRequest, req);
          const s = required((await call(c.refresh.bind(c), { refreshToken })).session);
          setRefreshCookie(req, res, s);
          return { status: 200, body: s, headers: noStore };
        } catch (err) {
          // A dead refresh token in the cookie is of no use to the browser any more.
          if (err instanceof DomainError && err.code === 'UNAUTHENTICATED')
            res.clearCookie(REFRESH_COOKIE, cookieOptions(req));
          throw err;
        }
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/logout',
      summary: 'End the session: its refresh token family is revoked and the cookie cleared',
      tag: 'auth',
      ...declaredAccess(`${AUTH}/Logout`),
      body: protoMessage('crm.identity.v1.LogoutRequest'),
      responses: { 204: { description: 'Signed out' } },
      async handler({ body, req, res }) {
        const c = auth();
        await call(c.logout.bind(c), { refreshToken: refreshTokenOf(body as t.LogoutRequest, req) });
        res.clearCookie(REFRESH_COOKIE, cookieOptions(req));
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/change-password',
      summary: 'Change the own password; every other session is ended',
      tag: 'auth',
      ...declaredAccess(`${AUTH}/ChangePassword`),
      body: protoMessage('crm.identity.v1.ChangePasswordRequest'),
      responses: {
        204: { description: 'Changed' },
        400: { description: 'Current password wrong (field currentPassword) or new one not acceptable' },
      },
      async handler({ body, req }) {
        const c = auth();
        const request = body as t.ChangePasswordRequest;
        await call(c.changePassword.bind(c), { ...request, refreshToken: refreshTokenOf(request, req) });
        return { status: 204 };
      },
    }),
  ];
}
