import type { Request, Response } from 'express';
import { z } from 'zod';
import { call } from '@crm/grpc';
import { DomainError } from '@crm/errors';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import { identityOf, meResource, required, sessionResource, toMe, toSession } from './identity-resources';

/** The refresh token also travels as this cookie, so a browser never has to keep it in script reach. */
export const REFRESH_COOKIE = 'crm_refresh';
const COOKIE_PATH = '/api/v1/auth';

const loginBody = z.strictObject({ username: z.string().max(200), password: z.string().max(1024) });
const refreshBody = z.strictObject({ refreshToken: z.string().max(200).optional() });
const changePasswordBody = z.strictObject({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024),
});

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

function setRefreshCookie(req: Request, res: Response, token: string, expiresAt: string): void {
  const maxAge = Math.max(0, Date.parse(expiresAt) - Date.now());
  res.cookie(REFRESH_COOKIE, token, { ...cookieOptions(req), maxAge });
}

export function authRoutes(clients: DownstreamClients): ApiRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/auth/login',
      summary: 'Sign in with username and password',
      tag: 'auth',
      permission: 'public',
      rateLimit: 'login',
      body: loginBody,
      responses: {
        200: {
          description: 'A session; the refresh token is also set as cookie crm_refresh',
          schema: sessionResource,
        },
        401: { description: 'Wrong username or password (the same answer for both)' },
        429: { description: 'Locked after too many failures; the problem has retryAfterSeconds' },
      },
      async handler({ body, req, res }) {
        const { auth } = identityOf(clients);
        const session = required((await call(auth.login.bind(auth), body)).session);
        setRefreshCookie(req, res, session.refreshToken, session.refreshTokenExpiresAt);
        return { status: 200, body: toSession(session), headers: { 'Cache-Control': 'no-store' } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/refresh',
      summary: 'Exchange a refresh token (body or crm_refresh cookie) for a new session',
      tag: 'auth',
      permission: 'public',
      rateLimit: 'login',
      body: refreshBody,
      responses: {
        200: { description: 'A new session; the presented refresh token is spent', schema: sessionResource },
        401: {
          description: 'Unknown, expired, revoked or reused refresh token (a reuse revokes its family)',
        },
      },
      async handler({ body, req, res }) {
        const { auth } = identityOf(clients);
        const refreshToken = body.refreshToken ?? refreshCookie(req) ?? '';
        try {
          const session = required((await call(auth.refresh.bind(auth), { refreshToken })).session);
          setRefreshCookie(req, res, session.refreshToken, session.refreshTokenExpiresAt);
          return { status: 200, body: toSession(session), headers: { 'Cache-Control': 'no-store' } };
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
      permission: 'authenticated',
      beforePasswordChange: true,
      body: refreshBody,
      responses: { 204: { description: 'Signed out' } },
      async handler({ body, req, res }) {
        const { auth } = identityOf(clients);
        const refreshToken = body.refreshToken ?? refreshCookie(req) ?? '';
        await call(auth.logout.bind(auth), { refreshToken });
        res.clearCookie(REFRESH_COOKIE, cookieOptions(req));
        return { status: 204 };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/auth/me',
      summary: 'The signed-in user with their permissions and data scope',
      tag: 'auth',
      permission: 'authenticated',
      beforePasswordChange: true,
      responses: { 200: { description: 'The caller', schema: meResource } },
      async handler() {
        const { auth } = identityOf(clients);
        return { status: 200, body: toMe(required((await call(auth.getMe.bind(auth), {})).me)) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/change-password',
      summary: 'Change the own password; every other session is ended',
      tag: 'auth',
      permission: 'authenticated',
      beforePasswordChange: true,
      body: changePasswordBody,
      responses: {
        204: { description: 'Changed' },
        400: { description: 'Current password wrong (field currentPassword) or new one not acceptable' },
      },
      async handler({ body, req }) {
        const { auth } = identityOf(clients);
        await call(auth.changePassword.bind(auth), { ...body, refreshToken: refreshCookie(req) ?? '' });
        return { status: 204 };
      },
    }),
  ];
}
