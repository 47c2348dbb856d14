/**
 * npm run bench:recognition — issue 5: card taps injected at a site's edge agent (where the reader
 * driver hands a card over: agent.tap) at 1, 50 and 200 events/s for a fixed time each, through the
 * real chain — agent journal (fsync) → gRPC edge ingress → JetStream → customers recognition
 * (lookup, timeline, outbox) → outbox relay → JetStream → gateway live feed → WebSocket
 * /api/v1/live — measured from the tap to the pop's arrival at a staff member's socket. Beside it,
 * at the same rates and in the same run, the raw floor: a NATS round trip + a Redis GET + a
 * WebSocket send; and, to explain the gap, the consumer's transaction shape alone on the same
 * PostgreSQL. The services run as `npm start` runs them, each its own process; the agent, the socket
 * client and the floors run in this process, timed with performance.now() (one monotonic
 * sub-millisecond clock; DB timestamps are mapped onto it through performance.timeOrigin).
 * A table of spans tells where the time goes. Loopback only, bounded in time.
 *
 * BENCH_RATES (default 1,50,200) and BENCH_DURATIONS_S (10,20,10): the phases. BENCH_DRAIN_S (30):
 * how long to wait for the last pops of a phase before the next phase. A pop is counted lost only
 * if it has not arrived at the end, once nothing has arrived for 5 s. BENCH_TRACE=1:
 * the customers service also exports its trace spans (OTLP) to the bench, which splits the consumer's
 * share further (it costs the service a little CPU, so it is off by default).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { createLogger } from '@crm/log';
import { connectTestRedis } from '@crm/testing';
import { loadEdgeAgentConfig } from '../../services/edge-agent/src/config';
import { startEdgeAgent, type EdgeAgent } from '../../services/edge-agent/src/edge-agent';
import { createFixtures } from './recognition/bench-fixtures';
import { startBenchSystem } from './recognition/bench-system';
import { ChainSpans, epochNow, spanSummaries, type EventTimes } from './recognition/chain-spans';
import { ms, summarize, type LatencySummary } from './recognition/latency-stats';
import { OtlpReceiver } from './recognition/otlp-receiver';
import { paced } from './recognition/pacer';
import { PgTransactionFloor } from './recognition/pg-transaction-floor';
import { RawFloor } from './recognition/raw-floor';

const list = (v: string | undefined, fallback: number[]) =>
  v ? v.split(',').map((x) => Number(x.trim())) : fallback;
const RATES = list(process.env.BENCH_RATES, [1, 50, 200]);
const DURATIONS_S = list(process.env.BENCH_DURATIONS_S, [10, 20, 10]);
const DRAIN_S = Number(process.env.BENCH_DRAIN_S ?? 30);
const TAP_DEDUP_MS = 3000; // the agent's default: the same card within 3 s is one tap
const WARMUP_RATE = 100;
// Enough cards that none comes round again within the de-duplication window at the highest rate.
const CUSTOMERS = Math.max(50, Math.ceil((Math.max(...RATES) * TAP_DEDUP_MS * 1.25) / 1000));
const TARGET = { rate: 50, p50: 10, p99: 50 };
const TRACE = process.env.BENCH_TRACE === '1';
/** The PostgreSQL diagnostic runs at most this long per rate (it only explains, it is no target). */
const PG_FLOOR_MAX_S = 5;

interface Row {
  path: string;
  rate: number;
  sent: number;
  delivered: number;
  lost: number;
  duplicates: number;
  latency: LatencySummary;
}

/** Every pop that reached the live socket: edge event id → arrival times (epochNow ms). */
const arrivals = new Map<string, number[]>();
let samplePop = '';

