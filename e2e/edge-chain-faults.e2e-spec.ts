/**
 * Issue 5 "Done when", the fault tests of the whole recognition chain: the real edge agent process
 * (services/edge-agent/src/main.ts) reading a keyboard-wedge reader on a pseudo-terminal, journaling
 * and sending to the gateway's edge ingress; identity, customers and the gateway in this process on the
 * real PostgreSQL, NATS and Redis; a WebSocket client on /api/v1/live.
 *  a. the gateway is down while cards are tapped → every tap pops afterwards, in order, once;
 *  b. the agent is SIGKILLed between journal write and ack → after restart nothing is lost, one pop
 *     and one timeline row per tap;
 *  c. a revoked site key stops the site's events at once; the agent keeps them journaled and reports
 *     the refusal in its status.
 * No sleeps: every wait is on an observable state (agent log, socket, stream), bounded by waitFor.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { edgeV1, type edgeV1Types } from '@crm/proto';
import { waitFor } from '@crm/testing';
import { Journal } from '../services/edge-agent/src/journal/journal';
import { openPtyPair } from '../services/edge-agent/test/helpers/pty-pair';
import { AckHoldingProxy } from './support/ack-holding-proxy';
import { EdgeAgentProcess, WedgeTerminal } from './support/edge-agent-process';
import {
  edgeIdOf,
  edgeIdsOf,
  startEdgeChainStack,
  waitForPops,
  type LiveClient,
} from './support/edge-chain-stack';

let stack: Awaited<ReturnType<typeof startEdgeChainStack>>;
let pty: Awaited<ReturnType<typeof openPtyPair>>;
let wedge: WedgeTerminal;
const agents: EdgeAgentProcess[] = [];
const sockets: LiveClient[] = [];
const journals: string[] = [];
/** Card UID → customer id: every card tapped here belongs to a customer (recognized pops). */
const cards = new Map<string, string>();
const uid = (i: number) => `E2EC${String(i).padStart(4, '0')}`;

beforeAll(async () => {
  stack = await startEdgeChainStack();
  for (let i = 1; i <= 12; i++) cards.set(uid(i), await stack.customerWithCard(`故障测试客户${i}`, uid(i)));
  pty = await openPtyPair();
  wedge = new WedgeTerminal(pty.a);
}, 60_000);

afterAll(async () => {
  for (const s of sockets) s.ws.terminate();
  for (const a of agents) await a.kill('SIGKILL');
  wedge?.close();
  await pty?.close();
  await stack?.stop();
  for (const dir of journals) fs.rmSync(dir, { recursive: true, force: true });
}, 30_000);

function newJournalDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-edge-journal-'));
  journals.push(dir);
  return dir;
}

/** Starts the agent process reading the wedge terminal, and waits until its link is up. */
async function startAgent(
  site: { id: string; key: string },
  ingress: string,
  journalDir: string,
  waitUp = true,
) {
  const agent = EdgeAgentProcess.start({
    SITE_ID: site.id,
    SITE_KEY: site.key,
    INGRESS_ADDR: ingress,
    JOURNAL_DIR: journalDir,
    READERS: JSON.stringify({ wedge: { [pty.b]: 'counter-1' } }),
    TAP_DEDUP_MS: '0',
    STATUS_INTERVAL_MS: '200',
  });
  agents.push(agent);
  if (waitUp) await agent.waitForLog('edge ingress link', (l) => l.state === 'connected');
  return agent;
}

async function live(since?: string): Promise<LiveClient> {
  const c = await stack.connectLive(since);
  sockets.push(c);
  return c;
}

/** Taps the cards one after the other and returns the ids the agent journaled for them, in order. */
async function tapAll(agent: EdgeAgentProcess, uids: string[]): Promise<string[]> {
  const before = agent.journaledIds().length;
  for (const u of uids) wedge.tap(u);
  const ids = (await agent.waitForJournaled(before + uids.length)).slice(before);
  return ids;
}

/** How many times each id appears among the socket's pops. */
const countsOf = (c: LiveClient, ids: string[]) =>
  ids.map((id) => edgeIdsOf(c).filter((x) => x === id).length);

