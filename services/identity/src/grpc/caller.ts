import type { Principal } from '@crm/auth';
import type { CallContext } from '@crm/grpc';
import { currentPrincipal, type SessionDeps } from '../domain/sessions.use-case';

/** The verified caller of a call, refreshed from the database (a disabled account or a changed role counts at once). */
export type CallerResolver = (ctx: CallContext) => Promise<Principal>;

export const callerResolver =
  (deps: SessionDeps): CallerResolver =>
  (ctx) =>
    currentPrincipal(deps, ctx.principal);
