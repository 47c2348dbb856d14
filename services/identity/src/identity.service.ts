import { signAccessToken, tokenPrincipalResolver } from '@crm/auth';
import { busMigrationsDir, busMigrationsNamespace, connectBus, OutboxRelay } from '@crm/bus';
import { Cache } from '@crm/cache';
import { createPool, migrate } from '@crm/db';
import { createHandlerFactory, GrpcServer } from '@crm/grpc';
import type { Logger } from '@crm/log';
import { identityV1, identityV1Files, loadDefinition } from '@crm/proto';
import type { IdentityConfig } from './config';
import { AuditUseCases } from './domain/audit.use-case';
import { bootstrapIdentity, type BootstrapResult } from './domain/bootstrap.use-case';
import { BranchUseCases } from './domain/branches.use-case';
import { DepartmentUseCases } from './domain/departments.use-case';
import { EmployeeUseCases } from './domain/employees.use-case';
import { RoleUseCases } from './domain/roles.use-case';
import { SessionUseCases } from './domain/sessions.use-case';
import { SiteUseCases } from './domain/sites.use-case';
import { UserUseCases } from './domain/users.use-case';
import { auditRecordedConsumers } from './events/audit-recorded.consumer';
import { auditGrpcService } from './grpc/audit.grpc-service';
import { authGrpcService } from './grpc/auth.grpc-service';
import { branchesGrpcService } from './grpc/branches.grpc-service';
import { callerResolver } from './grpc/caller';
import { departmentsGrpcService } from './grpc/departments.grpc-service';
import { employeesGrpcService } from './grpc/employees.grpc-service';
import { rolesGrpcService } from './grpc/roles.grpc-service';
import { sitesGrpcService } from './grpc/sites.grpc-service';
import { usersGrpcService } from './grpc/users.grpc-service';
import { createArgon2Hasher } from './domain/argon2.password-hasher';
import { RedisLoginAttempts } from './store/login-attempts.repository';
import { identityMigrationsDir, PgIdentityStore } from './store/identity.store';

export interface IdentityServiceOptions {
  /**
   * Where the one-time banner with a generated administrator password goes: stdout by default, in
   * plain text and never into the JSON log (log pipelines keep what they are given).
   */
  announce?: (text: string) => void;
}

/** The banner of the very first start, when no CRM_ADMIN_PASSWORD was given. */
export function adminPasswordBanner(result: BootstrapResult): string | undefined {
  if (!result.admin || !result.generatedPassword) return undefined;
  const line = '='.repeat(72);
  return [
    line,
    '  CRM first start: the administrator account was created.',
    `    username: ${result.admin.username}    (branch ${result.admin.branchCode})`,
    `    password: ${result.generatedPassword}`,
    '  This password is shown only this once. Sign in and change it now.',
    '  (Set CRM_ADMIN_PASSWORD before the first start to choose it instead.)',
    line,
    '',
  ].join('\n');
}

/**
 * Starts the identity service: migrations, NATS topology, outbox relay, the bootstrap of the first
 * administrator, the audit consumers and the gRPC server (port 0 picks a free one). stop() reverses
 * it: stop intake, finish in-flight calls, drain consumers and the relay, close Redis and the pool.
 */
export async function startIdentityService(
  config: IdentityConfig,
  logger: Logger,
  options: IdentityServiceOptions = {},
) {
  const pool = createPool(config.DATABASE_URL, { applicationName: 'identity' });
  await migrate(
    pool,
    [
      { namespace: busMigrationsNamespace, dir: busMigrationsDir },
      { namespace: 'identity', dir: identityMigrationsDir },
    ],
    { logger },
  );
  const cache = await Cache.connect(config.REDIS_URL, config.REDIS_KEY_PREFIX);
  const bus = await connectBus({ url: config.NATS_URL, name: 'identity', namespace: config.NATS_NAMESPACE });
  const relay = new OutboxRelay({ pool, js: bus.js, ns: bus.ns, logger });
  await relay.start();

  const store = new PgIdentityStore(pool);
  const hasher = await createArgon2Hasher({
    memoryKiB: config.ARGON2_MEMORY_KIB,
    timeCost: config.ARGON2_TIME_COST,
  });
  const attempts = new RedisLoginAttempts(cache, {
    maxFailures: config.LOGIN_MAX_FAILURES,
    windowSeconds: config.LOGIN_FAILURE_WINDOW_SECONDS,
    baseSeconds: config.LOCKOUT_BASE_SECONDS,
    maxSeconds: config.LOCKOUT_MAX_SECONDS,
    memorySeconds: 86_400,
  });
  const tokens = {
    ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    sign: (principal: Parameters<typeof signAccessToken>[0]) =>
      signAccessToken(principal, {
        privateKeyPem: config.JWT_PRIVATE_KEY,
        ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      }),
  };

  const bootstrap = await bootstrapIdentity({ store, hasher, adminPassword: config.CRM_ADMIN_PASSWORD });
  if (bootstrap.admin)
    logger.info({ username: bootstrap.admin.username }, 'bootstrap: administrator created');
  const banner = adminPasswordBanner(bootstrap);
  if (banner) (options.announce ?? ((text: string) => process.stdout.write(text)))(banner);

  const consumers = auditRecordedConsumers(bus, pool, logger);
  for (const consumer of consumers) await consumer.start();

  const sessions = new SessionUseCases({
    store,
    hasher,
    attempts,
    tokens,
    refreshTokenTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
  });
  const caller = callerResolver(sessions);
  const handle = createHandlerFactory({
    logger,
    resolvePrincipal: tokenPrincipalResolver(config.JWT_PUBLIC_KEY),
  });
  const services = identityV1();
  const server = new GrpcServer(identityV1Files.map((file) => loadDefinition(file)));
  server
    .addService(
      services.AuthService.service,
      authGrpcService(sessions, handle),
      'crm.identity.v1.AuthService',
    )
    .addService(
      services.UserService.service,
      usersGrpcService(new UserUseCases({ store, hasher, attempts }), caller, handle),
      'crm.identity.v1.UserService',
    )
    .addService(
      services.RoleService.service,
      rolesGrpcService(new RoleUseCases({ store }), caller, handle),
      'crm.identity.v1.RoleService',
    )
    .addService(
      services.BranchService.service,
      branchesGrpcService(new BranchUseCases({ store }), caller, handle),
      'crm.identity.v1.BranchService',
    )
    .addService(
      services.DepartmentService.service,
      departmentsGrpcService(new DepartmentUseCases({ store }), caller, handle),
      'crm.identity.v1.DepartmentService',
    )
    .addService(
      services.EmployeeService.service,
      employeesGrpcService(new EmployeeUseCases({ store }), caller, handle),
      'crm.identity.v1.EmployeeService',
    )
    .addService(
      services.SiteService.service,
      sitesGrpcService(new SiteUseCases({ store }), caller, handle),
      'crm.identity.v1.SiteService',
    )
    .addService(
      services.AuditService.service,
      auditGrpcService(new AuditUseCases({ store }), caller, handle),
      'crm.identity.v1.AuditService',
    );
  const port = await server.start(config.GRPC_PORT);
  logger.info({ port }, 'identity service listening');

  return {
    port,
    async stop() {
      await server.stop();
      for (const consumer of consumers) await consumer.stop();
      await relay.stop();
      await bus.close();
      await cache.close();
      await pool.end();
    },
  };
}
