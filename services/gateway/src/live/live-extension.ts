import { runAsPrincipal, type Principal } from '@crm/auth';
import { DomainError } from '@crm/errors';
import { call } from '@crm/grpc';
import type { Logger } from '@crm/log';
import type { IdentityClients } from '../clients/downstream-clients';

/** The telephone extension of a live socket's user; throws UNAUTHENTICATED for an account that is gone. */
export type ExtensionLookup = (principal: Principal, token: string) => Promise<string | undefined>;

/**
 * Asks identity (GetMe, with the socket's own token) for the user's extension once per connect. Not an
 * access-token claim: a client reconnects with the token it holds, so a claim would keep a changed
 * extension for the token's whole lifetime, while GetMe reads it fresh at every connect. It also refuses
 * a disabled account, which the token alone would let in until it expires.
 *
 * When identity cannot answer, the socket connects without an extension: it still gets every branch
 * pop, and a call for its extension reaches it through the whole-branch fallback of the hub.
 */
export function identityExtensionLookup(auth: IdentityClients['auth'], logger: Logger): ExtensionLookup {
  return async (principal, token) => {
    if (principal.kind !== 'user') return undefined;
    try {
      const { me } = await runAsPrincipal(principal, () => call(auth.getMe.bind(auth), {}), token);
      return me?.extension || undefined;
    } catch (err) {
      if (err instanceof DomainError && err.code === 'UNAUTHENTICATED') throw err;
      logger.warn({ err, userId: principal.userId }, 'live: extension unknown (identity did not answer)');
      return undefined;
    }
  };
}
