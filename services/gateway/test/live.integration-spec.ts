/**
 * Issue 5 item 5: live push. The customers service (running its recognition consumer) and the gateway
 * in-process against the real PostgreSQL, NATS and Redis; WebSocket clients on /api/v1/live get the
 * recognized events of the branches they may see, and what they missed when they reconnect.
 */
import { jetstream } from '@nats-io/jetstream';
import WebSocket from 'ws';
import type { Principal } from '@crm/auth';
import { encodeEvent, namespacedSubject, newEvent, type EventEnvelope } from '@crm/bus';
import { createLogger } from '@crm/log';
import { testAccessToken, testRedisUrl, testSigningKeys, waitFor } from '@crm/testing';
import { loadGatewayConfig } from '../src/config';
import { startGateway } from '../src/gateway';
import type { LiveMessage } from '../src/live/live-hub';
import { startPlatformStack, type PlatformStack } from './support/platform-test-stack';

const logger = createLogger({ service: 'test', level: 'silent' });
let stack: PlatformStack;
let base: string;
let wsBase: string;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  stack = await startPlatformStack({ customers: true });
  base = stack.base;
  wsBase = `ws://127.0.0.1:${stack.gatewayPort}/api/v1/live`;
}, 30_000);

afterAll(async () => {
  for (const s of sockets) s.terminate();
  await stack?.stop();
});

interface Client {
  ws: WebSocket;
  messages: LiveMessage[];
}

/** Opens a live socket (token in the subprotocol unless `query` carries it) and collects its messages. */
function connect(token: string, query = ''): Promise<Client> {
  const ws = new WebSocket(`${wsBase}${query}`, query.includes('access_token') ? [] : ['bearer', token]);
  sockets.push(ws);
  const messages: LiveMessage[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data)) as LiveMessage));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, messages }));
    ws.once('error', reject);
  });
}

/** The HTTP status an upgrade is refused with. */
function refusal(url: string, protocols: string[] = []): Promise<number> {
  const ws = new WebSocket(url, protocols);
  return new Promise((resolve, reject) => {
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('open', () => reject(new Error('upgrade accepted')));
    ws.once('error', () => undefined);
  });
}

const token = (p: Partial<Principal>) => testAccessToken(p);
const staffOf = (branchId: string) =>
  token({
    userId: `staff-${branchId}`,
    roles: ['staff'],
    permissions: ['customers.read'],
    branchId,
    dataScope: 'branch',
  });

async function customerWithCard(name: string, phone: string, uid: string) {
  const auth = { authorization: `Bearer ${await token({})}`, 'content-type': 'application/json' };
  const r = await fetch(`${base}/api/v1/customers`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ kind: 'INDIVIDUAL', name, phones: [phone] }),
  });
  expect(r.status).toBe(201);
  const c = (await r.json()) as { id: string; branchId: string };
  const card = await fetch(`${base}/api/v1/customers/${c.id}/cards`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ uid }),
  });
  expect(card.status).toBe(201);
  return c;
}

async function tap(branchId: string, cardUid: string): Promise<EventEnvelope> {
  const e = newEvent(
    'crm.edge.card.tapped',
    branchId,
    { kind: 'site', userId: 'site-live-1' },
    { siteId: 'site-live-1', seq: 1, cardUid, desk: 'counter-1' },
  );
  await jetstream(stack.nc).publish(namespacedSubject(stack.ns, e.type), encodeEvent(e), { msgID: e.id });
  return e;
}

const answering = (client: Client, edgeEventId: string) =>
  waitFor(
    () => client.messages.find((m) => (m.payload as { edgeEventId?: string }).edgeEventId === edgeEventId),
    {
      message: `no live message for ${edgeEventId}`,
    },
  );

