import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { connectTestNats, createTestDatabase, testBusNamespace, type TestDatabase } from '@crm/testing';
import {
  busMigrationsDir,
  busMigrationsNamespace,
  ensureTopology,
  loadTopology,
  namespacedStream,
  type TopologyDefinitions,
  type BusNamespace,
  type EventEnvelope,
} from '../src';

/** One test file's servers: its own database (bus tables migrated) and NATS connection. */
export interface BusTestKit {
  db: TestDatabase;
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  /** A fresh namespace with the topology from deploy/jetstream applied; cleaned up in close(). */
  newNamespace(defs?: TopologyDefinitions): Promise<BusNamespace>;
  close(): Promise<void>;
}

export async function createBusTestKit(): Promise<BusTestKit> {
  const db = await createTestDatabase({
    template: { name: 'bus', migrations: [{ namespace: busMigrationsNamespace, dir: busMigrationsDir }] },
  });
  const nc = await connectTestNats();
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  const namespaces: ReturnType<typeof testBusNamespace>[] = [];
  return {
    db,
    nc,
    js,
    jsm,
    async newNamespace(defs) {
      const ns = testBusNamespace();
      namespaces.push(ns);
      await ensureTopology(jsm, ns, defs);
      return ns;
    },
    async close() {
      for (const ns of namespaces) await ns.cleanup(jsm);
      await nc.close();
      await db.drop();
    },
  };
}

export interface StoredEvent {
  seq: number;
  subject: string;
  headers: Record<string, string>;
  data: string;
}

/** Every message currently in the namespaced stream, in stream order. */
export async function readStream(
  jsm: JetStreamManager,
  ns: BusNamespace,
  stream: string,
): Promise<StoredEvent[]> {
  const name = namespacedStream(ns, stream);
  const { state } = await jsm.streams.info(name);
  const out: StoredEvent[] = [];
  if (state.messages === 0) return out;
  for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
    const m = await jsm.streams.getMessage(name, { seq });
    if (!m) continue;
    const headers: Record<string, string> = {};
    if (m.header) for (const [k, v] of m.header) headers[k] = v.join(',');
    out.push({ seq: m.seq, subject: m.subject, headers, data: m.string() });
  }
  return out;
}

export function eventIds(messages: StoredEvent[]): string[] {
  return messages.map((m) => (JSON.parse(m.data) as EventEnvelope).id);
}

/** Waits for a consumer to have acked (or terminated) everything delivered so far. */
export async function consumerState(
  jsm: JetStreamManager,
  ns: BusNamespace,
  stream: string,
  durable: string,
): Promise<{ pending: number; ackPending: number; delivered: number; ackFloor: number }> {
  const info = await jsm.consumers.info(namespacedStream(ns, stream), ns.streamPrefix + durable);
  return {
    pending: info.num_pending,
    ackPending: info.num_ack_pending,
    delivered: info.delivered.stream_seq,
    ackFloor: info.ack_floor.stream_seq,
  };
}

/**
 * The declared topology minus the consumers' `backoff`. With a backoff, NATS adds
 * (backoff[n] - backoff[0]) to every delayed nak (30 s, 90 s, … with ours), which would make a
 * retry test take minutes. Without it, nak delays are exact; everything else stays as declared.
 */
export function topologyWithoutBackoff(): TopologyDefinitions {
  const defs = structuredClone(loadTopology());
  for (const c of defs.consumers) delete c.backoff;
  return defs;
}
