/**
 * The edge ingress against the real identity service, Redis and NATS: identity + gateway in-process,
 * a site created through identity, and a raw gRPC client speaking crm.edge.v1 the way the edge agent
 * does (x-site-id / x-site-key metadata, events in, acks out).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { decodeEvent, type EventEnvelope } from '@crm/bus';
import { createLogger } from '@crm/log';
import { edgeV1, identityV1, type edgeV1Types, type identityV1Types } from '@crm/proto';
import { connectTestRedis, waitFor } from '@crm/testing';
import { Journal } from '../../edge-agent/src/journal/journal';
import { Sender } from '../../edge-agent/src/transport/sender';
import { agentStatusKey } from '../src/edge/edge-ingress';
import { SiteVerifier } from '../src/edge/site-verifier';
import { startPlatformStack, type PlatformStack } from './support/platform-test-stack';

const logger = createLogger({ service: 'test', level: 'silent' });
let streamName = '';
let tappedSubject = '';

let stack: PlatformStack;
let js: JetStreamClient;
let jsm: JetStreamManager;
let sitesClient: identityV1Types.SiteServiceClient;
let edgeClient: edgeV1Types.EdgeIngressServiceClient;
let token = '';
let branchId = '';
/** A key of the gateway's in Redis (its prefix is this stack's). */
const gatewayKey = (key: string) => `${stack.redisPrefix}gateway:${key}`;

function unary<Req, Res>(
  method: (req: Req, md: grpc.Metadata, cb: grpc.requestCallback<Res>) => unknown,
  req: Req,
): Promise<Res> {
  const md = new grpc.Metadata();
  if (token) md.set('authorization', `Bearer ${token}`);
  return new Promise((resolve, reject) => method(req, md, (err, res) => (err ? reject(err) : resolve(res!))));
}

async function createSite(name: string): Promise<{ id: string; key: string }> {
  const res = await unary<identityV1Types.CreateSiteRequest, identityV1Types.CreateSiteResponse__Output>(
    sitesClient.createSite.bind(sitesClient),
    { branchId, name },
  );
  return { id: res.site!.id, key: res.siteKey };
}

interface OpenStream {
  acks: string[];
  /** The stream's final status. */
  status: Promise<grpc.StatusObject>;
  send(event: edgeV1Types.EdgeEvent): void;
  sendStatus(status: edgeV1Types.AgentStatus): void;
  waitAcks(ids: string[]): Promise<void>;
  close(): void;
}

function openStream(siteId: string, siteKey: string): OpenStream {
  const md = new grpc.Metadata();
  md.set('x-site-id', siteId);
  md.set('x-site-key', siteKey);
  const call = edgeClient.streamEvents(md);
  const acks: string[] = [];
  call.on('data', (r: edgeV1Types.StreamEventsResponse__Output) => {
    if (r.ack) acks.push(r.ack.eventId);
  });
  call.on('error', () => undefined);
  const status = new Promise<grpc.StatusObject>((resolve) => call.on('status', resolve));
  return {
    acks,
    status,
    send: (event) => call.write({ event }),
    sendStatus: (s) => call.write({ status: s }),
    waitAcks: async (ids) => {
      await waitFor(() => ids.every((id) => acks.includes(id)), { message: `acks for ${ids.join(', ')}` });
    },
    close: () => call.end(),
  };
}

function tap(siteId: string, cardUid: string, seq: number, eventId = randomUUID()): edgeV1Types.EdgeEvent {
  return {
    eventId,
    siteId,
    occurredAt: new Date().toISOString(),
    seq,
    cardTapped: { cardUid, reader: 'ACS ACR122U 00', desk: 'counter-1' },
  };
}

async function messageCount(): Promise<number> {
  return (await jsm.streams.info(streamName)).state.messages;
}

/** Every envelope on `subject`, read with an ordered consumer from the start of the stream. */
async function readSubject(subject: string): Promise<EventEnvelope[]> {
  const total = await messageCount();
  const consumer = await js.consumers.get(streamName);
  const out: EventEnvelope[] = [];
  const messages = await consumer.fetch({ max_messages: total, expires: 2000 });
  let seen = 0;
  for await (const m of messages) {
    if (m.subject === subject) out.push(decodeEvent(m.data));
    if (++seen >= total) break;
  }
  return out;
}

