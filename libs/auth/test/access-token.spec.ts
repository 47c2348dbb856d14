import { SignJWT, importPKCS8 } from 'jose';
import {
  generateSigningKeyPair,
  PASSWORD_CHANGE_REQUIRED,
  refuseBeforePasswordChange,
  signAccessToken,
  verifyAccessToken,
  type Principal,
} from '../src';

const principal: Principal = {
  kind: 'user',
  userId: 'u1',
  username: '张三',
  roles: ['account_manager'],
  permissions: ['customers.read'],
  branchId: 'b1',
  departmentId: 'd1',
  departmentTree: ['d1'],
  dataScope: 'own',
};
const keys = generateSigningKeyPair();
const other = generateSigningKeyPair();

describe('access tokens', () => {
  it('round-trips the principal', async () => {
    const token = await signAccessToken(principal, { privateKeyPem: keys.privateKeyPem, ttlSeconds: 60 });
    await expect(verifyAccessToken(token, { publicKeyPem: keys.publicKeyPem })).resolves.toEqual(principal);
  });

  it('carries a pending password change, and nothing when there is none', async () => {
    const pending = { ...principal, mustChangePassword: true };
    const token = await signAccessToken(pending, { privateKeyPem: keys.privateKeyPem, ttlSeconds: 60 });
    expect(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())).toMatchObject({
      pwc: true,
    });
    await expect(verifyAccessToken(token, { publicKeyPem: keys.publicKeyPem })).resolves.toEqual(pending);
    const done = await signAccessToken(
      { ...principal, mustChangePassword: false },
      { privateKeyPem: keys.privateKeyPem, ttlSeconds: 60 },
    );
    expect(JSON.parse(Buffer.from(done.split('.')[1]!, 'base64url').toString())).not.toHaveProperty('pwc');
    const verified = await verifyAccessToken(done, { publicKeyPem: keys.publicKeyPem });
    expect(verified.mustChangePassword).toBeUndefined();
  });

  it('refuses a pending password change everything but what is allowed before it', () => {
    const pending = { ...principal, mustChangePassword: true };
    expect(() => refuseBeforePasswordChange(pending, false)).toThrow(
      expect.objectContaining({
        code: 'PERMISSION_DENIED',
        details: { reason: PASSWORD_CHANGE_REQUIRED },
      }),
    );
    expect(() => refuseBeforePasswordChange(pending, true)).not.toThrow();
    expect(() => refuseBeforePasswordChange(principal, false)).not.toThrow();
    expect(() => refuseBeforePasswordChange(undefined, false)).not.toThrow();
  });

  it('rejects expired, tampered, foreign-key and wrong-audience tokens', async () => {
    const expired = await signAccessToken(principal, { privateKeyPem: keys.privateKeyPem, ttlSeconds: -60 });
    await expect(verifyAccessToken(expired, { publicKeyPem: keys.publicKeyPem })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: 'access token expired',
    });
    const good = await signAccessToken(principal, { privateKeyPem: keys.privateKeyPem, ttlSeconds: 60 });
    const [h, p, s] = good.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const tampered = [
      h,
      Buffer.from(JSON.stringify({ ...claims, scp: 'all', prm: ['*'] })).toString('base64url'),
      s,
    ].join('.');
    await expect(verifyAccessToken(tampered, { publicKeyPem: keys.publicKeyPem })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const foreign = await signAccessToken(principal, { privateKeyPem: other.privateKeyPem, ttlSeconds: 60 });
    await expect(verifyAccessToken(foreign, { publicKeyPem: keys.publicKeyPem })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const otherAudience = await signAccessToken(principal, {
      privateKeyPem: keys.privateKeyPem,
      ttlSeconds: 60,
      audience: 'elsewhere',
    });
    await expect(verifyAccessToken(otherAudience, { publicKeyPem: keys.publicKeyPem })).rejects.toMatchObject(
      { code: 'UNAUTHENTICATED' },
    );
  });

  it('rejects a token signed with "none" or without the access type', async () => {
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"u1"}').toString('base64url')}.`;
    await expect(verifyAccessToken(unsigned, { publicKeyPem: keys.publicKeyPem })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const key = await importPKCS8(keys.privateKeyPem, 'EdDSA');
    const refreshLike = await new SignJWT({ typ: 'refresh' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('crm-identity')
      .setAudience('crm')
      .setSubject('u1')
      .setExpirationTime('1m')
      .sign(key);
    await expect(verifyAccessToken(refreshLike, { publicKeyPem: keys.publicKeyPem })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('verified-token cache', () => {
  it('answers a repeated token from the cache and still refuses it once expired', async () => {
    const token = await signAccessToken(principal, { privateKeyPem: keys.privateKeyPem, ttlSeconds: 2 });
    await expect(verifyAccessToken(token, { publicKeyPem: keys.publicKeyPem })).resolves.toEqual(principal);
    // Same token, other key: not a cache hit — verification runs and fails.
    await expect(verifyAccessToken(token, { publicKeyPem: other.publicKeyPem })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    jest.useFakeTimers({ now: Date.now() + 10_000, doNotFake: ['nextTick', 'setImmediate'] });
    try {
      await expect(verifyAccessToken(token, { publicKeyPem: keys.publicKeyPem })).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    } finally {
      jest.useRealTimers();
    }
  });
});
