import { ConfigError, loadConfig, serviceEnvSchema } from '../src';

const good = {
  JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----',
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/crm_customers',
  NATS_URL: 'nats://127.0.0.1:4222',
};

describe('loadConfig', () => {
  it('applies defaults and coerces numbers', () => {
    const cfg = loadConfig(serviceEnvSchema, { ...good, GRPC_PORT: '7001' });
    expect(cfg).toMatchObject({ GRPC_PORT: 7001, LOG_LEVEL: 'info' });
  });

  it('names every bad variable', () => {
    const run = () => loadConfig(serviceEnvSchema, { DATABASE_URL: 'mysql://x', GRPC_PORT: 'abc' });
    expect(run).toThrow(ConfigError);
    try {
      run();
    } catch (e) {
      const variables = (e as ConfigError).problems.map((p) => p.variable).sort();
      expect(variables).toEqual(['DATABASE_URL', 'GRPC_PORT', 'JWT_PUBLIC_KEY', 'NATS_URL']);
      expect((e as Error).message).toContain('DATABASE_URL: must be a URL starting with postgres://');
    }
  });

  it('treats an empty variable as unset', () => {
    expect(() => loadConfig(serviceEnvSchema, { ...good, NATS_URL: '' })).toThrow(/NATS_URL/);
  });
});
