import { jetstreamManager } from '@nats-io/jetstream';
import WebSocket from 'ws';
import { createLogger } from '@crm/log';
import {
  cleanupRedis,
  connectTestNats,
  connectTestRedis,
  createTestDatabase,
  testBusNamespace,
  testNatsUrl,
  testPassword,
  testRedisPrefix,
  testRedisUrl,
  testSigningKeys,
  waitFor,
  type TestDatabase,
} from '@crm/testing';
import { loadCustomersConfig } from '../../services/customers/src/config';
import { startCustomersService } from '../../services/customers/src/customers.service';
import { loadGatewayConfig } from '../../services/gateway/src/config';
import { startGateway } from '../../services/gateway/src/gateway';
import type { LiveMessage } from '../../services/gateway/src/live/live-hub';
import { loadIdentityConfig } from '../../services/identity/src/config';
import { startIdentityService } from '../../services/identity/src/identity.service';

const logger = createLogger({ service: 'e2e', level: 'silent' });

/** A live socket on /api/v1/live and everything it received. */
export interface LiveClient {
  ws: WebSocket;
  messages: LiveMessage[];
  closed: Promise<number>;
}

/**
 * identity + customers + gateway (with its edge ingress) in this process on the real PostgreSQL, NATS
 * and Redis, with a database, NATS namespace and Redis prefix of their own. The gateway can be stopped
 * and started again on the same HTTP and edge ports (an outage, as a site sees it).
 */
