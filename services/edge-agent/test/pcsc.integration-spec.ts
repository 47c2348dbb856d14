import type { ChildProcess } from 'node:child_process';
import { createLogger } from '@crm/log';
import { waitFor } from '@crm/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadEdgeAgentConfig } from '../src/config';
import { PcscDriver } from '../src/drivers/pcsc';
import { startEdgeAgent, type EdgeAgent } from '../src/edge-agent';
import { TestIngress } from './helpers/ingress-server';
import { startPcscd, stopPcscd, VirtualCard } from './helpers/pcsc-stack';

// The real PC/SC stack: pcscd + vsmartcard vpcd + a virtual MIFARE card + nfc-pcsc. Never skipped:
// without the packages it fails naming them (.ci/ensure-pcsc.sh installs them).
const logger = createLogger({ service: 'edge-agent-test', level: process.env.TEST_LOG_LEVEL ?? 'silent' });

describe('PC/SC driver through pcscd and vpcd', () => {
  let pcscd: ChildProcess | undefined;
  let driver: PcscDriver | undefined;
  let agent: EdgeAgent | undefined;
  const ingress = new TestIngress();
  const card = new VirtualCard(Buffer.from('04A1B2C3D4E5F6', 'hex'));

  afterAll(async () => {
    await card.remove();
    await driver?.stop();
    await agent?.stop();
    ingress.stop();
    await stopPcscd(pcscd);
  });

  it('sees the virtual card with its UID at the mapped desk, and its removal; survives a pcscd restart', async () => {
    pcscd = await startPcscd();
    const taps: { uid: string; reader: string; desk: string; at: number }[] = [];
    const removals: string[] = [];
    driver = new PcscDriver(
      { 'Virtual PCD 00 00': 'desk-1', 'Virtual PCD 00 01': 'desk-2' },
      {
        onCard: (uid, reader, desk) => taps.push({ uid, reader, desk, at: performance.now() }),
        onCardRemoved: (uid) => removals.push(uid),
      },
      logger,
      { restartDelayMs: 300 },
    );
    await driver.start();
    await waitFor(() => driver!.readerNames().length === 2, { message: 'both vpcd readers attached' });

    await card.insert();
    await waitFor(() => taps.length === 1, { message: 'tap seen', timeoutMs: 5000 });
    expect(taps[0]).toMatchObject({ uid: '04A1B2C3D4E5F6', reader: 'Virtual PCD 00 00', desk: 'desk-1' });
    console.warn(`PC/SC: card connect -> card event ${Math.round(taps[0]!.at - card.connectedAt)} ms`);
    await card.remove();
    await waitFor(() => removals.length === 1, { message: 'removal seen', timeoutMs: 5000 });

    // pcscd restarts: nfc-pcsc reports an error; the driver re-creates its NFC object.
    await stopPcscd(pcscd);
    await waitFor(() => driver!.status()[0]!.detail.startsWith('waiting for pcscd'), {
      message: 'driver waits for pcscd (without blocking the process)',
      timeoutMs: 10_000,
    });
    pcscd = await startPcscd();
    await waitFor(() => driver!.generations >= 2, { message: 'NFC object re-created', timeoutMs: 10_000 });
    await waitFor(() => driver!.readerNames().length === 2, { message: 'readers back', timeoutMs: 10_000 });
    await card.insert();
    await waitFor(() => taps.length === 2, { message: 'tap after restart', timeoutMs: 5000 });
    expect(taps[1]!.uid).toBe('04A1B2C3D4E5F6');
    await card.remove();
    await waitFor(() => removals.length === 2, { message: 'second removal', timeoutMs: 5000 });
  }, 60_000);

  it('the agent journals the tap from its nfc-pcsc driver and delivers it to the ingress with the desk', async () => {
    await driver?.stop();
    driver = undefined;
    pcscd ??= await startPcscd();
    await ingress.start();
    agent = await startEdgeAgent(
      loadEdgeAgentConfig({
        SITE_ID: 'site-pcsc',
        SITE_KEY: ingress.validKey,
        INGRESS_ADDR: `127.0.0.1:${ingress.port}`,
        JOURNAL_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'edge-pcsc-')),
        READERS: JSON.stringify({ pcsc: { 'Virtual PCD 00 0*': 'counter-A' } }),
      }),
      logger,
    );
    await waitFor(() => agent!.pcsc!.readerNames().length === 2, {
      message: 'readers attached to the agent',
    });
    const journaledAt: number[] = [];
    agent.journal.on('appended', () => journaledAt.push(performance.now()));
    const receivedAt: number[] = [];
    const push = ingress.received.push.bind(ingress.received);
    ingress.received.push = (...items) => {
      receivedAt.push(performance.now());
      return push(...items);
    };
    const tapCard = new VirtualCard(Buffer.from('04112233445566', 'hex'));
    await tapCard.insert();
    await waitFor(() => ingress.received.length >= 1, { message: 'tap at the ingress', timeoutMs: 5000 });
    expect(ingress.received[0]).toMatchObject({
      siteId: 'site-pcsc',
      cardTapped: { cardUid: '04112233445566', reader: 'Virtual PCD 00 00', desk: 'counter-A' },
    });
    await tapCard.remove();
    await waitFor(() => ingress.received.some((e) => e.cardRemoved), {
      message: 'removal at the ingress',
      timeoutMs: 5000,
    });
    console.warn(
      `PC/SC via agent: card connect -> at ingress ${Math.round(receivedAt[0]! - tapCard.connectedAt)} ms; ` +
        `journaled (fsync) -> at ingress ${(receivedAt[0]! - journaledAt[0]!).toFixed(1)} ms`,
    );
    await waitFor(() => agent!.journal.depth === 0, { message: 'acked' });
  }, 30_000);
});
