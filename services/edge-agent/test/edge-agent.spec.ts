import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '@crm/log';
import { waitFor } from '@crm/testing';
import { loadEdgeAgentConfig } from '../src/config';
import { startEdgeAgent } from '../src/edge-agent';
import { TestIngress } from './helpers/ingress-server';

const logger = createLogger({ service: 'edge-agent-test', level: 'silent' });

describe('edge agent', () => {
  it('journals, de-duplicates taps, sends with acks, reports status, and flushes on stop', async () => {
    const ingress = new TestIngress();
    await ingress.start();
    const journalDir = fs.mkdtempSync(path.join(os.tmpdir(), 'edge-agent-'));
    const config = loadEdgeAgentConfig({
      SITE_ID: 'site-9',
      SITE_KEY: ingress.validKey,
      INGRESS_ADDR: `127.0.0.1:${ingress.port}`,
      JOURNAL_DIR: journalDir,
      PBX_HOOK_PORT: '0',
      PBX_HOOK_HOST: '127.0.0.1',
      TAP_DEDUP_MS: '500',
    });
    const agent = await startEdgeAgent(config, logger);
    try {
      expect(await agent.tap('04AABBCC', 'reader-1', 'desk-1')).toBeDefined();
      expect(await agent.tap('04AABBCC', 'reader-1', 'desk-1')).toBeUndefined(); // within TAP_DEDUP_MS
      const res = await fetch(`http://127.0.0.1:${agent.pbxHook!.port}/pbx/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          caller: '13800138000',
          called: '4001234567',
          extension: '801',
          state: 'ringing',
        }),
      });
      expect(res.status).toBe(202);
      await waitFor(() => ingress.accepted.length === 2 && agent.journal.depth === 0, {
        message: 'both acked',
      });
      expect(ingress.received[0]).toMatchObject({
        siteId: 'site-9',
        seq: '1',
        payload: 'cardTapped',
        cardTapped: { cardUid: '04AABBCC', reader: 'reader-1', desk: 'desk-1' },
      });
      expect(ingress.received[1]).toMatchObject({
        payload: 'callRinging',
        callRinging: { callerNumber: '13800138000' },
      });
      expect(ingress.received[0]!.eventId).toMatch(/^[0-9a-f-]{36}$/);
      await waitFor(() => ingress.statuses.length > 0, { message: 'status reported on connect' });
      expect(ingress.statuses[0]).toMatchObject({ siteId: 'site-9' });
      expect(agent.status().queueDepth).toBe(0);
    } finally {
      await agent.stop();
      ingress.stop();
    }
  });

  it('keeps events across a restart while the ingress is down and sends them once it is up', async () => {
    const ingress = new TestIngress();
    const port = await ingress.start();
    ingress.stop();
    const env = {
      SITE_ID: 'site-9',
      SITE_KEY: ingress.validKey,
      INGRESS_ADDR: `127.0.0.1:${port}`,
      JOURNAL_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'edge-agent-')),
    };
    const first = await startEdgeAgent(loadEdgeAgentConfig(env), logger, { flushTimeoutMs: 100 });
    await first.tap('AA01', 'r', 'd');
    await first.tap('AA02', 'r', 'd');
    await first.stop();
    await ingress.start(port);
    const second = await startEdgeAgent(loadEdgeAgentConfig(env), logger, {
      sender: { backoffInitialMs: 50, backoffMaxMs: 200 },
    });
    try {
      await waitFor(() => second.journal.depth === 0, { message: 'journal drained after restart' });
      expect(ingress.received.map((e) => e.cardTapped?.cardUid)).toEqual(['AA01', 'AA02']);
    } finally {
      await second.stop();
      ingress.stop();
    }
  });
});
