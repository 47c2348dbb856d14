import { signAccessToken } from '@crm/auth';
import { implement } from '@crm/grpc';
import type { Logger } from '@crm/log';
import { identityV1 } from '@crm/proto';
import { defineService } from '@crm/runtime';
import { identityConfigSchema, type IdentityConfig } from './config';
import { bootstrapIdentity, type BootstrapResult } from './domain/bootstrap.use-case';
import type { SessionDeps } from './domain/sessions.use-case';
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
 * The identity service: users, sessions, roles, the organisation and the audit log. Each start
 * bootstraps the first administrator (once per database) before it serves; it consumes the other
 * services' audit entries and publishes its own events through the outbox.
 */
export const defineIdentityService = (options: IdentityServiceOptions = {}) =>
  defineService({
    name: 'identity',
    configSchema: identityConfigSchema,
    migrations: identityMigrationsDir,
    cache: true,
    async wire({ config, pool, bus, cache, logger, handle }) {
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

      const sessions: SessionDeps = {
        store,
        hasher,
        attempts,
        tokens,
        refreshTokenTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
      };
      const caller = callerResolver(sessions);
      const s = identityV1();
      return {
        relay: {},
        consumers: auditRecordedConsumers(bus, pool, logger),
        grpc: [
          implement(s.AuthService, authGrpcService(sessions, handle)),
          implement(s.UserService, usersGrpcService({ store, hasher, attempts }, caller, handle)),
          implement(s.RoleService, rolesGrpcService({ store }, caller, handle)),
          implement(s.BranchService, branchesGrpcService({ store }, caller, handle)),
          implement(s.DepartmentService, departmentsGrpcService({ store }, caller, handle)),
          implement(s.EmployeeService, employeesGrpcService({ store }, caller, handle)),
          implement(s.SiteService, sitesGrpcService({ store }, caller, handle)),
          implement(s.AuditService, auditGrpcService({ store }, caller, handle)),
        ],
      };
    },
  });

/** Starts it in-process (port 0 picks a free one); stop() reverses the start. */
export const startIdentityService = (
  config: IdentityConfig,
  logger: Logger,
  options: IdentityServiceOptions = {},
) => defineIdentityService(options).start(config, logger);

/** The service as main.ts runs it (the first administrator's banner on stdout). */
export const identityService = defineIdentityService();
