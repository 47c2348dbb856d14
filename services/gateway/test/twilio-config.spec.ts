import { randomBytes } from 'node:crypto';
import { testSigningKeys } from '@crm/testing';
import { loadGatewayConfig } from '../src/config';
import { callEventId } from '../src/twilio/call-event-id';

const AUTH_TOKEN = randomBytes(16).toString('hex');

const base = {
  CUSTOMERS_ADDR: '127.0.0.1:9',
  ANALYTICS_ADDR: '127.0.0.1:9',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_PUBLIC_KEY: testSigningKeys().publicKeyPem,
};

describe('Twilio configuration', () => {
  it('parses the number → branch map', () => {
    const c = loadGatewayConfig({
      ...base,
      NATS_URL: 'nats://127.0.0.1:4222',
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_WEBHOOK_BASE_URL: 'https://crm.example.com',
      TWILIO_NUMBER_BRANCHES:
        '{"+862112345678":{"branchId":"b1","dial":"+8613800000000"},"+862187654321":{"branchId":"b2","queue":"front"}}',
    });
    expect(c.TWILIO_NUMBER_BRANCHES).toEqual({
      '+862112345678': { branchId: 'b1', dial: '+8613800000000' },
      '+862187654321': { branchId: 'b2', queue: 'front' },
    });
  });

  it('requires NATS and the public URL with the auth token', () => {
    expect(() => loadGatewayConfig({ ...base, TWILIO_AUTH_TOKEN: AUTH_TOKEN })).toThrow(/NATS_URL/);
    expect(() =>
      loadGatewayConfig({ ...base, NATS_URL: 'nats://127.0.0.1:4222', TWILIO_AUTH_TOKEN: AUTH_TOKEN }),
    ).toThrow(/TWILIO_WEBHOOK_BASE_URL/);
  });

  it('refuses a map that is not JSON or has keys not in E.164', () => {
    expect(() => loadGatewayConfig({ ...base, TWILIO_NUMBER_BRANCHES: '{' })).toThrow(
      /TWILIO_NUMBER_BRANCHES/,
    );
    expect(() =>
      loadGatewayConfig({ ...base, TWILIO_NUMBER_BRANCHES: '{"021-1234":{"branchId":"b1"}}' }),
    ).toThrow(/E\.164/);
  });
});

describe('RATE_LIMIT_TWILIO_PER_MINUTE', () => {
  it('defaults to 600 a minute, apart from the login limit, and refuses what is not a positive integer', () => {
    const c = loadGatewayConfig(base);
    expect(c.RATE_LIMIT_TWILIO_PER_MINUTE).toBe(600);
    expect(c.RATE_LIMIT_LOGIN_PER_MINUTE).toBe(20);
    expect(
      loadGatewayConfig({ ...base, RATE_LIMIT_TWILIO_PER_MINUTE: '1200' }).RATE_LIMIT_TWILIO_PER_MINUTE,
    ).toBe(1200);
    for (const bad of ['0', '-5', 'many', '1.5'])
      expect(() => loadGatewayConfig({ ...base, RATE_LIMIT_TWILIO_PER_MINUTE: bad })).toThrow(
        /RATE_LIMIT_TWILIO_PER_MINUTE/,
      );
  });
});

describe('callEventId', () => {
  it('is a stable UUID v5 per call', () => {
    const id = callEventId('CA0123');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(callEventId('CA0123')).toBe(id);
    expect(callEventId('CA0124')).not.toBe(id);
  });
});