function openLiveSocket(base: string, token: string): Promise<WebSocket> {
  const ws = new WebSocket(`${base.replace('http', 'ws')}/api/v1/live`, ['bearer', token]);
  ws.on('message', (data) => {
    const at = epochNow();
    const text = String(data);
    const m = JSON.parse(text) as { payload?: { edgeEventId?: string } };
    const id = m.payload?.edgeEventId;
    if (!id) return;
    if (!samplePop) samplePop = text;
    const seen = arrivals.get(id);
    if (seen) seen.push(at);
    else arrivals.set(id, [at]);
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

let cardCursor = 0;

/** Taps at `rate` for `durationS`, each a card not tapped within the de-duplication window. */
async function tapPhase(
  agent: EdgeAgent,
  cards: string[],
  rate: number,
  durationS: number,
  times: Map<string, EventTimes>,
): Promise<{ ids: string[]; swallowed: number }> {
  const ids: string[] = [];
  const journaling: Promise<void>[] = [];
  let swallowed = 0;
  await paced(rate, durationS, () => {
    const uid = cards[cardCursor++ % cards.length]!;
    const tapped = epochNow();
    journaling.push(
      agent.tap(uid, 'bench-reader', 'counter-1').then((event) => {
        if (!event) {
          swallowed++;
          return;
        }
        ids.push(event.eventId);
        times.set(event.eventId, { tapped, journaled: epochNow() });
      }),
    );
  });
  await Promise.all(journaling);
  await until(() => ids.every((id) => arrivals.has(id)), DRAIN_S * 1000);
  return { ids, swallowed };
}

function recognitionRow(rate: number, ids: string[], times: Map<string, EventTimes>): Row {
  const latencies: number[] = [];
  let duplicates = 0;
  for (const id of ids) {
    const got = arrivals.get(id);
    if (!got) continue;
    duplicates += got.length - 1;
    const t = times.get(id)!;
    t.received = got[0];
    latencies.push(got[0]! - t.tapped);
  }
  return {
    path: 'recognition: tap → live pop',
    rate,
    sent: ids.length,
    delivered: latencies.length,
    lost: ids.length - latencies.length,
    duplicates,
    latency: summarize(latencies),
  };
}

interface FloorSource {
  fire(id: string): void;
  outcome(ids: readonly string[]): { delivered: number[]; lost: number };
}

async function floorPhase(label: string, floor: FloorSource, rate: number, durationS: number): Promise<Row> {
  const ids: string[] = [];
  const runId = randomBytes(4).toString('hex');
  await paced(rate, durationS, (i) => {
    const id = `${runId}${String(i).padStart(24, '0')}`;
    ids.push(id);
    floor.fire(id);
  });
  await until(() => floor.outcome(ids).lost === 0, DRAIN_S * 1000);
  const { delivered, lost } = floor.outcome(ids);
  return {
    path: label,
    rate,
    sent: ids.length,
    delivered: delivered.length,
    lost,
    duplicates: 0,
    latency: summarize(delivered),
  };
}

function printRows(rows: Row[]): void {
  console.log('| path | events/s | sent | delivered | lost | duplicates | p50 ms | p99 ms | max ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.path} | ${r.rate} | ${r.sent} | ${r.delivered} | ${r.lost} | ${r.duplicates} | ${ms(r.latency.p50)} | ${ms(r.latency.p99)} | ${ms(r.latency.max)} |`,
    );
}

async function main(): Promise<void> {
  if (RATES.length !== DURATIONS_S.length || [...RATES, ...DURATIONS_S].some((x) => !(x > 0)))
    throw new Error('BENCH_RATES and BENCH_DURATIONS_S must be lists of positive numbers of the same length');
  console.log(
    `bench:recognition — rates ${RATES.join(', ')} events/s for ${DURATIONS_S.join(', ')} s, ${CUSTOMERS} cards, loopback only`,
  );
  const startedAt = performance.now();
  const otlp = TRACE ? new OtlpReceiver() : undefined;
  const otlpUrl = await otlp?.start();
  const bench = await startBenchSystem(
    { RATE_LIMIT_API_PER_MINUTE: '10000000' },
    // Spans leave every 100 ms instead of every 5 s, so the last phase's are in before the report.
    otlpUrl ? { customers: { OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl, OTEL_BSP_SCHEDULE_DELAY: '100' } } : {},
  ).catch(async (err: unknown) => {
    await otlp?.stop();
    throw err;
  });
  const journalDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-bench-journal-'));
  const spans = new ChainSpans(bench.namespace, bench.customersDbUrl);
  let agent: EdgeAgent | undefined;
  let ws: WebSocket | undefined;
  let floor: RawFloor | undefined;
  let pgFloor: PgTransactionFloor | undefined;
  const times = new Map<string, EventTimes>();
  const warmTimes = new Map<string, EventTimes>();
  let siteId = '';
  try {
    console.log(
      `load average at start: ${loadAverage()} (2 cores shared with other work: read the floor beside each figure)`,
    );
    console.log(`system up in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    const setupAt = performance.now();
    const fixtures = await createFixtures(bench.httpUrl, bench.adminPassword, CUSTOMERS);
    console.log(
      `${CUSTOMERS} customers with a card, a site, a front-desk user in ${((performance.now() - setupAt) / 1000).toFixed(1)} s`,
    );
    siteId = fixtures.site.id;
    await spans.start();
    ws = await openLiveSocket(bench.httpUrl, fixtures.staffToken);
    agent = await startEdgeAgent(
      loadEdgeAgentConfig({
        SITE_ID: fixtures.site.id,
        SITE_KEY: fixtures.site.key,
        INGRESS_ADDR: bench.edgeAddress,
        JOURNAL_DIR: journalDir,
        TAP_DEDUP_MS: String(TAP_DEDUP_MS),
        LOG_LEVEL: 'warn',
      }),
      createLogger({ service: 'edge-agent', level: 'warn' }),
    );
    const connectedAgent = agent;
    await until(() => connectedAgent.sender.state === 'connected', 10_000);
    if (agent.sender.state !== 'connected')
      throw new Error(`the agent did not connect: ${agent.sender.lastError ?? agent.sender.state}`);

    // Warm-up (JIT, pools, the lookup cache: every card once), not counted.
    const warm = await tapPhase(agent, fixtures.cards, WARMUP_RATE, CUSTOMERS / WARMUP_RATE, warmTimes);
    // The measured phases start with an empty pipeline: the warm-up's backlog (the lookups are cold)
    // must not spill into them.
    await until(() => warm.ids.every((id) => arrivals.has(id)), 60_000);
    const warmDelivered = warm.ids.filter((id) => arrivals.has(id)).length;
    console.log(`warm-up: ${warm.ids.length} taps, ${warmDelivered} pops`);
    if (!samplePop) throw new Error('no pop reached the live socket during the warm-up');
    floor = new RawFloor(samplePop);
    await floor.start();
    pgFloor = new PgTransactionFloor(bench.customersDbUrl);
    await pgFloor.start();
    await new Promise((r) => setTimeout(r, TAP_DEDUP_MS));

    const rows: Row[] = [];
    const phases: { rate: number; times: Map<string, EventTimes> }[] = [];
    let swallowed = 0;
    for (const [i, rate] of RATES.entries()) {
      const durationS = DURATIONS_S[i]!;
      const phaseTimes = new Map<string, EventTimes>();
      const phase = await tapPhase(agent, fixtures.cards, rate, durationS, phaseTimes);
      swallowed += phase.swallowed;
      for (const [id, t] of phaseTimes) times.set(id, t);
      phases.push({ rate, times: phaseTimes });
      const row = recognitionRow(rate, phase.ids, phaseTimes);
      const floorRow = await floorPhase(
        'floor: NATS req/reply + Redis GET + WS send',
        floor,
        rate,
        durationS,
      );
      const pgRow = await floorPhase(
        'diagnostic: PostgreSQL BEGIN + 3 INSERT + COMMIT, one at a time',
        pgFloor,
        rate,
        Math.min(durationS, PG_FLOOR_MAX_S),
      );
      rows.push(row, floorRow, pgRow);
      console.log(
        `${rate}/s: recognition p50 ${ms(row.latency.p50)} p99 ${ms(row.latency.p99)} ms (${row.lost} not in yet) · floor p50 ${ms(floorRow.latency.p50)} p99 ${ms(floorRow.latency.p99)} ms · PostgreSQL tx p50 ${ms(pgRow.latency.p50)} ms`,
      );
    }
    // A pop still queued somewhere is late, not lost: wait while pops keep coming (at most 2 min);
    // a late second copy of an early pop would show up here too.
    const missing = () => [...times.keys()].filter((id) => !arrivals.has(id)).length;
    for (let before = missing(), waited = 0; before > 0 && waited < 120; waited += 5) {
      await new Promise((r) => setTimeout(r, 5000));
      const now = missing();
      if (now === before) break;
      before = now;
    }
    await new Promise((r) => setTimeout(r, 1000));
    for (const [i, p] of phases.entries()) rows[i * 3] = recognitionRow(p.rate, [...p.times.keys()], p.times);
    await spans.fill(times, otlp?.processSpans);

    console.log('');
    printRows(rows);
    console.log('');
    console.log('Where the time goes (ms, per event; DB timestamps are transaction starts):');
    console.log('| events/s | span | p50 | p99 | max |');
    console.log('| ---: | --- | ---: | ---: | ---: |');
    for (const p of phases)
      for (const { name, summary } of spanSummaries(p.times.values()))
        console.log(`| ${p.rate} | ${name} | ${ms(summary.p50)} | ${ms(summary.p99)} | ${ms(summary.max)} |`);

    for (const p of phases) {
      const consumer = spanSummaries(p.times.values()).find((x) => x.name.startsWith('consumer:'));
      if (consumer)
        console.log(
          `at ${p.rate}/s the customers consumer spent ${ms(consumer.summary.p50)} ms (p50) per event, one event at a time: at most ~${Math.round(1000 / consumer.summary.p50)} events/s`,
        );
    }
    const at = rows.find((r) => r.rate === TARGET.rate && r.path.startsWith('recognition'));
    const lost = rows.filter((r) => r.path.startsWith('recognition')).reduce((n, r) => n + r.lost, 0);
    const dup = rows.filter((r) => r.path.startsWith('recognition')).reduce((n, r) => n + r.duplicates, 0);
    console.log('');
    if (at) {
      const ok = (v: boolean) => (v ? 'met' : 'MISSED');
      console.log(
        `target at ${TARGET.rate} events/s: p50 < ${TARGET.p50} ms ${ok(at.latency.p50 < TARGET.p50)} (${ms(at.latency.p50)}), p99 < ${TARGET.p99} ms ${ok(at.latency.p99 < TARGET.p99)} (${ms(at.latency.p99)}); zero lost ${ok(lost === 0)} (${lost} lost, ${dup} duplicates in all phases)`,
      );
    }
    if (swallowed > 0)
      console.log(`note: ${swallowed} taps were taken as repeats by the agent's de-duplication`);
    console.log(`load average at the end: ${loadAverage()}`);
    console.log(`whole run ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
    if (lost + dup > 0) process.exitCode = 1;
  } finally {
    await agent?.stop();
    ws?.terminate();
    await floor?.stop();
    await pgFloor?.stop();
    await spans.stop();
    await bench.dispose();
    await otlp?.stop();
    fs.rmSync(journalDir, { recursive: true, force: true });
    await forgetGatewayKeys(siteId, [...warmTimes.keys(), ...times.keys()]);
  }
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

/**
 * The gateway keeps acked edge event ids and the agent's last status in Redis for days, under its
 * own fixed prefix; the bench's are of no use to anyone.
 */
async function forgetGatewayKeys(siteId: string, eventIds: string[]): Promise<void> {
  if (!siteId) return;
  const keys = [`gateway:edge:agent-status:${siteId}`, ...eventIds.map((id) => `gateway:edge:acked:${id}`)];
  const redis = await connectTestRedis();
  try {
    for (let i = 0; i < keys.length; i += 500) await redis.unlink(keys.slice(i, i + 500));
  } finally {
    await redis.quit();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
