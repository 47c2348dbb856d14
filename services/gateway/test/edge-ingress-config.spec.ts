import { ConfigError } from '@crm/config';
import { testSigningKeys } from '@crm/testing';
import { loadGatewayConfig } from '../src/config';

const base = () => ({
  CUSTOMERS_ADDR: '127.0.0.1:1',
  ANALYTICS_ADDR: '127.0.0.1:2',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_PUBLIC_KEY: testSigningKeys().publicKeyPem,
});

describe('edge ingress configuration', () => {
  it('runs without the ingress and without NATS when EDGE_GRPC_PORT is unset', () => {
    const config = loadGatewayConfig(base());
    expect(config.EDGE_GRPC_PORT).toBeUndefined();
    expect(config.SITE_KEY_CACHE_SECONDS).toBe(30);
  });

  it('needs NATS_URL and IDENTITY_ADDR once EDGE_GRPC_PORT is set', () => {
    expect(() => loadGatewayConfig({ ...base(), EDGE_GRPC_PORT: '50060' })).toThrow(ConfigError);
    try {
      loadGatewayConfig({ ...base(), EDGE_GRPC_PORT: '50060' });
    } catch (err) {
      expect(String((err as Error).message)).toMatch(/NATS_URL/);
      expect(String((err as Error).message)).toMatch(/IDENTITY_ADDR/);
    }
    const config = loadGatewayConfig({
      ...base(),
      EDGE_GRPC_PORT: '0',
      NATS_URL: 'nats://127.0.0.1:4222',
      NATS_NAMESPACE: 't_abc',
      IDENTITY_ADDR: '127.0.0.1:3',
      SITE_KEY_CACHE_SECONDS: '5',
    });
    expect(config).toMatchObject({ EDGE_GRPC_PORT: 0, NATS_NAMESPACE: 't_abc', SITE_KEY_CACHE_SECONDS: 5 });
  });
});
