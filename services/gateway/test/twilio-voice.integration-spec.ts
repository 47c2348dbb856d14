/**
 * The Twilio voice webhook against the real NATS and Redis: the gateway alone in-process (its
 * downstream services are never called here), requests signed with the `twilio` library's own
 * signature function, the way Twilio signs them.
 */
import { randomBytes } from 'node:crypto';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import twilio from 'twilio';
import { decodeEvent, type EventEnvelope } from '@crm/bus';
import { createLogger } from '@crm/log';
import {
  connectTestNats,
  testBusNamespace,
  testNatsUrl,
  testPassword,
  testRedisUrl,
  testSigningKeys,
} from '@crm/testing';
import { loadGatewayConfig } from '../src/config';
import { startGateway } from '../src/gateway';
import { callEventId } from '../src/twilio/call-event-id';
import { TWILIO_VOICE_PATH, type TwilioCallRingingPayload } from '../src/twilio/twilio-voice.routes';

const logger = createLogger({ service: 'test', level: 'silent' });
const AUTH_TOKEN = randomBytes(16).toString('hex');
const PUBLIC_BASE = 'https://crm.example.test';
const DIAL_NUMBER = '+8613800000001';
const DIAL_BRANCH = '11111111-1111-4111-8111-111111111111';
const QUEUE_NUMBER = '+8621600000002';
const QUEUE_BRANCH = '22222222-2222-4222-8222-222222222222';
const ns = testBusNamespace();
const streamName = `${ns.streamPrefix}CRM_EDGE`;
const ringingSubject = `${ns.subjectPrefix}crm.edge.call.ringing`;

let gateway: Awaited<ReturnType<typeof startGateway>>;
let nc: NatsConnection;
let js: JetStreamClient;
let jsm: JetStreamManager;

const newCallSid = () => `CA${randomBytes(16).toString('hex')}`;

function callParams(callSid: string, to: string): Record<string, string> {
  return {
    AccountSid: `AC${'0'.repeat(32)}`,
    ApiVersion: '2010-04-01',
    CallSid: callSid,
    CallStatus: 'ringing',
    Called: to,
    Caller: '+8613912345678',
    Direction: 'inbound',
    From: '+8613912345678',
    To: to,
  };
}

/** Posts the form as Twilio does; `signature` overrides the real one (null: no header at all). */
async function post(params: Record<string, string>, signature?: string | null) {
  const real = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE}${TWILIO_VOICE_PATH}`, params);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const sig = signature === undefined ? real : signature;
  if (sig !== null) headers['x-twilio-signature'] = sig;
  const res = await fetch(`http://127.0.0.1:${gateway.port}${TWILIO_VOICE_PATH}`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(params).toString(),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    headers: res.headers,
    text: await res.text(),
  };
}

/** The call-ringing envelopes of one call in the stream (read from its start). */
async function ringingOf(callSid: string): Promise<EventEnvelope<TwilioCallRingingPayload>[]> {
  const total = (await jsm.streams.info(streamName)).state.messages;
  if (total === 0) return [];
  const consumer = await js.consumers.get(streamName);
  const out: EventEnvelope<TwilioCallRingingPayload>[] = [];
  const messages = await consumer.fetch({ max_messages: total, expires: 2000 });
  let seen = 0;
  for await (const m of messages) {
    if (m.subject === ringingSubject) {
      const e = decodeEvent(m.data) as EventEnvelope<TwilioCallRingingPayload>;
      if (e.payload.callSid === callSid) out.push(e);
    }
    if (++seen >= total) break;
  }
  return out;
}

