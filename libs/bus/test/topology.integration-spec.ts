import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { connectTestNats, testBusNamespace } from '@crm/testing';
import { ensureTopology, loadTopology, TopologyError, type TopologyDefinitions } from '../src';

jest.setTimeout(30_000);

describe('ensureTopology', () => {
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  const ns = testBusNamespace();

  beforeAll(async () => {
    nc = await connectTestNats();
    jsm = await jetstreamManager(nc);
  });

  afterAll(async () => {
    await ns.cleanup(jsm);
    await nc.close();
  });

  it('creates the declared streams and consumers, then leaves them alone', async () => {
    const first = await ensureTopology(jsm, ns);
    expect(first.created).toEqual(
      expect.arrayContaining([
        `stream ${ns.streamPrefix}CRM_CUSTOMERS`,
        `stream ${ns.streamPrefix}CRM_EDGE`,
        `stream ${ns.streamPrefix}CRM_DLQ`,
        `consumer ${ns.streamPrefix}CRM_CUSTOMERS/${ns.streamPrefix}analytics-customers`,
      ]),
    );

    const stream = await jsm.streams.info(`${ns.streamPrefix}CRM_CUSTOMERS`);
    expect(stream.config).toMatchObject({
      subjects: [`${ns.subjectPrefix}crm.customers.>`],
      storage: 'file',
      retention: 'limits',
      duplicate_window: 120_000_000_000,
    });
    expect(stream.config.max_age).toBeGreaterThan(0);
    const consumer = await jsm.consumers.info(
      `${ns.streamPrefix}CRM_CUSTOMERS`,
      `${ns.streamPrefix}analytics-customers`,
    );
    expect(consumer.config).toMatchObject({
      filter_subject: `${ns.subjectPrefix}crm.customers.customer.>`,
      ack_policy: 'explicit',
      max_deliver: 5,
      ack_wait: 30_000_000_000,
    });

    const second = await ensureTopology(jsm, ns);
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(second.unchanged).toHaveLength(first.created.length);
  });

  it('updates what changed in the declaration', async () => {
    const defs: TopologyDefinitions = structuredClone(loadTopology());
    defs.consumers[0]!.max_deliver = 7;
    defs.streams.find((s) => s.name === 'CRM_EDGE')!.max_age = '3d';

    const summary = await ensureTopology(jsm, ns, defs);

    expect(summary.updated.sort()).toEqual([
      `consumer ${ns.streamPrefix}CRM_CUSTOMERS/${ns.streamPrefix}analytics-customers`,
      `stream ${ns.streamPrefix}CRM_EDGE`,
    ]);
    const consumer = await jsm.consumers.info(
      `${ns.streamPrefix}CRM_CUSTOMERS`,
      `${ns.streamPrefix}analytics-customers`,
    );
    expect(consumer.config.max_deliver).toBe(7);
    const edge = await jsm.streams.info(`${ns.streamPrefix}CRM_EDGE`);
    expect(edge.config.max_age).toBe(3 * 86_400 * 1e9);
  });

  it('names the stream when NATS refuses a change', async () => {
    const defs: TopologyDefinitions = structuredClone(loadTopology());
    defs.streams.find((s) => s.name === 'CRM_EDGE')!.storage = 'memory';
    const run = ensureTopology(jsm, ns, defs);
    await expect(run).rejects.toBeInstanceOf(TopologyError);
    await expect(run).rejects.toThrow(`cannot ensure stream ${ns.streamPrefix}CRM_EDGE`);
  });
});
