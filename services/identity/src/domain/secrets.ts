import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random secret (refresh token, site key): 32 bytes, base64url (43 characters). */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Secrets are stored only as their SHA-256: a database leak does not hand out working tokens or keys. */
export const sha256 = (secret: string): Buffer => createHash('sha256').update(secret, 'utf8').digest();

export const sameHash = (a: Buffer, b: Buffer): boolean => a.length === b.length && timingSafeEqual(a, b);