describe('live push on /api/v1/live', () => {
  it('refuses an invalid or missing token with 401 before upgrading, a token without customers.read with 403', async () => {
    expect(await refusal(wsBase, ['bearer', 'not-a-token'])).toBe(401);
    expect(await refusal(`${wsBase}?access_token=forged.token.here`)).toBe(401);
    expect(await refusal(wsBase)).toBe(401);
    expect(await refusal(wsBase, ['bearer', await token({ permissions: ['orders.read'] })])).toBe(403);
  });

  it('pushes the recognized event to the staff of the branch only', async () => {
    const c = await customerWithCard('实时客户', '13811113301', '04A224B2C35E91');
    const mine = await connect(await staffOf(c.branchId));
    const viaQuery = await connect('', `?access_token=${await staffOf(c.branchId)}`);
    const other = await connect(await staffOf('other-branch'));
    const e = await tap(c.branchId, '04:a2:24:b2:c3:5e:91');

    const got = await answering(mine, e.id);
    expect(got).toMatchObject({ type: 'crm.customers.customer.recognized', branchId: c.branchId });
    expect(typeof got.id).toBe('string');
    expect(typeof got.occurredAt).toBe('string');
    const pop = (got.payload as { pop: { customerId: string; hints: { code: string }[] } }).pop;
    expect(pop.customerId).toBe(c.id);
    expect(pop.hints.map((h) => h.code)).toContain('welcome');
    await answering(viaQuery, e.id);
    // Long enough for the other branch's socket to have received it, were it sent.
    await new Promise((r) => setTimeout(r, 300));
    expect(other.messages).toEqual([]);
    for (const s of [mine, viaQuery, other]) s.ws.close();
  });

  it('gives a reconnecting client what it missed, exactly once, with ?since= or a resume message', async () => {
    const c = await customerWithCard('重连客户', '13811113302', 'DEADBEE2');
    const observer = await connect(await token({}));
    const first = await connect(await staffOf(c.branchId));
    const e1 = await tap(c.branchId, 'DEADBEE2');
    const m1 = await answering(first, e1.id);
    first.ws.close();

    // Missed while disconnected: a recognized and an unrecognized pop of the same branch.
    const e2 = await tap(c.branchId, 'DEADBEE2');
    const e3 = await tap(c.branchId, 'CAFEF00E');
    const m2 = await answering(observer, e2.id);
    const m3 = await answering(observer, e3.id);
    expect(m3.type).toBe('crm.customers.customer.unrecognized');

    const again = await connect(await staffOf(c.branchId), `?since=${m1.id}`);
    const resumed = await connect(await staffOf(c.branchId));
    resumed.ws.send(JSON.stringify({ type: 'resume', since: m1.id }));
    const e4 = await tap(c.branchId, 'DEADBEE2');
    await answering(again, e4.id);
    await answering(resumed, e4.id);
    await new Promise((r) => setTimeout(r, 200));
    for (const client of [again, resumed]) {
      const ids = client.messages.map((m) => m.id);
      expect(ids.slice(0, 2)).toEqual([m2.id, m3.id]);
      expect(ids).not.toContain(m1.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(3);
    }
  });

  it('pings every heartbeat and closes the sockets with 1001 when the gateway stops', async () => {
    const g = await startGateway(
      loadGatewayConfig({
        HTTP_PORT: '0',
        CUSTOMERS_ADDR: '127.0.0.1:9',
        ANALYTICS_ADDR: '127.0.0.1:9',
        REDIS_URL: testRedisUrl(),
        JWT_PUBLIC_KEY: testSigningKeys().publicKeyPem,
        LOG_LEVEL: 'silent',
      }),
      logger,
      { live: { heartbeatMs: 50 } },
    );
    const ws = new WebSocket(`ws://127.0.0.1:${g.port}/api/v1/live`, ['bearer', await staffOf('main')]);
    sockets.push(ws);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    expect(ws.protocol).toBe('bearer');
    await new Promise((resolve) => ws.once('ping', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    await g.stop();
    expect(await closed).toBe(1001);
  });
});
