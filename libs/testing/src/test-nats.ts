import type { JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { randomId } from './random-id';
import { ServerUnreachableError, testNatsUrl } from './server-urls';

/** A connection to the test NATS server; close it in afterAll. */
export async function connectTestNats(opts: { url?: string; name?: string } = {}): Promise<NatsConnection> {
  const url = opts.url ?? testNatsUrl();
  try {
    // No reconnect attempts on the first connect: a missing server should fail the test at once.
    return await connect({ servers: url, name: opts.name ?? 'crm-test', timeout: 5_000 });
  } catch (err) {
    throw new ServerUnreachableError('NATS', url, err);
  }
}

export interface TestBusNamespace {
  /** Put in front of every subject, e.g. `t_1a2b3c4d5e6f.` → `t_1a2b3c4d5e6f.crm.customers.customer.created`. */
  subjectPrefix: string;
  /** Put in front of every stream and consumer name, e.g. `T_1A2B3C4D5E6F_CRM_CUSTOMERS`. */
  streamPrefix: string;
  /** Deletes every stream of this namespace (their consumers go with them). */
  cleanup(jsm: JetStreamManager): Promise<void>;
}

/**
 * A namespace of its own for one test file: its streams capture only its subjects, so test files
 * running in parallel against one NATS server never see each other's messages.
 */
export function testBusNamespace(): TestBusNamespace {
  const id = randomId();
  const subjectPrefix = `t_${id}.`;
  const streamPrefix = `T_${id.toUpperCase()}_`;
  return {
    subjectPrefix,
    streamPrefix,
    async cleanup(jsm) {
      const names: string[] = [];
      for await (const name of jsm.streams.names()) if (name.startsWith(streamPrefix)) names.push(name);
      await Promise.all(names.map((name) => jsm.streams.delete(name)));
    },
  };
}
