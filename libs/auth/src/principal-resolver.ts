import { verifyAccessToken } from './access-token';
import type { Principal } from './principal';

/** Reads request metadata (gRPC metadata, or anything with the same `get`). */
export interface MetadataReader {
  get(key: string): unknown[];
}

/**
 * How a service learns who calls it: undefined when no credentials were sent (a use case that needs a
 * caller then answers UNAUTHENTICATED); throws UNAUTHENTICATED for credentials that do not verify.
 */
export type PrincipalResolver = (
  metadata: MetadataReader,
) => Promise<{ principal: Principal; token: string } | undefined>;

export const AUTHORIZATION_KEY = 'authorization';

/** Verifies the caller's `authorization: Bearer <jwt>` with the identity service's public key. */
export function tokenPrincipalResolver(publicKeyPem: string): PrincipalResolver {
  return async (metadata) => {
    const header = metadata.get(AUTHORIZATION_KEY)[0];
    if (typeof header !== 'string') return undefined;
    const token = /^Bearer (\S+)$/i.exec(header)?.[1];
    if (!token) return undefined;
    return { principal: await verifyAccessToken(token, { publicKeyPem }), token };
  };
}
