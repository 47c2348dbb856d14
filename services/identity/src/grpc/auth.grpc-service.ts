import type { UnaryHandler } from '@crm/grpc';
import type { identityV1Types as t } from '@crm/proto';
import {
  changePassword,
  currentPrincipal,
  getMe,
  login,
  logout,
  refreshSession,
  type SessionDeps,
} from '../domain/sessions.use-case';
import { nonEmpty, toMeMessage, toSessionMessage } from '../wire/identity.mapper';

/** Thin handlers: decode, call a use case (which authorises), encode. `handle` verifies the token and maps errors. */
export function authGrpcService(deps: SessionDeps, handle: UnaryHandler): t.AuthServiceHandlers {
  return {
    Login: handle<t.LoginRequest__Output, t.LoginResponse>('Login', async (req) => ({
      session: toSessionMessage(await login(deps, { username: req.username, password: req.password })),
    })),
    Refresh: handle<t.RefreshRequest__Output, t.RefreshResponse>('Refresh', async (req) => ({
      session: toSessionMessage(await refreshSession(deps, { refreshToken: req.refreshToken })),
    })),
    Logout: handle<t.LogoutRequest__Output, t.LogoutResponse>('Logout', async (req, ctx) => {
      await logout(deps, await currentPrincipal(deps, ctx.principal), {
        refreshToken: nonEmpty(req.refreshToken),
      });
      return {};
    }),
    ChangePassword: handle<t.ChangePasswordRequest__Output, t.ChangePasswordResponse>(
      'ChangePassword',
      async (req, ctx) => {
        await changePassword(deps, await currentPrincipal(deps, ctx.principal), {
          currentPassword: req.currentPassword,
          newPassword: req.newPassword,
          refreshToken: nonEmpty(req.refreshToken),
        });
        return {};
      },
    ),
    GetMe: handle<t.GetMeRequest__Output, t.GetMeResponse>('GetMe', async (_req, ctx) => ({
      // getMe reloads the user and its roles itself; resolving the caller first would do it twice.
      me: toMeMessage(await getMe(deps, ctx.principal)),
    })),
  };
}