describe('edge chain faults', () => {
  let site: { id: string; key: string };
  beforeAll(async () => {
    site = await stack.createSite('故障测试门店');
  });

  it('a. the gateway is down while cards are tapped: every tap pops afterwards, in order, once', async () => {
    const agent = await startAgent(site, stack.edgeAddress, newJournalDir());
    const before = await live();
    const [first] = await tapAll(agent, [uid(1)]);
    await waitForPops(before, [first!]);

    await stack.stopGateway();
    expect(await before.closed).toBe(1001);
    const whileDown = await tapAll(agent, [uid(2), uid(3), uid(4), uid(5)]);
    // Journaled, not acked: the agent reports them queued.
    await agent.waitForLog(
      'agent status',
      (l) => l.queueDepth === whileDown.length && l.link !== 'connected',
    );

    await stack.restartGateway();
    const after = await live(before.messages.at(-1)!.id);
    await waitForPops(after, whileDown, 45_000);
    // A tap after the backlog: once its pop is in, any duplicate of the backlog would be too (one ordered chain).
    const [marker] = await tapAll(agent, [uid(6)]);
    await waitForPops(after, [marker!]);

    const wanted = new Set([...whileDown, marker!]);
    expect(edgeIdsOf(after).filter((id) => wanted.has(id))).toEqual([...whileDown, marker!]);
    const pops = after.messages.filter((m) => wanted.has(edgeIdOf(m)));
    expect(pops.map((m) => m.type)).toEqual(Array(wanted.size).fill('crm.customers.customer.recognized'));
    await agent.waitForLog('agent status', (l) => l.queueDepth === 0 && l.link === 'connected');
    await agent.kill('SIGTERM');
  }, 60_000);

  it('b. the agent is SIGKILLed between journal write and ack: after restart nothing is lost, one pop and one timeline row per tap', async () => {
    const journalDir = newJournalDir();
    const proxy = new AckHoldingProxy(stack.edgeAddress);
    const proxyPort = await proxy.start();
    try {
      const socket = await live();
      const agent = await startAgent(site, `127.0.0.1:${proxyPort}`, journalDir);
      const tapped = [uid(7), uid(8), uid(9)];
      const ids = await tapAll(agent, tapped);
      // The platform has stored, recognized and popped them, and acked them to the proxy…
      await waitForPops(socket, ids);
      await waitForAcks(proxy, ids);
      // …while the agent never got an ack: all three are still in its journal.
      await agent.waitForLog('agent status', (l) => l.queueDepth === ids.length);
      await agent.kill('SIGKILL');
      expect((await agent.exited).signal).toBe('SIGKILL');

      const restarted = await startAgent(site, stack.edgeAddress, journalDir, false);
      const opened = await restarted.waitForLog('journal opened');
      expect(opened.unacked).toBe(ids.length);
      // The resent events are acked (the ingress knows their ids) and leave the journal.
      await restarted.waitForLog('agent status', (l) => l.queueDepth === 0 && l.link === 'connected');
      const [marker] = await tapAll(restarted, [uid(10)]);
      await waitForPops(socket, [marker!]);

      expect(countsOf(socket, [...ids, marker!])).toEqual([1, 1, 1, 1]);
      for (const [i, u] of tapped.entries()) {
        const rows = await stack.cardTapsOf(cards.get(u)!);
        expect(rows.filter((r) => r.sourceEventId === ids[i])).toHaveLength(1);
        expect(rows).toHaveLength(1);
      }
      await restarted.kill('SIGTERM');
    } finally {
      await proxy.stop();
    }
  }, 60_000);

  it('c. a revoked site key stops the site at once: events stay journaled, the agent reports the refusal', async () => {
    const revokedSite = await stack.createSite('吊销测试门店');
    const journalDir = newJournalDir();
    const socket = await live();
    const agent = await startAgent(revokedSite, stack.edgeAddress, journalDir);
    const [ok] = await tapAll(agent, [uid(11)]);
    await waitForPops(socket, [ok!]);

    const revoked = await stack.admin(`/sites/${revokedSite.id}/revoke`, { method: 'POST' });
    expect(revoked.status).toBe(200);
    // No event needed: the gateway ends the site's stream on identity's event, and the key is refused
    // when the agent reconnects; the agent says so in its status.
    const refused = await agent.waitForLog('agent status', (l) => l.link === 'unauthenticated');
    const ingress = (refused.drivers as { name: string; healthy: boolean; detail: string }[])[0]!;
    expect(ingress).toMatchObject({ name: 'ingress', healthy: false });
    expect(ingress.detail).toMatch(/UNAUTHENTICATED/);

    const kept = await tapAll(agent, [uid(12), uid(1)]);
    await agent.waitForLog(
      'agent status',
      (l) => l.link === 'unauthenticated' && l.queueDepth === kept.length,
    );
    // Whoever presents the revoked key now is refused before any event is accepted.
    expect(await tryRevokedKey(revokedSite, kept[0]!)).toEqual({
      code: grpc.status.UNAUTHENTICATED,
      acked: false,
    });

    await agent.kill('SIGTERM');
    const journal = await Journal.open(journalDir);
    try {
      expect(journal.unacked().map((e) => e.eventId)).toEqual(kept);
    } finally {
      await journal.close();
    }
    expect(edgeIdsOf(socket)).not.toEqual(expect.arrayContaining([kept[0]]));
    expect(edgeIdsOf(socket)).not.toEqual(expect.arrayContaining([kept[1]]));
  }, 60_000);
});

async function waitForAcks(proxy: AckHoldingProxy, ids: string[]): Promise<void> {
  await waitFor(() => ids.every((id) => proxy.acksFromIngress.includes(id)), {
    timeoutMs: 20_000,
    message: 'the ingress acks (held by the proxy)',
  });
}

/** Opens a stream with the site's (revoked) key and sends one event: the stream's final code, and whether it was acked. */
async function tryRevokedKey(
  site: { id: string; key: string },
  eventId: string,
): Promise<{ code: grpc.status; acked: boolean }> {
  const client = new (edgeV1().EdgeIngressService.Client)(
    stack.edgeAddress,
    grpc.credentials.createInsecure(),
  );
  try {
    const md = new grpc.Metadata();
    md.set('x-site-id', site.id);
    md.set('x-site-key', site.key);
    const call = client.streamEvents(md);
    let acked = false;
    call.on('data', (r: edgeV1Types.StreamEventsResponse__Output) => (acked ||= Boolean(r.ack)));
    call.on('error', () => undefined);
    const status = new Promise<grpc.StatusObject>((resolve) => call.on('status', resolve));
    call.write({
      event: {
        eventId,
        siteId: site.id,
        occurredAt: new Date().toISOString(),
        seq: '1',
        cardTapped: { cardUid: uid(12), reader: 'probe', desk: 'counter-1' },
      },
    });
    const { code } = await status;
    return { code, acked };
  } finally {
    client.close();
  }
}
