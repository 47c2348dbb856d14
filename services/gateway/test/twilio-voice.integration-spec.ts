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
import { connectTestNats, testBusNamespace, testNatsUrl, testRedisUrl, testSigningKeys } from '@crm/testing';
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
    expect(res.headers.get('ratelimit-limit')).toBe('20');

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