beforeAll(async () => {
  gateway = await startGateway(
    loadGatewayConfig({
      HTTP_PORT: '0',
      // Not started: the webhook never calls them.
      CUSTOMERS_ADDR: '127.0.0.1:9',
      ANALYTICS_ADDR: '127.0.0.1:9',
      REDIS_URL: testRedisUrl(),
      JWT_PUBLIC_KEY: testSigningKeys().publicKeyPem,
      LOG_LEVEL: 'silent',
      NATS_URL: testNatsUrl(),
      NATS_NAMESPACE: ns.subjectPrefix.slice(0, -1),
      TWILIO_AUTH_TOKEN: AUTH_TOKEN,
      TWILIO_WEBHOOK_BASE_URL: `${PUBLIC_BASE}/`,
      TWILIO_NUMBER_BRANCHES: JSON.stringify({
        [DIAL_NUMBER]: { branchId: DIAL_BRANCH, dial: '+8613700000009' },
        [QUEUE_NUMBER]: { branchId: QUEUE_BRANCH },
      }),
      TWILIO_GREETING_ZH: '您好，欢迎致电测试门店',
    }),
    logger,
  );
  nc = await connectTestNats();
  js = jetstream(nc);
  jsm = await jetstreamManager(nc);
});

afterAll(async () => {
  await gateway?.stop();
  if (nc) {
    await ns.cleanup(jsm);
    await nc.close();
  }
});