export async function startEdgeChainStack() {
  const ns = testBusNamespace();
  const NATS_NAMESPACE = ns.subjectPrefix.slice(0, -1);
  const redisPrefix = testRedisPrefix();
  const keys = testSigningKeys();
  const adminPassword = testPassword();
  const dbs: TestDatabase[] = [await createTestDatabase(), await createTestDatabase()];
  const [identityDb, customersDb] = dbs as [TestDatabase, TestDatabase];
  const identity = await startIdentityService(
    loadIdentityConfig({
      DATABASE_URL: identityDb.url,
      NATS_URL: testNatsUrl(),
      NATS_NAMESPACE,
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: `${redisPrefix}identity`,
      GRPC_PORT: '0',
      JWT_PRIVATE_KEY: keys.privateKeyPem,
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      CRM_ADMIN_PASSWORD: adminPassword,
      LOG_LEVEL: 'silent',
    }),
    logger,
  );
  const customers = await startCustomersService(
    loadCustomersConfig({
      NATS_URL: testNatsUrl(),
      NATS_NAMESPACE,
      GRPC_PORT: '0',
      LOG_LEVEL: 'silent',
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      DATABASE_URL: customersDb.url,
      REDIS_URL: testRedisUrl(),
      REDIS_PREFIX: `${redisPrefix}customers`,
    }),
    logger,
  );
  const gatewayEnv = (httpPort: number, edgePort: number) =>
    loadGatewayConfig({
      HTTP_PORT: String(httpPort),
      EDGE_GRPC_PORT: String(edgePort),
      CUSTOMERS_ADDR: `127.0.0.1:${customers.port}`,
      ANALYTICS_ADDR: '127.0.0.1:9',
      IDENTITY_ADDR: `127.0.0.1:${identity.port}`,
      REDIS_URL: testRedisUrl(),
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_API_PER_MINUTE: '100000',
      RATE_LIMIT_LOGIN_PER_MINUTE: '1000',
      NATS_URL: testNatsUrl(),
      NATS_NAMESPACE,
    });
  let gateway: Awaited<ReturnType<typeof startGateway>> | undefined = await startGateway(
    gatewayEnv(0, 0),
    logger,
  );
  const httpPort = gateway.port;
  const edgePort = gateway.edgePort!;
  const base = `http://127.0.0.1:${httpPort}`;
  const acked: string[] = [];
  const siteIds: string[] = [];

  async function api(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
    const res = await fetch(`${base}/api/v1${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        'content-type': 'application/json',
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, body: text ? (JSON.parse(text) as any) : undefined };
  }

  const login = await api('/auth/login', { body: { username: 'admin', password: adminPassword } });
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status}`);
  const adminToken = login.body.accessToken as string;
  const branchId = login.body.user.branchId as string;
  const admin = (path: string, init: { method?: string; body?: unknown } = {}) =>
    api(path, { ...init, token: adminToken });

  return {
    base,
    edgeAddress: `127.0.0.1:${edgePort}`,
    adminToken,
    branchId,
    admin,
    /** Event ids the tests used (their Redis marks are removed at the end). */
    acked,

    /** A site of the branch and its key, created through identity's REST API. */
    async createSite(name: string): Promise<{ id: string; key: string }> {
      const r = await admin('/sites', { body: { branchId, name } });
      if (r.status !== 201) throw new Error(`site not created: ${r.status} ${JSON.stringify(r.body)}`);
      siteIds.push(r.body.site.id as string);
      return { id: r.body.site.id as string, key: r.body.siteKey as string };
    },

    /** A customer with a card of this UID (card taps of it pop as recognized). */
    async customerWithCard(name: string, uid: string): Promise<string> {
      const c = await admin('/customers', { body: { kind: 'INDIVIDUAL', name } });
      if (c.status !== 201) throw new Error(`customer not created: ${c.status} ${JSON.stringify(c.body)}`);
      const card = await admin(`/customers/${c.body.id}/cards`, { body: { uid } });
      if (card.status !== 201)
        throw new Error(`card not issued: ${card.status} ${JSON.stringify(card.body)}`);
      return c.body.id as string;
    },

    /** The customer's timeline rows of card taps. */
    async cardTapsOf(customerId: string): Promise<{ sourceEventId: string | null }[]> {
      const r = await admin(`/customers/${customerId}/timeline?pageSize=200`);
      if (r.status !== 200) throw new Error(`timeline: ${r.status}`);
      return (r.body.items as { kind: string; sourceEventId: string | null }[]).filter(
        (e) => e.kind === 'CARD_TAP',
      );
    },

    /** Opens a live socket as the administrator (optionally resuming after an event id). */
    connectLive(since?: string): Promise<LiveClient> {
      const url = `${base.replace('http', 'ws')}/api/v1/live${since ? `?since=${encodeURIComponent(since)}` : ''}`;
      const ws = new WebSocket(url, ['bearer', adminToken]);
      const messages: LiveMessage[] = [];
      ws.on('message', (data) => messages.push(JSON.parse(String(data)) as LiveMessage));
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      return new Promise((resolve, reject) => {
        ws.once('open', () => resolve({ ws, messages, closed }));
        ws.once('error', reject);
      });
    },

    /** Stops the gateway (HTTP, live sockets, edge ingress): an outage. */
    async stopGateway(): Promise<void> {
      await gateway?.stop();
      gateway = undefined;
    },

    /** Starts the gateway again on the same HTTP and edge ports. */
    async restartGateway(): Promise<void> {
      gateway = await startGateway(gatewayEnv(httpPort, edgePort), logger);
    },

    async stop(): Promise<void> {
      await gateway?.stop();
      await customers.stop();
      await identity.stop();
      const nc = await connectTestNats();
      await ns.cleanup(await jetstreamManager(nc));
      await nc.close();
      const redis = await connectTestRedis();
      await cleanupRedis(redis, redisPrefix);
      // The gateway's own marks (prefix `gateway:`) of the events and sites of this run.
      const marks = [
        ...acked.map((id) => `gateway:edge:acked:${id}`),
        ...siteIds.map((id) => `gateway:edge:agent-status:${id}`),
      ];
      for (const id of siteIds)
        for await (const batch of redis.scanIterator({ MATCH: `gateway:edge:site-key:${id}:*` }))
          marks.push(...(Array.isArray(batch) ? batch : [batch]));
      if (marks.length > 0) await redis.del(marks);
      await redis.quit();
      for (const db of dbs) await db.drop();
    },
  };
}

/** The edge event a pop answers. */
export const edgeIdOf = (m: LiveMessage): string => (m.payload as { edgeEventId?: string }).edgeEventId ?? '';

/** The edge event ids the socket's pops answer, in arrival order. */
export const edgeIdsOf = (c: LiveClient): string[] => c.messages.map(edgeIdOf);

/** Waits until the socket has a pop for every one of `edgeEventIds`. */
export const waitForPops = (c: LiveClient, edgeEventIds: string[], timeoutMs = 30_000) =>
  waitFor(() => edgeEventIds.every((id) => edgeIdsOf(c).includes(id)), {
    timeoutMs,
    message: `pops for ${edgeEventIds.length} taps (got ${edgeIdsOf(c).length} messages)`,
  });
