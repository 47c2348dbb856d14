import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '@crm/log';
import { waitFor } from '@crm/testing';
import { Journal } from '../src/journal/journal';
import { Sender } from '../src/transport/sender';
import { TestIngress } from './helpers/ingress-server';

const logger = createLogger({ service: 'edge-agent-test', level: 'silent' });
let n = 0;
const append = (journal: Journal, uid: string) =>
  journal.append({
    eventId: `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    siteId: 'site-1',
    occurredAt: new Date().toISOString(),
    cardTapped: { cardUid: uid, reader: 'r', desk: 'd' },
  });

describe('Sender', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function setup(key = 'site-key-0123456789', window = 4) {
    const ingress = new TestIngress();
    await ingress.start();
    cleanups.push(() => ingress.stop());
    const journal = await Journal.open(fs.mkdtempSync(path.join(os.tmpdir(), 'edge-sender-')), {
      segmentMaxEvents: 10,
    });
    cleanups.push(() => journal.close());
    const sender = new Sender(
      journal,
      {
        address: `127.0.0.1:${ingress.port}`,
        siteId: 'site-1',
        siteKey: key,
        window,
        backoffInitialMs: 50,
        backoffMaxMs: 300,
      },
      logger,
    );
    cleanups.push(() => sender.stop());
    return { ingress, journal, sender };
  }

  it('sends in order with the site key, within the window, and removes on ack', async () => {
    const { ingress, journal, sender } = await setup();
    ingress.ackDelayMs = 5;
    for (let i = 0; i < 20; i += 1) await append(journal, `U${i}`);
    sender.start();
    await waitFor(() => journal.depth === 0, { message: 'all acked' });
    expect(ingress.received.map((e) => e.cardTapped?.cardUid)).toEqual(
      Array.from({ length: 20 }, (_, i) => `U${i}`),
    );
    expect(ingress.received.map((e) => Number(e.seq))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(ingress.maxOutstanding).toBeGreaterThan(1);
    expect(ingress.maxOutstanding).toBeLessThanOrEqual(4); // the window
    expect(ingress.metadata[0]!.get('x-site-id')).toEqual(['site-1']);
    expect(ingress.metadata[0]!.get('x-site-key')).toEqual(['site-key-0123456789']);
  });

  it('delivers everything, in order, after the ingress was down while events kept coming', async () => {
    const { ingress, journal, sender } = await setup();
    sender.start();
    await append(journal, 'before');
    await waitFor(() => journal.depth === 0, { message: 'first event acked' });
    const port = ingress.port;
    ingress.stop();
    for (let i = 0; i < 30; i += 1) {
      await append(journal, `during-${i}`);
      if (i % 10 === 0) await new Promise((r) => setTimeout(r, 100));
    }
    await waitFor(() => sender.state === 'backoff' || sender.state === 'connecting', {
      message: 'link down',
    });
    expect(journal.depth).toBe(30);
    await ingress.start(port);
    await append(journal, 'after');
    await waitFor(() => journal.depth === 0, {
      message: 'everything acked after the outage',
      timeoutMs: 15_000,
    });
    const expected = ['before', ...Array.from({ length: 30 }, (_, i) => `during-${i}`), 'after'];
    expect(
      ingress.accepted.map((id) => ingress.received.find((e) => e.eventId === id)!.cardTapped?.cardUid),
    ).toEqual(expected);
    // Each event accepted once; the journal holds nothing.
    expect(new Set(ingress.accepted).size).toBe(expected.length);
  }, 30_000);

  it('stops and reports when the platform refuses the site key', async () => {
    const { ingress, journal, sender } = await setup('wrong-key-000000000');
    const failures: unknown[] = [];
    sender.on('auth-failed', (err) => failures.push(err));
    await append(journal, 'X1');
    sender.start();
    await waitFor(() => sender.state === 'unauthenticated', { message: 'unauthenticated' });
    expect(failures).toHaveLength(1);
    expect(sender.lastError).toMatch(/UNAUTHENTICATED/);
    await append(journal, 'X2');
    await new Promise((r) => setTimeout(r, 300));
    expect(ingress.metadata).toHaveLength(1); // no reconnect
    expect(ingress.received).toHaveLength(0);
    expect(journal.depth).toBe(2); // kept for when the key is fixed
  });
});
