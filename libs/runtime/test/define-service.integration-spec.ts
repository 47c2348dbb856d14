import path from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import type { Pool } from 'pg';
import type { BusConnection } from '@crm/bus';
import type { Cache } from '@crm/cache';
import { redisEnv, serviceEnvSchema } from '@crm/config';
import { call, createClient, implement } from '@crm/grpc';
import { createLogger } from '@crm/log';
import { analyticsV1, healthV1 } from '@crm/proto';
import {
  cleanupRedis,
  connectTestNats,
  connectTestRedis,
  createTestDatabase,
  testBusNamespace,
  testNatsUrl,
  testRedisPrefix,
  testRedisUrl,
  testSigningKeys,
  type TestDatabase,
} from '@crm/testing';
import { defineService } from '../src';

const logger = createLogger({ service: 'kit-test', level: 'silent' });
const ns = testBusNamespace();
const redisPrefix = testRedisPrefix();
let db: TestDatabase;
let env: Record<string, string>;

/** What the test service's parts saw, in order. */
let events: string[] = [];
/** The connections the kit gave the last wire(). */
let given: { pool: Pool; bus: BusConnection; cache: Cache } | undefined;
let failIn: 'wire' | undefined;

const consumer = (name: string) => ({
  start: async () => void events.push(`${name} started`),
  stop: async () => void events.push(`${name} stopped`),
});

const kitService = defineService({
  name: 'kit_probe',
  configSchema: serviceEnvSchema.extend(redisEnv('kit')),
  migrations: path.join(__dirname, 'fixtures/migrations'),
  cache: true,
  wire(ctx) {
    given = { pool: ctx.pool, bus: ctx.bus, cache: ctx.cache };
    ctx.own('directory', { closed: false }, () => void events.push('directory closed'));
    if (failIn === 'wire') throw new Error('wire failed');
    return {
      relay: {},
      consumers: [consumer('consumer 1'), consumer('consumer 2')],
      grpc: [
        implement(analyticsV1().AnalyticsService, {
          GetBranchCustomerCounts: ctx.handle('GetBranchCustomerCounts', async () => ({
            counts: [{ branchId: 'b1', customers: '3' }],
          })),
        }),
      ],
      sweeps: [{ name: 'probe', intervalMs: 60_000, run: async () => undefined }],
    };
  },
});

beforeAll(async () => {
  db = await createTestDatabase();
  env = {
    DATABASE_URL: db.url,
    NATS_URL: testNatsUrl(),
    NATS_NAMESPACE: ns.subjectPrefix.slice(0, -1),
    REDIS_URL: testRedisUrl(),
    REDIS_PREFIX: `${redisPrefix}kit`,
    GRPC_PORT: '0',
    JWT_PUBLIC_KEY: testSigningKeys().publicKeyPem,
    LOG_LEVEL: 'silent',
  };
});

afterAll(async () => {
  const nc = await connectTestNats();
  await ns.cleanup(await jetstreamManager(nc));
  await nc.close();
  const redis = await connectTestRedis();
  await cleanupRedis(redis, redisPrefix);
  await redis.quit();
  await db.drop();
});

beforeEach(() => {
  events = [];
  given = undefined;
  failIn = undefined;
});

const healthOf = async (port: number, service: string) => {
  const health = createClient(healthV1().Health, `127.0.0.1:${port}`, { deadlineMs: 1000 });
  try {
    return (await call(health.check.bind(health), { service })).status;
  } finally {
    health.close();
  }
};

describe('defineService', () => {
  it('starts a declared service on port 0: migrated, cache under its prefix, consumers, gRPC with health', async () => {
    const running = await kitService.start(kitService.loadConfig(env), logger);
    try {
      expect(running.port).toBeGreaterThan(0);
      const { rows } = await db.pool.query(
        `SELECT to_regclass('kit_probe') AS t, to_regclass('outbox') AS o`,
      );
      expect(rows[0]).toEqual({ t: 'kit_probe', o: 'outbox' });
      expect(given!.cache.key('x')).toBe(`${redisPrefix}kit:x`);
      expect(events).toEqual(['consumer 1 started', 'consumer 2 started']);
      expect(await healthOf(running.port, analyticsV1().AnalyticsService.name)).toBe('SERVING');
      const client = createClient(analyticsV1().AnalyticsService, `127.0.0.1:${running.port}`);
      const answer = await call(client.getBranchCustomerCounts.bind(client), { branchId: '' });
      client.close();
      expect(answer.counts).toEqual([{ branchId: 'b1', customers: '3' }]);
    } finally {
      await running.stop();
    }
  });

  it('stops in reverse order, once: intake first, then what wire() owns, then the connections', async () => {
    const running = await kitService.start(kitService.loadConfig(env), logger);
    const { pool, bus } = given!;
    events = [];
    await Promise.all([running.stop(), running.stop()]);
    expect(events).toEqual(['consumer 2 stopped', 'consumer 1 stopped', 'directory closed']);
    expect(pool.ended).toBe(true);
    expect(bus.nc.isClosed()).toBe(true);
    expect(given!.cache.client.isOpen).toBe(false);
    await expect(healthOf(running.port, '')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('closes what it opened when wire() fails, and reports wire()’s error', async () => {
    failIn = 'wire';
    await expect(kitService.start(kitService.loadConfig(env), logger)).rejects.toThrow('wire failed');
    expect(events).toEqual(['directory closed']);
    expect(given!.pool.ended).toBe(true);
    expect(given!.bus.nc.isClosed()).toBe(true);
    expect(given!.cache.client.isOpen).toBe(false);
  });

  it('stops the consumers and closes everything when the gRPC port cannot be bound', async () => {
    const first = await kitService.start(kitService.loadConfig(env), logger);
    try {
      events = [];
      const taken = kitService.loadConfig({ ...env, GRPC_PORT: String(first.port) });
      await expect(kitService.start(taken, logger)).rejects.toThrow();
      expect(events).toEqual([
        'consumer 1 started',
        'consumer 2 started',
        'consumer 2 stopped',
        'consumer 1 stopped',
        'directory closed',
      ]);
      expect(given!.pool.ended).toBe(true);
      expect(given!.bus.nc.isClosed()).toBe(true);
      // The first one is untouched.
      expect(await healthOf(first.port, '')).toBe('SERVING');
    } finally {
      await first.stop();
    }
  });

  it('refuses a bad configuration naming the variable', () => {
    expect(() => kitService.loadConfig({ ...env, REDIS_PREFIX: 'has space' })).toThrow(/REDIS_PREFIX/);
  });
});
