/**
 * R-RT-2: call pops go to the user of the ringing extension. identity + customers + gateway in-process
 * against the real PostgreSQL, NATS and Redis; two front-desk users of one branch with extensions 801
 * and 802 (set through the REST API), each with a live socket; calls published as the edge ingress does.
 */
import { jetstream } from '@nats-io/jetstream';
import WebSocket from 'ws';
import { encodeEvent, namespacedSubject, newEvent, type EventEnvelope } from '@crm/bus';
import { testPassword, waitFor } from '@crm/testing';
import type { LiveMessage } from '../src/live/live-hub';
import {
  signInForWork,
  startPlatformStack,
  type PlatformApiInit,
  type PlatformStack,
} from './support/platform-test-stack';

let stack: PlatformStack;
let base = '';
let branchId = '';
const sockets: WebSocket[] = [];

const api = (path: string, init?: PlatformApiInit) => stack.api(path, init);

const login = (username: string, password: string) => signInForWork(base, username, password);

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
  await jetstream(stack.nc).publish(namespacedSubject(stack.ns, e.type), encodeEvent(e), { msgID: e.id });
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
  const roles = await api('/roles');
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
  stack = await startPlatformStack({ identity: true, customers: true });
  base = stack.base;
  branchId = (await api('/auth/me')).body.branchId as string;
  // The caller of the calls below is a known customer: calls pop as recognized.
  const c = await api('/customers', {
    body: { kind: 'INDIVIDUAL', name: '来电客户', phones: ['13811118801'] },
  });
  expect(c.status).toBe(201);
}, 60_000);

afterAll(async () => {
  for (const s of sockets) s.terminate();
  await stack?.stop();
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
