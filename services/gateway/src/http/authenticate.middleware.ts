import type { NextFunction, Request, Response } from 'express';
import { dataScopes, runAsPrincipal, type DataScope, type Principal } from '@crm/auth';
import { unauthenticated } from '@crm/errors';

/**
 * The authentication seam. It resolves the caller to a Principal and runs the rest of the request as
 * that principal (so every gRPC call carries it). The identity issue replaces `devAuthenticator` with
 * JWT verification; routes and services do not change.
 */
export type Authenticator = (req: Request) => Promise<Principal | undefined>;

export function authenticate(authenticator: Authenticator) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const principal = await authenticator(req);
    if (!principal) throw unauthenticated();
    res.locals.principal = principal;
    runAsPrincipal(principal, next);
  };
}

/** Rejects every caller: the default until an authenticator is configured. */
export const rejectAll: Authenticator = async () => undefined;

/**
 * Development only (AUTH_MODE=dev, refused in production): trusts X-Dev-User / X-Dev-Branch /
 * X-Dev-Department / X-Dev-Scope / X-Dev-Permissions headers, defaulting to an administrator of branch
 * "main" so `curl` works against `npm start`.
 */
export const devAuthenticator: Authenticator = async (req) => {
  const scope = req.header('x-dev-scope') ?? 'all';
  const permissions = req.header('x-dev-permissions');
  return {
    kind: 'user',
    userId: req.header('x-dev-user') ?? 'dev-admin',
    roles: ['dev'],
    permissions: permissions ? permissions.split(',').map((p) => p.trim()) : ['*'],
    branchId: req.header('x-dev-branch') ?? 'main',
    departmentId: req.header('x-dev-department') ?? undefined,
    dataScope: (dataScopes as readonly string[]).includes(scope) ? (scope as DataScope) : 'own',
  };
};
