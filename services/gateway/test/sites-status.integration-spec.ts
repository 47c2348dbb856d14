/**
 * Site administration routes (issue 5 item 6) against the real identity service, Redis and NATS:
 * GET /sites/:id/status shows what a real edge agent (its status report, with a keyboard-wedge reader
 * and its desk) told the edge ingress; POST /sites/:id/test-tap publishes a card tap to JetStream
 * the way the ingress does. Both respect sites.read / sites.write and the caller's branch scope.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { decodeEvent, type EventEnvelope } from '@crm/bus';
import { createLogger } from '@crm/log';
import { testPassword, waitFor } from '@crm/testing';
import { loadEdgeAgentConfig } from '../../edge-agent/src/config';
import { KeyboardWedgeDriver } from '../../edge-agent/src/drivers/keyboard-wedge';
import { startEdgeAgent, type EdgeAgent } from '../../edge-agent/src/edge-agent';
import { signInForWork, startPlatformStack, type PlatformStack } from './support/platform-test-stack';

const logger = createLogger({ service: 'test', level: 'silent' });
const USER_PASSWORD = testPassword();
let streamName = '';
let tappedSubject = '';

let stack: PlatformStack;
let js: JetStreamClient;
let jsm: JetStreamManager;
let admin = '';
let hqId = '';
const agents: EdgeAgent[] = [];

const api = (token: string, method: string, url: string, body?: unknown) =>
  stack.api(url, { token, method, body });

async function createSite(name: string, branchId = hqId): Promise<{ id: string; key: string }> {
  const r = await api(admin, 'POST', '/sites', { branchId, name });
  expect(r.status).toBe(201);
  return { id: r.body.site.id, key: r.body.siteKey };
}

/** A user holding `permissions` with data scope `branch` in `branchId`, logged in. */
async function userWith(username: string, permissions: string[], branchId: string): Promise<string> {
  const role = await api(admin, 'POST', '/roles', { name: username, permissions, dataScope: 'BRANCH' });
  expect(role.status).toBe(201);
  const user = await api(admin, 'POST', '/users', {
    username,
    displayName: username,
    password: USER_PASSWORD,
    branchId,
    roleIds: [role.body.id],
  });
  expect(user.status).toBe(201);
  return signInForWork(stack.base, username, USER_PASSWORD);
}

/** The envelopes on crm.edge.card.tapped, read from the start of this test's stream. */
async function tapsOnTheBus(): Promise<EventEnvelope[]> {
  const total = (await jsm.streams.info(streamName)).state.messages;
  if (total === 0) return [];
  const consumer = await js.consumers.get(streamName);
  const out: EventEnvelope[] = [];
  let seen = 0;
  for await (const m of await consumer.fetch({ max_messages: total, expires: 2000 })) {
    if (m.subject === tappedSubject) out.push(decodeEvent(m.data));
    if (++seen >= total) break;
  }
  return out;
}

beforeAll(async () => {
  stack = await startPlatformStack({ identity: true, env: { gateway: { EDGE_GRPC_PORT: '0' } } });
  streamName = `${stack.ns.streamPrefix}CRM_EDGE`;
  tappedSubject = `${stack.ns.subjectPrefix}crm.edge.card.tapped`;
  js = jetstream(stack.nc);
  jsm = await jetstreamManager(stack.nc);
  admin = stack.adminToken;
  hqId = (await api(admin, 'GET', '/branches')).body.items[0].id;
}, 30_000);

afterAll(async () => {
  for (const agent of agents) await agent.stop();
  await stack?.stop();
}, 30_000);

