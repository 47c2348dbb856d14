import { generateKeyPairSync } from 'node:crypto';
import { importPKCS8, importSPKI, jwtVerify, SignJWT, type KeyLike } from 'jose';
import { unauthenticated } from '@crm/errors';
import { principalSchema, type Principal } from './principal';

/**
 * Access tokens: short-lived EdDSA (Ed25519) JWTs signed by the identity service with its private key
 * and verified by the gateway and by every service with the public key, so no service has to trust
 * a principal it cannot check (DESIGN rule 5).
 */
export const TOKEN_ISSUER = 'crm-identity';
export const TOKEN_AUDIENCE = 'crm';
const ALG = 'EdDSA';

interface Claims {
  typ: 'access';
  kind: Principal['kind'];
  name?: string;
  br: string;
  dep?: string;
  dtr?: string[];
  rol: string[];
  prm: string[];
  scp: Principal['dataScope'];
  /** Present (true) only on a session that must change its password first. */
  pwc?: true;
}

const privateKeys = new Map<string, Promise<KeyLike>>();
const publicKeys = new Map<string, Promise<KeyLike>>();
const cached = <T>(map: Map<string, Promise<T>>, pem: string, load: () => Promise<T>) => {
  let key = map.get(pem);
  if (!key) map.set(pem, (key = load()));
  return key;
};

export async function signAccessToken(
  principal: Principal,
  options: { privateKeyPem: string; ttlSeconds: number; audience?: string; tokenId?: string },
): Promise<string> {
  const key = await cached(privateKeys, options.privateKeyPem, () => importPKCS8(options.privateKeyPem, ALG));
  const claims: Claims = {
    typ: 'access',
    kind: principal.kind,
    name: principal.username,
    br: principal.branchId,
    dep: principal.departmentId,
    dtr: principal.departmentTree,
    rol: principal.roles,
    prm: principal.permissions,
    scp: principal.dataScope,
    ...(principal.mustChangePassword ? { pwc: true as const } : {}),
  };
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: ALG, typ: 'JWT' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(options.audience ?? TOKEN_AUDIENCE)
    .setSubject(principal.userId)
    .setIssuedAt()
    .setJti(options.tokenId ?? crypto.randomUUID())
    .setExpirationTime(`${options.ttlSeconds}s`)
    .sign(key);
}

/**
 * Tokens already verified, per key and audience, until they expire. Every request is verified by the
 * gateway and again by each service it reaches; a token's signature and claims never change, so the
 * answer holds for the token's lifetime. Bounded: the oldest entries go first.
 */
const verified = new Map<string, { principal: Principal; expiresAtMs: number }>();
const MAX_VERIFIED = 10_000;

/** The principal of a valid token; UNAUTHENTICATED (with a reason) for an expired, forged or foreign one. */
export async function verifyAccessToken(
  token: string,
  options: { publicKeyPem: string; audience?: string },
): Promise<Principal> {
  const cacheKey = `${options.audience ?? TOKEN_AUDIENCE}\u0000${options.publicKeyPem}\u0000${token}`;
  const hit = verified.get(cacheKey);
  if (hit && hit.expiresAtMs > Date.now()) return hit.principal;
  if (hit) verified.delete(cacheKey);
  const { principal, expiresAtMs } = await verifyToken(token, options);
  if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value as string);
  verified.set(cacheKey, { principal, expiresAtMs });
  return principal;
}

async function verifyToken(
  token: string,
  options: { publicKeyPem: string; audience?: string },
): Promise<{ principal: Principal; expiresAtMs: number }> {
  const key = await cached(publicKeys, options.publicKeyPem, () => importSPKI(options.publicKeyPem, ALG));
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key, {
      issuer: TOKEN_ISSUER,
      audience: options.audience ?? TOKEN_AUDIENCE,
      algorithms: [ALG],
      clockTolerance: 5,
    }));
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw unauthenticated(code === 'ERR_JWT_EXPIRED' ? 'access token expired' : 'access token invalid');
  }
  if (payload.typ !== 'access' || typeof payload.exp !== 'number')
    throw unauthenticated('access token invalid');
  const parsed = principalSchema.safeParse({
    kind: payload.kind,
    userId: payload.sub,
    username: payload.name,
    roles: payload.rol,
    permissions: payload.prm,
    branchId: payload.br,
    departmentId: payload.dep,
    departmentTree: payload.dtr,
    dataScope: payload.scp,
    mustChangePassword: payload.pwc === true ? true : undefined,
  });
  if (!parsed.success) throw unauthenticated('access token invalid');
  return { principal: parsed.data, expiresAtMs: payload.exp * 1000 };
}

/** A fresh Ed25519 key pair in PEM (for `npm start`'s first run and for tests). */
export function generateSigningKeyPair(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}
