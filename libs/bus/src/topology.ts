import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { fallbackLogger, type Logger } from '@crm/db';
import {
  namespacedConsumer,
  namespacedStream,
  namespacedSubject,
  productionNamespace,
} from './bus-namespace';
import type { BusNamespace } from './bus-namespace';
import { parseDuration } from './duration';
import {
  loadTopology,
  TopologyError,
  type ConsumerDefinition,
  type StreamDefinition,
  type TopologyDefinitions,
} from './topology-definitions';

export interface TopologySummary {
  created: string[];
  updated: string[];
  unchanged: string[];
}

type DesiredStream = Pick<
  StreamConfig,
  'name' | 'subjects' | 'storage' | 'retention' | 'max_age' | 'duplicate_window' | 'discard' | 'num_replicas'
> &
  Partial<Pick<StreamConfig, 'description' | 'max_bytes' | 'max_msgs'>>;

type DesiredConsumer = Pick<
  ConsumerConfig,
  'durable_name' | 'ack_policy' | 'deliver_policy' | 'max_deliver' | 'ack_wait'
> &
  Partial<Pick<ConsumerConfig, 'description' | 'filter_subject' | 'backoff' | 'max_ack_pending'>>;

const storage = { file: StorageType.File, memory: StorageType.Memory } as const;
const retention = {
  limits: RetentionPolicy.Limits,
  interest: RetentionPolicy.Interest,
  workqueue: RetentionPolicy.Workqueue,
} as const;
const deliver = {
  all: DeliverPolicy.All,
  new: DeliverPolicy.New,
  last: DeliverPolicy.Last,
  last_per_subject: DeliverPolicy.LastPerSubject,
} as const;

export function streamConfigFor(
  def: StreamDefinition,
  ns: BusNamespace = productionNamespace,
): DesiredStream {
  const cfg: DesiredStream = {
    name: namespacedStream(ns, def.name),
    subjects: def.subjects.map((s) => namespacedSubject(ns, s)),
    storage: storage[def.storage],
    retention: retention[def.retention],
    max_age: nanos(parseDuration(def.max_age)),
    duplicate_window: nanos(parseDuration(def.duplicate_window)),
    discard: def.discard === 'new' ? DiscardPolicy.New : DiscardPolicy.Old,
    num_replicas: def.num_replicas ?? 1,
  };
  if (def.description !== undefined) cfg.description = def.description;
  if (def.max_bytes !== undefined) cfg.max_bytes = def.max_bytes;
  if (def.max_msgs !== undefined) cfg.max_msgs = def.max_msgs;
  return cfg;
}

export function consumerConfigFor(
  def: ConsumerDefinition,
  ns: BusNamespace = productionNamespace,
): DesiredConsumer {
  const cfg: DesiredConsumer = {
    durable_name: namespacedConsumer(ns, def.durable_name),
    ack_policy: AckPolicy.Explicit,
    deliver_policy: deliver[def.deliver_policy ?? 'all'],
    max_deliver: def.max_deliver,
    ack_wait: nanos(parseDuration(def.ack_wait)),
  };
  if (def.description !== undefined) cfg.description = def.description;
  if (def.filter_subject !== undefined) cfg.filter_subject = namespacedSubject(ns, def.filter_subject);
  if (def.backoff !== undefined) cfg.backoff = def.backoff.map((d) => nanos(parseDuration(d)));
  if (def.max_ack_pending !== undefined) cfg.max_ack_pending = def.max_ack_pending;
  return cfg;
}

/**
 * Creates the declared streams and consumers, or updates them to match the declaration. Safe to
 * run on every start of every replica: what already matches is left alone. A change NATS cannot
 * apply in place (e.g. storage type) fails with an error naming the stream or consumer.
 */
export async function ensureTopology(
  jsm: JetStreamManager,
  ns: BusNamespace = productionNamespace,
  defs: TopologyDefinitions = loadTopology(),
  opts: { logger?: Logger } = {},
): Promise<TopologySummary> {
  const logger = opts.logger ?? fallbackLogger;
  const summary: TopologySummary = { created: [], updated: [], unchanged: [] };
  for (const def of defs.streams) {
    const desired = streamConfigFor(def, ns);
    const label = `stream ${desired.name}`;
    await withContext(label, async () => {
      const existing = await infoOrNull(() => jsm.streams.info(desired.name));
      if (!existing) {
        await jsm.streams.add(desired);
        summary.created.push(label);
        return;
      }
      const changed = changedFields(desired, existing.config);
      if (changed.length === 0) return void summary.unchanged.push(label);
      const { name: _name, ...update } = desired;
      await jsm.streams.update(desired.name, update);
      logger.info({ stream: desired.name, changed }, 'JetStream stream updated');
      summary.updated.push(label);
    });
  }
  for (const def of defs.consumers) {
    const stream = namespacedStream(ns, def.stream);
    const desired = consumerConfigFor(def, ns);
    const durable = namespacedConsumer(ns, def.durable_name);
    const label = `consumer ${stream}/${durable}`;
    await withContext(label, async () => {
      const existing = await infoOrNull(() => jsm.consumers.info(stream, durable));
      if (!existing) {
        await jsm.consumers.add(stream, desired);
        summary.created.push(label);
        return;
      }
      const changed = changedFields(desired, existing.config);
      if (changed.length === 0) return void summary.unchanged.push(label);
      await jsm.consumers.update(stream, durable, desired);
      logger.info({ stream, consumer: durable, changed }, 'JetStream consumer updated');
      summary.updated.push(label);
    });
  }
  return summary;
}

async function infoOrNull<T>(get: () => Promise<T>): Promise<T | null> {
  try {
    return await get();
  } catch (err) {
    if (
      err instanceof JetStreamApiError &&
      (err.code === JetStreamApiCodes.StreamNotFound || err.code === JetStreamApiCodes.ConsumerNotFound)
    ) {
      return null;
    }
    throw err;
  }
}

async function withContext(label: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    throw new TopologyError(`cannot ensure ${label}: ${(err as Error).message}`, { cause: err });
  }
}

/** Fields of `desired` whose value differs from the server's config (which holds many more fields). */
function changedFields(desired: object, actual: object): string[] {
  const a = actual as Record<string, unknown>;
  return Object.entries(desired)
    .filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(a[key]))
    .map(([key]) => key);
}
