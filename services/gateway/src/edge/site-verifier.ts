import { createHash } from 'node:crypto';
import type { Cache } from '@crm/cache';
import { DomainError } from '@crm/errors';
import { call } from '@crm/grpc';
import type { IdentityClients } from '../clients/downstream-clients';

/** A site whose key identity has accepted. */
export interface VerifiedSite {
  siteId: string;
  branchId: string;
  name: string;
}

/** Why a site key is not accepted: refused (UNAUTHENTICATED) or could not be checked (UNAVAILABLE). */
export class SiteKeyError extends Error {
  constructor(
    readonly refused: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'SiteKeyError';
  }
}

const REFUSING_CODES = new Set(['UNAUTHENTICATED', 'PERMISSION_DENIED', 'NOT_FOUND', 'INVALID_ARGUMENT']);

/**
 * Checks a site's key with identity's VerifySiteKey and remembers a positive answer in Redis for
 * `ttlSeconds`, keyed by site id and the SHA-256 of the key (never the key itself). A refusal is never
 * cached, and a revoked key stops being accepted at most `ttlSeconds` after the revocation.
 */
export class SiteVerifier {
  constructor(
    private readonly sites: IdentityClients['sites'],
    private readonly cache: Cache,
    private readonly ttlSeconds: number,
  ) {}

  static cacheKey(siteId: string, siteKey: string): string {
    return `edge:site-key:${siteId}:${createHash('sha256').update(siteKey).digest('hex')}`;
  }

  /** Drops every cached verification of the site (its key was revoked or rotated). */
  async forget(siteId: string): Promise<void> {
    const keys: string[] = [];
    for await (const batch of this.cache.client.scanIterator({
      MATCH: this.cache.key(`edge:site-key:${siteId}:*`),
      COUNT: 100,
    }))
      keys.push(...(Array.isArray(batch) ? batch : [batch]));
    if (keys.length > 0) await this.cache.client.del(keys);
  }

  async verify(siteId: string, siteKey: string): Promise<VerifiedSite> {
    if (!siteId || !siteKey) throw new SiteKeyError(true, 'x-site-id and x-site-key are required');
    const key = SiteVerifier.cacheKey(siteId, siteKey);
    const cached = await this.cache.getJson<VerifiedSite>(key);
    if (cached) return cached;
    let answer;
    try {
      answer = await call(this.sites.verifySiteKey.bind(this.sites), { siteId, siteKey });
    } catch (err) {
      if (err instanceof DomainError && REFUSING_CODES.has(err.code))
        throw new SiteKeyError(true, 'site key refused');
      throw new SiteKeyError(false, `cannot verify the site key: ${(err as Error).message}`);
    }
    const site = answer.site;
    if (!site || site.id !== siteId || site.revokedAt) throw new SiteKeyError(true, 'site key refused');
    const verified: VerifiedSite = { siteId: site.id, branchId: site.branchId, name: site.name };
    await this.cache.setJson(key, verified, this.ttlSeconds);
    return verified;
  }
}
