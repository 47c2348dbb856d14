import { generateSigningKeyPair, signAccessToken, type Principal } from '@crm/auth';

let keys: ReturnType<typeof generateSigningKeyPair> | undefined;

/** One Ed25519 key pair per test process, standing in for the identity service's. */
export function testSigningKeys(): { privateKeyPem: string; publicKeyPem: string } {
  keys ??= generateSigningKeyPair();
  return keys;
}

/** A principal with sensible defaults: an administrator of branch `main` unless overridden. */
export function testPrincipal(overrides: Partial<Principal> = {}): Principal {
  return {
    kind: 'user',
    userId: 'test-admin',
    username: 'test-admin',
    roles: ['system_admin'],
    permissions: ['*'],
    branchId: 'main',
    dataScope: 'all',
    ...overrides,
  };
}

/** An access token for `principal`, signed with the test keys. */
export function testAccessToken(principal: Partial<Principal> = {}, ttlSeconds = 300): Promise<string> {
  return signAccessToken(testPrincipal(principal), {
    privateKeyPem: testSigningKeys().privateKeyPem,
    ttlSeconds,
  });
}