describe('GET /sites/:id/status', () => {
  it('says "never connected" before the agent reports', async () => {
    const site = await createSite('Quiet site');
    const r = await api(admin, 'GET', `/sites/${site.id}/status`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      siteId: site.id,
      branchId: hqId,
      connected: false,
      lastSeenAt: null,
      agent: null,
    });
  });

  it("shows the real agent's report: link up, queue depth, readers with their desks, version", async () => {
    const site = await createSite('Counter site');
    const wedge = new PassThrough();
    const agent = await startEdgeAgent(
      loadEdgeAgentConfig({
        SITE_ID: site.id,
        SITE_KEY: site.key,
        INGRESS_ADDR: `127.0.0.1:${stack.edgePort}`,
        JOURNAL_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'sites-status-')),
        STATUS_INTERVAL_MS: '200',
      }),
      logger,
      {
        drivers: [
          new KeyboardWedgeDriver(
            wedge,
            'counter-7',
            (uid, reader, desk) => void agent.tap(uid, reader, desk),
            logger,
          ),
        ],
      },
    );
    agents.push(agent);
    const status = async () => (await api(admin, 'GET', `/sites/${site.id}/status`)).body;
    await waitFor(async () => (await status()).agent?.readers.length === 1, {
      message: 'a report with the reader',
    });
    const s = await status();
    expect(s).toMatchObject({
      siteId: site.id,
      branchId: hqId,
      connected: true,
      agent: {
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
        queueDepth: 0,
        statusIntervalMs: 200,
        readers: [{ kind: 'keyboard-wedge', name: 'keyboard-wedge', desk: 'counter-7', connected: true }],
        drivers: expect.arrayContaining([{ name: 'ingress', healthy: true, detail: 'connected' }]),
      },
    });
    expect(Date.parse(s.lastSeenAt)).toBeGreaterThan(Date.now() - 60_000);

    // A tap through the wedge is sent and acked: the next report counts it as sent.
    wedge.write('04A1B2C3D4\n');
    await waitFor(async () => (await status()).agent?.lastSentSeq === 1, {
      message: 'a report after the tap',
    });
    await waitFor(async () => (await status()).agent?.queueDepth === 0, { message: 'queue drained' });

    await agent.stop();
    agents.splice(agents.indexOf(agent), 1);
    wedge.end();
  });

  it('is 404 for an unknown site and for a site of a branch out of the caller scope; 401 / 403 without', async () => {
    const site = await createSite('HQ site for scope');
    const other = await api(admin, 'POST', '/branches', { code: 'B2', name: '二分公司' });
    expect(other.status).toBe(201);
    const reader = await userWith('site_reader_b2', ['sites.read'], other.body.id);
    expect((await api(reader, 'GET', `/sites/${site.id}/status`)).status).toBe(404);
    expect((await api(admin, 'GET', '/sites/00000000-0000-4000-8000-000000000000/status')).status).toBe(404);
    expect((await api('', 'GET', `/sites/${site.id}/status`)).status).toBe(401);
    const noSites = await userWith('no_sites_hq', ['customers.read'], hqId);
    expect((await api(noSites, 'GET', `/sites/${site.id}/status`)).status).toBe(403);
    // Reading sites is not writing them.
    const hqReader = await userWith('site_reader_hq', ['sites.read'], hqId);
    expect((await api(hqReader, 'GET', `/sites/${site.id}/status`)).status).toBe(200);
    const refused = await api(hqReader, 'POST', `/sites/${site.id}/test-tap`, {});
    expect(refused.status).toBe(403);
  });
});

describe('POST /sites/:id/test-tap', () => {
  it('publishes a card tap of the site to JetStream, as the ingress does, marked by its reader', async () => {
    const site = await createSite('Test-tap site');
    const r = await api(admin, 'POST', `/sites/${site.id}/test-tap`, {
      cardUid: '04:a1:b2:c3',
      desk: 'counter-2',
    });
    expect(r.status).toBe(202);
    expect(r.body).toEqual({
      eventId: expect.any(String),
      siteId: site.id,
      cardUid: '04A1B2C3',
      reader: 'portal-test',
      desk: 'counter-2',
    });
    const random = await api(admin, 'POST', `/sites/${site.id}/test-tap`, {});
    expect(random.status).toBe(202);
    expect(random.body.cardUid).toMatch(/^[0-9A-F]{14}$/);
    expect(random.body.desk).toBe('portal-test');

    const onBus = await tapsOnTheBus();
    const mine = onBus.filter((e) => e.id === r.body.eventId || e.id === random.body.eventId);
    expect(mine.map((e) => e.id)).toEqual([r.body.eventId, random.body.eventId]);
    expect(mine[0]).toMatchObject({
      type: 'crm.edge.card.tapped',
      branchId: hqId,
      actor: { kind: 'user' },
      payload: { siteId: site.id, seq: 0, cardUid: '04A1B2C3', reader: 'portal-test', desk: 'counter-2' },
    });
  });

  it('refuses a bad UID (400 naming the field), a revoked site (422) and a site out of scope (404)', async () => {
    const site = await createSite('Refusing site');
    const before = (await tapsOnTheBus()).length;
    const bad = await api(admin, 'POST', `/sites/${site.id}/test-tap`, { cardUid: 'not-hex' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'cardUid' })]);
    const extra = await api(admin, 'POST', `/sites/${site.id}/test-tap`, { uid: '04A1B2C3' });
    expect(extra.status).toBe(400);

    const branch = await api(admin, 'POST', '/branches', { code: 'B3', name: '三分公司' });
    const writer = await userWith('site_writer_b3', ['sites.read', 'sites.write'], branch.body.id);
    expect((await api(writer, 'POST', `/sites/${site.id}/test-tap`, {})).status).toBe(404);

    expect((await api(admin, 'POST', `/sites/${site.id}/revoke`)).status).toBe(200);
    const revoked = await api(admin, 'POST', `/sites/${site.id}/test-tap`, {});
    expect(revoked.body.code).toBe('FAILED_PRECONDITION');
    expect(revoked.status).toBe(422);
    expect((await tapsOnTheBus()).length).toBe(before);
  });
});
