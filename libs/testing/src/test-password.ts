import { randomBytes } from 'node:crypto';

/**
 * A fresh password for a user a test creates (never a fixed literal): long enough for the policy,
 * random so no two runs share one.
 */
export function testPassword(): string {
  return `Pw-${randomBytes(12).toString('base64url')}`;
}
