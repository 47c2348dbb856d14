import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDuration } from './duration';

/** A stream as declared in deploy/jetstream/streams.json (durations as text, e.g. "2m"). */
export interface StreamDefinition {
  name: string;
  description?: string;
  subjects: string[];
  storage: 'file' | 'memory';
  retention: 'limits' | 'interest' | 'workqueue';
  max_age: string;
  duplicate_window: string;
  discard?: 'old' | 'new';
  max_bytes?: number;
  max_msgs?: number;
  num_replicas?: number;
}

/** A durable pull consumer as declared in deploy/jetstream/consumers.json. */
export interface ConsumerDefinition {
  stream: string;
  durable_name: string;
  description?: string;
  filter_subject?: string;
  ack_policy: 'explicit';
  deliver_policy?: 'all' | 'new' | 'last' | 'last_per_subject';
  max_deliver: number;
  ack_wait: string;
  /**
   * Redelivery delays after an ack timeout (a consumer that died or hung mid-message). NATS uses
   * backoff[0] as ack_wait, so the two must agree. NATS also adds (backoff[n] - backoff[0]) to
   * every delayed nak (server behaviour up to at least 2.14), so a consumer's own retry delays
   * grow by that much too: with 30s, 1m, 2m, 5m that is +0, +30 s, +90 s, +270 s.
   */
  backoff?: string[];
  max_ack_pending?: number;
}

export interface TopologyDefinitions {
  streams: StreamDefinition[];
  consumers: ConsumerDefinition[];
}

/** Thrown for a topology file that is missing, malformed, or asks for something NATS would refuse or misread. */
export class TopologyError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TopologyError';
  }
}

/** deploy/jetstream at the repository root, unless CRM_JETSTREAM_DIR says otherwise (e.g. in an image). */
export function topologyDir(): string {
  return process.env.CRM_JETSTREAM_DIR || path.resolve(__dirname, '../../../deploy/jetstream');
}

export function loadTopology(dir: string = topologyDir()): TopologyDefinitions {
  const defs = {
    streams: readJsonArray(path.join(dir, 'streams.json')) as StreamDefinition[],
    consumers: readJsonArray(path.join(dir, 'consumers.json')) as ConsumerDefinition[],
  };
  validateTopology(defs);
  return defs;
}

function readJsonArray(file: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new TopologyError(`cannot read JetStream topology file ${file}: ${(err as Error).message}`, {
      cause: err,
    });
  }
  if (!Array.isArray(value)) throw new TopologyError(`${file} must hold a JSON array`);
  return value;
}

/** Checks what would otherwise surface as a confusing server error, or worse, be silently changed by it. */
export function validateTopology(defs: TopologyDefinitions): void {
  const names = new Set<string>();
  for (const s of defs.streams) {
    const where = `stream ${s.name ?? '(unnamed)'}`;
    if (!s.name || !/^[A-Za-z0-9_-]+$/.test(s.name)) throw new TopologyError(`${where}: invalid name`);
    if (names.has(s.name)) throw new TopologyError(`${where}: declared twice`);
    names.add(s.name);
    if (!Array.isArray(s.subjects) || s.subjects.length === 0)
      throw new TopologyError(`${where}: needs subjects`);
    checkDurations(where, { max_age: s.max_age, duplicate_window: s.duplicate_window });
    if (!['file', 'memory'].includes(s.storage))
      throw new TopologyError(`${where}: storage must be file or memory`);
    if (!['limits', 'interest', 'workqueue'].includes(s.retention)) {
      throw new TopologyError(`${where}: retention must be limits, interest or workqueue`);
    }
  }
  const consumers = new Set<string>();
  for (const c of defs.consumers) {
    const where = `consumer ${c.stream}/${c.durable_name}`;
    if (!names.has(c.stream)) throw new TopologyError(`${where}: stream ${c.stream} is not declared`);
    if (!c.durable_name || !/^[A-Za-z0-9_-]+$/.test(c.durable_name))
      throw new TopologyError(`${where}: invalid name`);
    if (consumers.has(where)) throw new TopologyError(`${where}: declared twice`);
    consumers.add(where);
    if (c.ack_policy !== 'explicit') throw new TopologyError(`${where}: ack_policy must be explicit`);
    if (!Number.isInteger(c.max_deliver) || c.max_deliver < 1) {
      throw new TopologyError(`${where}: max_deliver must be a positive integer`);
    }
    checkDurations(where, { ack_wait: c.ack_wait });
    if (c.backoff) {
      c.backoff.forEach((d, i) => checkDurations(where, { [`backoff[${i}]`]: d }));
      if (c.backoff.length >= c.max_deliver) {
        throw new TopologyError(`${where}: backoff needs fewer entries than max_deliver (${c.max_deliver})`);
      }
      if (c.backoff[0] !== undefined && parseDuration(c.backoff[0]) !== parseDuration(c.ack_wait)) {
        throw new TopologyError(
          `${where}: backoff[0] (${c.backoff[0]}) must equal ack_wait (${c.ack_wait}); NATS replaces ack_wait with it`,
        );
      }
    }
  }
}

function checkDurations(where: string, durations: Record<string, string | undefined>): void {
  for (const [field, value] of Object.entries(durations)) {
    try {
      if (typeof value !== 'string') throw new Error('missing');
      parseDuration(value);
    } catch (err) {
      throw new TopologyError(`${where}: ${field}: ${(err as Error).message}`);
    }
  }
}
