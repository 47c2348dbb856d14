import { testPassword } from '@crm/testing';
import path from 'node:path';
import { databaseName, resolveSystemConfig } from '../system-options';

const FIRST_ADMIN_PASSWORD = testPassword();

describe('resolveSystemConfig', () => {
  it('has defaults that keep clear of system servers on the standard ports', () => {
    const config = resolveSystemConfig({ env: {}, rootDir: '/repo' });
    expect(config).toMatchObject({
      dataDir: '/repo/.data',
      pgPort: 54329,
      natsPort: 4223,
      redisPort: 6380,
      httpPort: 8080,
      grpcBasePort: undefined,
      dbPrefix: 'crm_',
      logLevel: 'info',
      logRaw: false,
      detached: false,
    });
    expect(config.pgUrl).toBeUndefined();
    expect(config.registry.map((service) => service.name)).toEqual([
      'identity',
      'customers',
      'analytics',
      'gateway',
    ]);
  });

  it('reads CRM_* variables, and options override them', () => {
    const env = {
      CRM_DATA_DIR: 'tmp/data',
      CRM_PG_URL: 'postgres://x@db/postgres',
      CRM_HTTP_PORT: '0',
      CRM_GRPC_BASE_PORT: '50050',
      CRM_DB_PREFIX: 'crm_e2e_',
      CRM_LOG_RAW: '1',
      CRM_ADMIN_PASSWORD: FIRST_ADMIN_PASSWORD,
      LOG_LEVEL: 'debug',
    };
    expect(resolveSystemConfig({ env, rootDir: '/repo' })).toMatchObject({
      dataDir: path.resolve('/repo', 'tmp/data'),
      pgUrl: 'postgres://x@db/postgres',
      httpPort: 0,
      grpcBasePort: 50050,
      dbPrefix: 'crm_e2e_',
      logRaw: true,
      logLevel: 'debug',
      adminPassword: FIRST_ADMIN_PASSWORD,
    });
    expect(resolveSystemConfig({ env, httpPort: 9090, dbPrefix: 'crm_bench_' })).toMatchObject({
      httpPort: 9090,
      dbPrefix: 'crm_bench_',
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => resolveSystemConfig({ env: { CRM_HTTP_PORT: 'eighty' } })).toThrow(
      'CRM_HTTP_PORT must be a whole number from 0 to 65535, got "eighty"',
    );
    expect(() => resolveSystemConfig({ env: { CRM_DB_PREFIX: 'CRM-' } })).toThrow('CRM_DB_PREFIX must be');
  });

  it('makes database names from the prefix and the service', () => {
    expect(databaseName({ dbPrefix: 'crm_' }, 'edge-ingress')).toBe('crm_edge_ingress');
  });
});