describe('POST /api/v1/telephony/twilio/voice', () => {
  it('answers a signed call with a zh-CN greeting and <Dial>, and publishes one call-ringing event', async () => {
    const callSid = newCallSid();
    const res = await post(callParams(callSid, DIAL_NUMBER));
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/xml/);
    expect(res.text).toContain('<Response>');
    expect(res.text).toMatch(/<Say language="zh-CN"[^>]*>您好，欢迎致电测试门店<\/Say>/);
    expect(res.text).toContain('<Dial>+8613700000009</Dial>');
    // RATE_LIMIT_TWILIO_PER_MINUTE's default, not the login limit (20).
    expect(res.headers.get('ratelimit-limit')).toBe('600');

    const events = await ringingOf(callSid);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e!.id).toBe(callEventId(callSid));
    expect(e!.type).toBe('crm.edge.call.ringing');
    expect(e!.branchId).toBe(DIAL_BRANCH);
    expect(e!.actor).toEqual({ kind: 'system', userId: 'twilio' });
    expect(e!.payload).toMatchObject({
      callerNumber: '+8613912345678',
      calledNumber: DIAL_NUMBER,
      callSid,
      source: 'twilio',
    });
  });

  it('puts a call to a branch without a dial target in the branch queue', async () => {
    const callSid = newCallSid();
    const res = await post(callParams(callSid, QUEUE_NUMBER));
    expect(res.status).toBe(200);
    expect(res.text).toContain('<Say');
    expect(res.text).toContain(`<Enqueue>branch-${QUEUE_BRANCH}</Enqueue>`);
    const events = await ringingOf(callSid);
    expect(events.map((e) => e.branchId)).toEqual([QUEUE_BRANCH]);
  });

  it('stores a retried webhook (same CallSid) once', async () => {
    const callSid = newCallSid();
    const first = await post(callParams(callSid, DIAL_NUMBER));
    const second = await post(callParams(callSid, DIAL_NUMBER));
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.text).toBe(first.text);
    expect(await ringingOf(callSid)).toHaveLength(1);
  });

  it('refuses a forged signature with 403 and publishes nothing', async () => {
    const callSid = newCallSid();
    const params = callParams(callSid, DIAL_NUMBER);
    const forged = twilio.getExpectedTwilioSignature(
      'not-the-auth-token',
      `${PUBLIC_BASE}${TWILIO_VOICE_PATH}`,
      params,
    );
    const res = await post(params, forged);
    expect(res.status).toBe(403);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.text)).toMatchObject({ status: 403 });
    expect(await ringingOf(callSid)).toHaveLength(0);
  });

  it('refuses a request whose parameters were changed after signing', async () => {
    const callSid = newCallSid();
    const params = callParams(callSid, DIAL_NUMBER);
    const sig = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE}${TWILIO_VOICE_PATH}`, params);
    const res = await post({ ...params, From: '+8613000000000' }, sig);
    expect(res.status).toBe(403);
    expect(await ringingOf(callSid)).toHaveLength(0);
  });

  it('refuses a request without a signature with 403 and publishes nothing', async () => {
    const callSid = newCallSid();
    const res = await post(callParams(callSid, DIAL_NUMBER), null);
    expect(res.status).toBe(403);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(await ringingOf(callSid)).toHaveLength(0);
  });

  it('answers a call to an unknown number politely and publishes nothing', async () => {
    const callSid = newCallSid();
    const res = await post(callParams(callSid, '+8610000000000'));
    expect(res.status).toBe(200);
    expect(res.text).toContain('<Say language="zh-CN"');
    expect(res.text).toContain('<Hangup/>');
    expect(res.text).not.toContain('<Dial');
    expect(res.text).not.toContain('<Enqueue');
    expect(await ringingOf(callSid)).toHaveLength(0);
  });
});

describe('the webhook’s own rate limit (RATE_LIMIT_TWILIO_PER_MINUTE)', () => {
  it('counts Twilio apart from logins, with its own limit, per address', async () => {
    const limited = await startGateway(
      loadGatewayConfig({
        HTTP_PORT: '0',
        CUSTOMERS_ADDR: '127.0.0.1:9',
        ANALYTICS_ADDR: '127.0.0.1:9',
        REDIS_URL: testRedisUrl(),
        JWT_PUBLIC_KEY: testSigningKeys().publicKeyPem,
        LOG_LEVEL: 'silent',
        NATS_URL: testNatsUrl(),
        NATS_NAMESPACE: ns.subjectPrefix.slice(0, -1),
        TWILIO_AUTH_TOKEN: AUTH_TOKEN,
        TWILIO_WEBHOOK_BASE_URL: PUBLIC_BASE,
        TWILIO_NUMBER_BRANCHES: JSON.stringify({ [DIAL_NUMBER]: { branchId: DIAL_BRANCH } }),
        RATE_LIMIT_LOGIN_PER_MINUTE: '2',
        RATE_LIMIT_TWILIO_PER_MINUTE: '4',
        // One proxy hop: each run counts under an address of its own (X-Forwarded-For), not 127.0.0.1.
        TRUST_PROXY_HOPS: '1',
      }),
      logger,
    );
    try {
      const address = `10.${randomBytes(3).join('.')}`;
      const url = `http://127.0.0.1:${limited.port}`;
      const webhook = async () => {
        const params = callParams(newCallSid(), DIAL_NUMBER);
        const res = await fetch(`${url}${TWILIO_VOICE_PATH}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'x-forwarded-for': address,
            'x-twilio-signature': twilio.getExpectedTwilioSignature(
              AUTH_TOKEN,
              `${PUBLIC_BASE}${TWILIO_VOICE_PATH}`,
              params,
            ),
          },
          body: new URLSearchParams(params).toString(),
        });
        await res.text();
        return { status: res.status, limit: res.headers.get('ratelimit-limit') };
      };
      const login = async () => {
        const res = await fetch(`${url}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({ username: 'nobody', password: testPassword() }),
        });
        await res.text();
        return res.status;
      };
      // The counters live in fixed one-minute windows: start early in one, so all of this falls in it.
      const intoMinute = Date.now() % 60_000;
      if (intoMinute > 50_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 50));

      // The address exhausts the login limit (2)…
      const logins = [await login(), await login(), await login()];
      expect(logins[2]).toBe(429);
      expect(logins.slice(0, 2)).not.toContain(429);
      // …and Twilio, from the same address, still gets its own 4 a minute, then 429.
      const calls = [];
      for (let i = 0; i < 5; i++) calls.push(await webhook());
      expect(calls.slice(0, 4)).toEqual(Array(4).fill({ status: 200, limit: '4' }));
      expect(calls[4]!.status).toBe(429);
    } finally {
      await limited.stop();
    }
  }, 90_000);
});
