/**
 * Runs the identity service in-process on port 0 against the real PostgreSQL, NATS and Redis, with its
 * own database, bus namespace and Redis prefix, and talks to it the way the gateway does: gRPC clients
 * from @crm/grpc whose interceptor forwards the caller's access token.
 */
import type { ServiceError } from '@grpc/grpc-js';
import { jetstreamManager } from '@nats-io/jetstream';
import { generateSigningKeyPair, runAsPrincipal } from '@crm/auth';
import { call, createClient } from '@crm/grpc';
import { createLogger } from '@crm/log';
import { identityV1 } from '@crm/proto';
import {
  cleanupRedis,
  connectTestNats,
  connectTestRedis,
  createTestDatabase,
  testBusNamespace,
  testNatsUrl,
  testRedisPrefix,
  testRedisUrl,
  type TestDatabase,
  testPassword,
} from '@crm/testing';
import { identityService, loadIdentityConfig, startIdentityService } from '../../src';

export const ADMIN_PASSWORD = testPassword();
export const logger = createLogger({ service: 'identity-test', level: 'silent' });

export type IdentityClients = ReturnType<typeof identityClients>;

function identityClients(address: string) {
  const s = identityV1();
  return {
    auth: createClient(s.AuthService, address),
    users: createClient(s.UserService, address),
    roles: createClient(s.RoleService, address),
    branches: createClient(s.BranchService, address),
    departments: createClient(s.DepartmentService, address),
    employees: createClient(s.EmployeeService, address),
    sites: createClient(s.SiteService, address),
    audit: createClient(s.AuditService, address),
  };
}

/** Calls `method` as the holder of `token` (none: anonymous), like the gateway does for a request. */
export function rpc<Req, Res>(
  token: string | undefined,
  method: (request: Req, callback: (err: ServiceError | null, res?: Res) => void) => unknown,
  request: Req,
): Promise<Res> {
  return runAsPrincipal(undefined, () => call(method, request), token);
}

export interface IdentityKit {
  db: TestDatabase;
  port: number;
  clients: IdentityClients;
  keys: { privateKeyPem: string; publicKeyPem: string };
  namespace: string;
  env: Record<string, string>;
  banners: string[];
  /** Starts another instance on the same database, bus namespace and Redis prefix (a restart, a replica). */
  startAnother(extraEnv?: Record<string, string>): Promise<{ port: number; stop(): Promise<void> }>;
  stop(): Promise<void>;
}

export async function startIdentityKit(extraEnv: Record<string, string> = {}): Promise<IdentityKit> {
  const db = await createTestDatabase({ template: identityService });
  const keys = generateSigningKeyPair();
  const ns = testBusNamespace();
  const namespace = ns.subjectPrefix.slice(0, -1);
  const redisPrefix = testRedisPrefix();
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    NATS_URL: testNatsUrl(),
    NATS_NAMESPACE: namespace,
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: `${redisPrefix}identity`,
    GRPC_PORT: '0',
    JWT_PRIVATE_KEY: keys.privateKeyPem,
    JWT_PUBLIC_KEY: keys.publicKeyPem,
    LOG_LEVEL: 'silent',
    ...extraEnv,
  };
  const banners: string[] = [];
  const started: { stop(): Promise<void> }[] = [];
  const startAnother = async (more: Record<string, string> = {}) => {
    const service = await startIdentityService(loadIdentityConfig({ ...env, ...more }), logger, {
      announce: (text) => banners.push(text),
    });
    let stopped = false;
    const handle = {
      port: service.port,
      async stop() {
        if (stopped) return;
        stopped = true;
        await service.stop();
      },
    };
    started.push(handle);
    return handle;
  };
  const first = await startAnother();
  const clients = identityClients(`127.0.0.1:${first.port}`);
  return {
    db,
    port: first.port,
    clients,
    keys,
    namespace,
    env,
    banners,
    startAnother,
    async stop() {
      for (const c of Object.values(clients)) c.close();
      for (const s of started.reverse()) await s.stop();
      const nc = await connectTestNats();
      await ns.cleanup(await jetstreamManager(nc));
      await nc.close();
      const redis = await connectTestRedis();
      await cleanupRedis(redis, redisPrefix);
      await redis.quit();
      await db.drop();
    },
  };
}

/** Signs in and returns the session (access and refresh token, user). */
export async function login(kit: IdentityKit, username: string, password: string) {
  const { auth } = kit.clients;
  const { session } = await rpc(undefined, auth.login.bind(auth), { username, password });
  if (!session) throw new Error('no session');
  return session;
}

/**
 * Signs in ready for work. A first login (and the first after a reset) may only change the password:
 * that is done here, to `newPassword`, and the session is renewed (the refreshed token carries no
 * pending change), as the portal does.
 */
export async function workingSession(
  kit: IdentityKit,
  username: string,
  password: string,
  newPassword = `${password}-2`,
) {
  const first = await login(kit, username, password);
  if (!first.user?.mustChangePassword) return first;
  const { auth } = kit.clients;
  await rpc(first.accessToken, auth.changePassword.bind(auth), {
    currentPassword: password,
    newPassword,
    refreshToken: first.refreshToken,
  });
  const { session } = await rpc(undefined, auth.refresh.bind(auth), { refreshToken: first.refreshToken });
  if (!session || session.user?.mustChangePassword) throw new Error('the password change did not clear');
  return session;
}

/** The error code a call fails with (or 'OK'). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
}

export async function count(
  kit: IdentityKit,
  table: string,
  where = 'TRUE',
  params: unknown[] = [],
): Promise<number> {
  const { rows } = await kit.db.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM ${table} WHERE ${where}`,
    params,
  );
  return Number(rows[0]?.n);
}