/**
 * Records the Redis commands (as argument lists) that mention `fragment`, through MONITOR on a
 * connection of its own. stop() returns them once every command issued before it was seen.
 */
async function watchRedisCommands(fragment: string): Promise<{ stop(): Promise<string[][]> }> {
  const monitor = await connectTestRedis();
  const marker = `${stack.redisPrefix}monitor-marker:${randomUUID()}`;
  const seen: string[][] = [];
  let markerSeen = false;
  await monitor.monitor((line) => {
    const args = [...String(line).matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
    if (args.some((a) => a.includes(marker))) markerSeen = true;
    else if (args.some((a) => a.includes(fragment))) seen.push(args);
  });
  return {
    async stop() {
      // MONITOR reports commands in the order Redis ran them: once our marker is in, so is all before it.
      const redis = await connectTestRedis();
      await redis.exists(marker);
      await redis.quit();
      await waitFor(() => markerSeen, { message: 'the MONITOR feed to catch up' });
      monitor.destroy();
      return seen;
    },
  };
}

beforeAll(async () => {
  stack = await startPlatformStack({
    identity: true,
    env: { gateway: { EDGE_GRPC_PORT: '0', SITE_KEY_CACHE_SECONDS: '1' } },
  });
  streamName = `${stack.ns.streamPrefix}CRM_EDGE`;
  tappedSubject = `${stack.ns.subjectPrefix}crm.edge.card.tapped`;
  js = jetstream(stack.nc);
  jsm = await jetstreamManager(stack.nc);
  const identityAddress = stack.identityAddr!;
  const { SiteService, BranchService } = identityV1();
  const branches = new BranchService.Client(identityAddress, grpc.credentials.createInsecure());
  sitesClient = new SiteService.Client(identityAddress, grpc.credentials.createInsecure());
  edgeClient = new (edgeV1().EdgeIngressService.Client)(
    `127.0.0.1:${stack.edgePort}`,
    grpc.credentials.createInsecure(),
  );
  token = stack.adminToken;
  branchId = (
    await unary<identityV1Types.ListBranchesRequest, identityV1Types.ListBranchesResponse__Output>(
      branches.listBranches.bind(branches),
      {},
    )
  ).branches[0]!.id;
  branches.close();
}, 30_000);

afterAll(async () => {
  edgeClient?.close();
  sitesClient?.close();
  await stack?.stop();
}, 30_000);

describe('edge ingress', () => {
  let site: { id: string; key: string };
  beforeAll(async () => {
    site = await createSite('Counter site');
  });

  it('publishes each tap once to the namespaced JetStream subject and acks it after the publish', async () => {
    // Every Redis command naming this site's key cache, from the gateway or anyone: the cached entry
    // lives only SITE_KEY_CACHE_SECONDS (1 s here), so looking it up afterwards would race its expiry.
    const siteKeyCommands = await watchRedisCommands(`edge:site-key:${site.id}:`);
    const before = await messageCount();
    const stream = openStream(site.id, site.key);
    const events = [tap(site.id, '04A1B2C3', 1), tap(site.id, '04D4E5F6', 2), tap(site.id, '04A1B2C3', 3)];
    for (const e of events) stream.send(e);
    await stream.waitAcks(events.map((e) => e.eventId!));
    // An ack means JetStream already holds the event.
    expect(await messageCount()).toBe(before + 3);
    expect(stream.acks).toEqual(events.map((e) => e.eventId));
    const stored = (await readSubject(tappedSubject)).filter((e) => events.some((x) => x.eventId === e.id));
    expect(stored.map((e) => e.id)).toEqual(events.map((e) => e.eventId));
    expect(stored[0]).toMatchObject({
      type: 'crm.edge.card.tapped',
      branchId,
      actor: { kind: 'site', userId: site.id },
      occurredAt: events[0]!.occurredAt,
      payload: { siteId: site.id, seq: 1, cardUid: '04A1B2C3', reader: 'ACS ACR122U 00', desk: 'counter-1' },
    });
    // The cache holds the SHA-256 of the key, never the key itself (neither in the name nor the value).
    const commands = await siteKeyCommands.stop();
    const written = commands.filter((args) => args[0]?.toUpperCase() === 'SET').map((args) => args[1]);
    expect([...new Set(written)]).toEqual([gatewayKey(SiteVerifier.cacheKey(site.id, site.key))]);
    expect(commands.flat().join(' ')).not.toContain(site.key);
    stream.close();
    expect((await stream.status).code).toBe(grpc.status.OK);
  });

  it('a burst of taps (more than the events it stores at once) is stored once each and acked in order', async () => {
    const before = await messageCount();
    const stream = openStream(site.id, site.key);
    const events = Array.from({ length: 150 }, (_, i) =>
      tap(site.id, `04B0${String(i).padStart(4, '0')}`, 100 + i),
    );
    // A resend inside the burst: stored once, acked twice.
    const sent = [...events.slice(0, 75), events[10]!, ...events.slice(75)];
    for (const e of sent) stream.send(e);
    await waitFor(() => stream.acks.length === sent.length, { message: 'every event acked' });

    expect(stream.acks).toEqual(sent.map((e) => e.eventId));
    expect(await messageCount()).toBe(before + events.length);
    const stored = (await readSubject(tappedSubject)).filter((e) => events.some((x) => x.eventId === e.id));
    expect(stored.map((e) => e.id)).toEqual(events.map((e) => e.eventId));
    stream.close();
    expect((await stream.status).code).toBe(grpc.status.OK);
  });

  it('acks a resent event id again without storing it twice', async () => {
    const first = openStream(site.id, site.key);
    const event = tap(site.id, '04FFEE01', 10);
    first.send(event);
    await first.waitAcks([event.eventId!]);
    first.close();
    await first.status;
    const before = await messageCount();
    const again = openStream(site.id, site.key);
    again.send(event);
    again.send(event);
    await waitFor(() => again.acks.length === 2, { message: 'both resends acked' });
    expect(again.acks).toEqual([event.eventId, event.eventId]);
    expect(await messageCount()).toBe(before);
    again.close();
    await again.status;
  });

  it('relies on the JetStream duplicate window when the ack record in Redis is gone', async () => {
    const event = tap(site.id, '04FFEE02', 11);
    const first = openStream(site.id, site.key);
    first.send(event);
    await first.waitAcks([event.eventId!]);
    const before = await messageCount();
    const redis = await connectTestRedis();
    await redis.del(gatewayKey(`edge:acked:${event.eventId}`));
    await redis.quit();
    first.send(event);
    await waitFor(() => first.acks.length === 2, { message: 'resend acked' });
    expect(await messageCount()).toBe(before);
    first.close();
    await first.status;
  });

  it('takes the real edge agent sender: journaled taps are acked and removed from the journal', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'edge-ingress-'));
    const journal = await Journal.open(dir);
    const sender = new Sender(
      journal,
      { address: `127.0.0.1:${stack.edgePort}`, siteId: site.id, siteKey: site.key },
      logger,
    );
    try {
      sender.start();
      const ids: string[] = [randomUUID(), randomUUID()];
      for (const eventId of ids)
        await journal.append({
          eventId,
          siteId: site.id,
          occurredAt: new Date().toISOString(),
          cardTapped: { cardUid: '04ABCDEF', reader: 'wedge', desk: 'desk-2' },
        });
      await waitFor(() => journal.unacked().length === 0, { message: 'journal drained by acks' });
      const stored = (await readSubject(tappedSubject)).filter((e) => ids.includes(e.id));
      expect(stored.map((e) => e.id)).toEqual(ids);
      expect(sender.state).toBe('connected');
    } finally {
      sender.stop();
      await journal.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('publishes calls and card removals on their own subjects', async () => {
    const stream = openStream(site.id, site.key);
    const ringing = {
      eventId: randomUUID(),
      siteId: site.id,
      occurredAt: new Date().toISOString(),
      seq: 20,
      callRinging: { callerNumber: '+4930123456', calledNumber: '+4930999', extension: '12', source: 'pbx' },
    };
    const removed = {
      eventId: randomUUID(),
      siteId: site.id,
      occurredAt: new Date().toISOString(),
      seq: 21,
      cardRemoved: { cardUid: '04A1B2C3', reader: 'r', desk: 'd' },
    };
    stream.send(ringing);
    stream.send(removed);
    await stream.waitAcks([ringing.eventId, removed.eventId]);
    const calls = await readSubject(`${stack.ns.subjectPrefix}crm.edge.call.ringing`);
    expect(calls).toEqual([
      expect.objectContaining({
        id: ringing.eventId,
        type: 'crm.edge.call.ringing',
        payload: expect.objectContaining({ callerNumber: '+4930123456', extension: '12' }),
      }),
    ]);
    const removals = await readSubject(`${stack.ns.subjectPrefix}crm.edge.card.removed`);
    expect(removals.map((e) => e.id)).toEqual([removed.eventId]);
    stream.close();
    await stream.status;
  });

  it('keeps the last agent status of the site in Redis', async () => {
    const stream = openStream(site.id, site.key);
    stream.sendStatus({
      siteId: site.id,
      queueDepth: 7,
      agentVersion: '0.1.0',
      drivers: [{ name: 'pcsc', healthy: true }],
    });
    const redis = await connectTestRedis();
    const raw = await waitFor(() => redis.get(gatewayKey(agentStatusKey(site.id))), {
      message: 'status stored',
    });
    expect(await redis.ttl(gatewayKey(agentStatusKey(site.id)))).toBeGreaterThan(0);
    await redis.quit();
    expect(JSON.parse(raw)).toMatchObject({
      siteId: site.id,
      branchId,
      queueDepth: 7,
      agentVersion: '0.1.0',
      drivers: [{ name: 'pcsc', healthy: true, detail: '' }],
    });
    stream.close();
    await stream.status;
  });

  it('ends the stream with UNAUTHENTICATED for a wrong key, and stores nothing', async () => {
    const before = await messageCount();
    const stream = openStream(site.id, 'not-the-key');
    stream.send(tap(site.id, '04000000', 1));
    const status = await stream.status;
    expect(status.code).toBe(grpc.status.UNAUTHENTICATED);
    expect(stream.acks).toEqual([]);
    expect(await messageCount()).toBe(before);
    const noMetadata = edgeClient.streamEvents();
    noMetadata.on('error', () => undefined);
    const missing = await new Promise<grpc.StatusObject>((resolve) => noMetadata.on('status', resolve));
    expect(missing.code).toBe(grpc.status.UNAUTHENTICATED);
  });

  it('refuses an event of another site with INVALID_ARGUMENT', async () => {
    const before = await messageCount();
    const stream = openStream(site.id, site.key);
    stream.send(tap(randomUUID(), '04000001', 1));
    expect((await stream.status).code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(stream.acks).toEqual([]);
    expect(await messageCount()).toBe(before);
  });

  it('stops accepting a revoked site within SITE_KEY_CACHE_SECONDS, on open and on new streams', async () => {
    const revoked = await createSite('Revoked site');
    const open = openStream(revoked.id, revoked.key);
    const before = tap(revoked.id, '04111111', 1);
    open.send(before);
    await open.waitAcks([before.eventId!]);
    await unary(sitesClient.revokeSite.bind(sitesClient), { id: revoked.id });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const count = await messageCount();
    open.send(tap(revoked.id, '04111112', 2));
    expect((await open.status).code).toBe(grpc.status.UNAUTHENTICATED);
    const fresh = openStream(revoked.id, revoked.key);
    fresh.send(tap(revoked.id, '04111113', 3));
    expect((await fresh.status).code).toBe(grpc.status.UNAUTHENTICATED);
    expect(fresh.acks).toEqual([]);
    expect(await messageCount()).toBe(count);
  });
});
