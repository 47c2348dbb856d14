/**
 * R-RT-2: call pops go to the user of the ringing extension. identity + customers + gateway in-process
 * against the real PostgreSQL, NATS and Redis; two front-desk users of one branch with extensions 801
 * and 802 (set through the REST API), each with a live socket; calls published as the edge ingress does.
 */
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import WebSocket from 'ws';
import { encodeEvent, namespacedSubject, newEvent, type EventEnvelope } from '@crm/bus';
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
  type TestRedisClient,
} from '@crm/testing';
import { loadCustomersConfig } from '../../customers/src/config';
import { startCustomersService } from '../../customers/src/customers.service';
import { loadIdentityConfig } from '../../identity/src/config';
import { startIdentityService } from '../../identity/src/identity.service';
import { loadGatewayConfig } from '../src/config';
import { startGateway } from '../src/gateway';
import type { LiveMessage } from '../src/live/live-hub';

const logger = createLogger({ service: 'test', level: 'silent' });
const ns = testBusNamespace();
const redisPrefix = testRedisPrefix();
const ADMIN_PASSWORD = testPassword();
let identityDb: TestDatabase;
let customersDb: TestDatabase;
let redis: TestRedisClient;
let nc: NatsConnection;
let identity: Awaited<ReturnType<typeof startIdentityService>>;
let customers: Awaited<ReturnType<typeof startCustomersService>>;
let gateway: Awaited<ReturnType<typeof startGateway>>;
let base = '';
let adminToken = '';
let branchId = '';
const sockets: WebSocket[] = [];

interface ApiAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

async function api(path: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${init.token ?? adminToken}` },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined } as ApiAnswer;
}

async function login(username: string, password: string): Promise<string> {
  const r = await api('/auth/login', { body: { username, password }, token: '' });
  expect(r.status).toBe(200);
  return r.body.accessToken as string;
}

interface Client {
  ws: WebSocket;
  messages: LiveMessage[];
}

function connect(token: string, query = ''): Promise<Client> {
  const ws = new WebSocket(`${base.replace('http', 'ws')}/api/v1/live${query}`, ['bearer', token]);
  sockets.push(ws);
  const messages: LiveMessage[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data)) as LiveMessage));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, messages }));
    ws.once('error', reject);
  });
}

const edgeIdOf = (m: LiveMessage) => (m.payload as { edgeEventId?: string }).edgeEventId;
const idsOf = (c: Client) => c.messages.map(edgeIdOf);
const received = (c: Client, e: EventEnvelope) =>
  waitFor(() => c.messages.find((m) => edgeIdOf(m) === e.id), { message: `no pop for ${e.id}` });

let seq = 0;
async function publishEdge(type: string, payload: Record<string, unknown>): Promise<EventEnvelope> {
  const e = newEvent(
    type,
    branchId,
    { kind: 'site', userId: 'site-ext' },
    { siteId: 'site-ext', seq: ++seq, ...payload },
  );
  await jetstream(nc).publish(namespacedSubject(ns, e.type), encodeEvent(e), { msgID: e.id });
  return e;
}
const ring = (extension: string, callerNumber = '+8613811118801') =>
  publishEdge('crm.edge.call.ringing', {
    callerNumber,
    calledNumber: '010-65529988',
    extension,
    source: 'pbx',
  });
const tap = (cardUid: string) => publishEdge('crm.edge.card.tapped', { cardUid, desk: 'counter-1' });

async function createUser(username: string, extension: string | undefined, password: string) {
  const roles = await api('/roles?pageSize=100');
  const staffRole = (roles.body.items as { id: string; key: string | null }[]).find(
    (r) => r.key === 'service_staff',
  );
  const r = await api('/users', {
    body: { username, displayName: username, password, branchId, roleIds: [staffRole!.id], extension },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; extension: string | null };
}

beforeAll(async () => {
  identityDb = await createTestDatabase();
  customersDb = await createTestDatabase();
  redis = await connectTestRedis();
  nc = await connectTestNats();
  const keys = testSigningKeys();
  const NATS_NAMESPACE = ns.subjectPrefix.slice(0, -1);
  identity = await startIdentityService(
    loadIdentityConfig({
      DATABASE_URL: identityDb.url,
      NATS_URL: testNatsUrl(),
      NATS_NAMESPACE,
      REDIS_URL: testRedisUrl(),
      REDIS_KEY_PREFIX: `${redisPrefix}identity`,
      GRPC_PORT: '0',
      JWT_PRIVATE_KEY: keys.privateKeyPem,
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      CRM_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'silent',
    }),
    logger,
  );
  customers = await startCustomersService(
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
  gateway = await startGateway(
    loadGatewayConfig({
      HTTP_PORT: '0',
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
    }),
    logger,
  );
  base = `http://127.0.0.1:${gateway.port}`;
  adminToken = await login('admin', ADMIN_PASSWORD);
  branchId = (await api('/auth/me')).body.branchId as string;
  // The caller of the calls below is a known customer: calls pop as recognized.
  const c = await api('/customers', {
    body: { kind: 'INDIVIDUAL', name: '来电客户', phones: ['13811118801'] },
  });
  expect(c.status).toBe(201);
}, 60_000);

