import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { BusNamespace } from './bus-namespace';
import { productionNamespace } from './bus-namespace';
import { ensureTopology } from './topology';

export interface BusConnection {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  ns: BusNamespace;
  /** Drains subscriptions and pending publishes, then closes. */
  close(): Promise<void>;
}

/**
 * The namespace named by a service's NATS_NAMESPACE variable: 'abc' gives subjects `abc.crm.…` and
 * streams `ABC_CRM_…`; none gives the production names.
 */
export function namespaceFromToken(token: string | undefined): BusNamespace {
  if (!token) return productionNamespace;
  return { subjectPrefix: `${token}.`, streamPrefix: `${token.toUpperCase()}_` };
}

/** Connects to NATS (failing with the URL when it cannot) and makes sure the declared topology exists. */
export async function connectBus(options: {
  url: string;
  name: string;
  namespace?: string;
}): Promise<BusConnection> {
  let nc: NatsConnection;
  try {
    nc = await connect({ servers: options.url, name: options.name, maxReconnectAttempts: -1, timeout: 5000 });
  } catch (err) {
    throw new Error(`cannot reach NATS at ${options.url}: ${(err as Error).message}`);
  }
  const ns = namespaceFromToken(options.namespace);
  const jsm = await jetstreamManager(nc);
  await ensureTopology(jsm, ns);
  return { nc, js: jetstream(nc), jsm, ns, close: () => nc.drain() };
}
