import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  backoffDelay,
  consumerConfigFor,
  loadTopology,
  parseDuration,
  streamConfigFor,
  topologyDir,
  validateTopology,
  type TopologyDefinitions,
} from '../src';

const ns = { subjectPrefix: 't_abc.', streamPrefix: 'T_ABC_' };

describe('topology definitions', () => {
  it('loads deploy/jetstream by default and it is valid', () => {
    const defs = loadTopology();
    expect(defs.streams.map((s) => s.name).sort()).toEqual([
      'CRM_CUSTOMERS',
      'CRM_DLQ',
      'CRM_EDGE',
      'CRM_IDENTITY',
    ]);
    for (const s of defs.streams) {
      expect(s).toMatchObject({ storage: 'file', retention: 'limits', duplicate_window: '2m' });
      expect(s.max_age).toBeTruthy();
    }
    expect(defs.consumers).toContainEqual(
      expect.objectContaining({
        stream: 'CRM_CUSTOMERS',
        durable_name: 'analytics-customers',
        filter_subject: 'crm.customers.customer.>',
        ack_policy: 'explicit',
        max_deliver: 5,
        ack_wait: '30s',
      }),
    );
  });

  it('honours CRM_JETSTREAM_DIR', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'crm-js-'));
    const saved = process.env.CRM_JETSTREAM_DIR;
    try {
      process.env.CRM_JETSTREAM_DIR = dir;
      expect(topologyDir()).toBe(dir);
      await writeFile(path.join(dir, 'streams.json'), '[]');
      await writeFile(path.join(dir, 'consumers.json'), '[]');
      expect(loadTopology()).toEqual({ streams: [], consumers: [] });
    } finally {
      if (saved === undefined) delete process.env.CRM_JETSTREAM_DIR;
      else process.env.CRM_JETSTREAM_DIR = saved;
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names the file it cannot read', () => {
    expect(() => loadTopology('/nonexistent/jetstream')).toThrow(/\/nonexistent\/jetstream\/streams\.json/);
  });

  it('applies the namespace to stream names, subjects, consumer names and filters', () => {
    const defs = loadTopology();
    const stream = streamConfigFor(
      defs.streams.find((s) => s.name === 'CRM_CUSTOMERS')!,
      ns,
    );
    expect(stream).toMatchObject({
      name: 'T_ABC_CRM_CUSTOMERS',
      subjects: ['t_abc.crm.customers.>'],
      storage: 'file',
      retention: 'limits',
      duplicate_window: 120_000_000_000,
    });
    const consumer = consumerConfigFor(defs.consumers[0]!, ns);
    expect(consumer).toMatchObject({
      durable_name: 'T_ABC_analytics-customers',
      filter_subject: 't_abc.crm.customers.customer.>',
      ack_policy: 'explicit',
      max_deliver: 5,
      ack_wait: 30_000_000_000,
    });
    // Production: names as declared.
    expect(streamConfigFor(defs.streams[0]!).name).toBe(defs.streams[0]!.name);
  });

  it('rejects backoff that NATS would misread', () => {
    const base = (): TopologyDefinitions => ({
      streams: [
        {
          name: 'S',
          subjects: ['s.>'],
          storage: 'file',
          retention: 'limits',
          max_age: '1d',
          duplicate_window: '2m',
        },
      ],
      consumers: [
        {
          stream: 'S',
          durable_name: 'c',
          ack_policy: 'explicit',
          max_deliver: 3,
          ack_wait: '30s',
          backoff: ['30s'],
        },
      ],
    });
    expect(() => validateTopology(base())).not.toThrow();
    const firstDiffers = base();
    firstDiffers.consumers[0]!.backoff = ['1s', '30s'];
    expect(() => validateTopology(firstDiffers)).toThrow(/backoff\[0\].*ack_wait/);
    const tooLong = base();
    tooLong.consumers[0]!.backoff = ['30s', '1m', '2m'];
    expect(() => validateTopology(tooLong)).toThrow(/fewer entries than max_deliver/);
    const unknownStream = base();
    unknownStream.consumers[0]!.stream = 'NOPE';
    expect(() => validateTopology(unknownStream)).toThrow(/NOPE is not declared/);
    const badDuration = base();
    badDuration.streams[0]!.max_age = '1 week';
    expect(() => validateTopology(badDuration)).toThrow(/stream S: max_age: invalid duration/);
  });
});

describe('durations and backoff', () => {
  it('parses duration text', () => {
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('12h')).toBe(43_200_000);
    expect(parseDuration('7d')).toBe(604_800_000);
    expect(() => parseDuration('1.5s')).toThrow(/invalid duration/);
  });

  it('doubles up to the cap', () => {
    const opts = { initialMs: 100, maxMs: 1_000 };
    expect([1, 2, 3, 4, 5, 50].map((n) => backoffDelay(n, opts))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });
});