afterAll(async () => {
  for (const s of sockets) s.terminate();
  await gateway?.stop();
  await customers?.stop();
  await identity?.stop();
  if (nc) {
    await ns.cleanup(await jetstreamManager(nc));
    await nc.close();
  }
  if (redis) {
    await cleanupRedis(redis, redisPrefix);
    await redis.quit();
  }
  await customersDb?.drop();
  await identityDb?.drop();
}, 30_000);

describe('user extensions (identity, through the gateway)', () => {
  it('validates the extension (2–8 digits), keeps it unique in the branch, shows it in /auth/me, and clears it', async () => {
    const password = testPassword();
    const bad = await api('/users', {
      body: { username: 'ext.bad', displayName: 'x', password, branchId, roleIds: [], extension: '8a1' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'extension' })]),
    );
    const tooLong = await api('/users', {
      body: {
        username: 'ext.long',
        displayName: 'x',
        password,
        branchId,
        roleIds: [],
        extension: '123456789',
      },
    });
    expect(tooLong.status).toBe(400);

    const u = await createUser('ext.owner', ' 701 ', password);
    expect(u.extension).toBe('701');
    const taken = await api('/users', {
      body: { username: 'ext.taken', displayName: 'x', password, branchId, roleIds: [], extension: '701' },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.errors).toEqual([expect.objectContaining({ field: 'extension' })]);

    expect((await api('/auth/me', { token: await login('ext.owner', password) })).body.extension).toBe('701');
    const cleared = await api(`/users/${u.id}`, { method: 'PATCH', body: { extension: null } });
    expect(cleared.status).toBe(200);
    expect(cleared.body.extension).toBeNull();
    // Free again: another user may take it.
    expect((await createUser('ext.next', '701', password)).extension).toBe('701');
  });
});

describe('call pops on /api/v1/live go to the ringing extension', () => {
  let u801: { id: string; token: string };
  let u802: { id: string; token: string };
  beforeAll(async () => {
    const p801 = testPassword();
    const p802 = testPassword();
    u801 = { id: (await createUser('desk.801', '801', p801)).id, token: await login('desk.801', p801) };
    u802 = { id: (await createUser('desk.802', '802', p802)).id, token: await login('desk.802', p802) };
  });

  it('sends an 802 call to 802’s socket only, a call to an unassigned extension and card taps to both', async () => {
    const a = await connect(u801.token);
    const b = await connect(u802.token);
    const call802 = await ring('802');
    await received(b, call802);
    const call805 = await ring('805');
    await received(a, call805);
    await received(b, call805);
    const card = await tap('CAFE0801');
    await received(a, card);
    await received(b, card);
    // 801's socket got what came after the 802 call (the hub sends in order), never the call itself.
    expect(idsOf(a)).toEqual([call805.id, card.id]);
    expect(idsOf(b)).toEqual([call802.id, call805.id, card.id]);
    expect(b.messages[0]).toMatchObject({
      type: 'crm.customers.customer.recognized',
      payload: { source: 'call', extension: '802' },
    });

    // Replay keeps the targeting: 801 reconnecting from before the 802 call does not get it.
    const first = a.messages[0]!;
    const again = await connect(u801.token, `?since=${b.messages[0]!.id}`);
    await received(again, card);
    expect(idsOf(again)).toEqual([call805.id, card.id]);
    expect(first.id).toBe(again.messages[0]!.id);
    for (const c of [a, b, again]) c.ws.close();
  });

  it('sends an 802 call to the whole branch while nobody with 802 is connected', async () => {
    const a = await connect(u801.token);
    const call = await ring('802');
    await received(a, call);
    a.ws.close();
  });

  it('uses a changed extension from the next connect', async () => {
    expect((await api(`/users/${u801.id}`, { method: 'PATCH', body: { extension: '806' } })).status).toBe(
      200,
    );
    const a = await connect(u801.token);
    const b = await connect(u802.token);
    const call806 = await ring('806');
    await received(a, call806);
    const card = await tap('CAFE0806');
    await received(b, card);
    expect(idsOf(b)).not.toContain(call806.id);
    for (const c of [a, b]) c.ws.close();
  });

  it('refuses the socket of a disabled account at connect, although its token has not expired', async () => {
    expect((await api(`/users/${u802.id}`, { method: 'PATCH', body: { disabled: true } })).status).toBe(200);
    const ws = new WebSocket(`${base.replace('http', 'ws')}/api/v1/live`, ['bearer', u802.token]);
    sockets.push(ws);
    const status = await new Promise<number>((resolve, reject) => {
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('open', () => reject(new Error('upgrade accepted')));
      ws.once('error', () => undefined);
    });
    expect(status).toBe(401);
  });
});
