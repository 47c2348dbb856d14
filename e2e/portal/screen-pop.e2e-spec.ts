/**
 * Issue 5 in the browser, through the REAL PC/SC chain: pcscd with the vsmartcard vpcd driver and a
 * virtual MIFARE card → the edge agent with its nfc-pcsc driver (journal, gRPC stream) → the gateway's
 * edge ingress → JetStream → the customers service's recognition → the gateway's live WebSocket → the
 * portal's screen-pop drawer in headless Chromium.
 *
 * - a customer holding the card taps → the drawer shows the customer and the negotiation hint;
 * - an unknown card taps → the drawer offers "create customer" / "issue this card"; the card is issued
 *   to an existing customer in place; the next tap is recognised;
 * - the site page shows the agent's readers and desks; its test-tap button produces a pop;
 * - zh-CN by default, and the hint in English after switching the language.
 *
 * Needs the Debian packages pcscd, libpcsclite-dev and vsmartcard-vpcd (bash .ci/ensure-pcsc.sh, run
 * before `npm ci` so that the optional nfc-pcsc addon builds); fails naming what is missing.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '@crm/log';
import { testPassword, waitFor } from '@crm/testing';
import { loadEdgeAgentConfig } from '../../services/edge-agent/src/config';
import { loadNfcPcsc } from '../../services/edge-agent/src/drivers/pcsc';
import { startEdgeAgent, type EdgeAgent } from '../../services/edge-agent/src/edge-agent';
import { startPcscd, stopPcscd, VirtualCard } from '../../services/edge-agent/test/helpers/pcsc-stack';
import { signInForWork, startSystemUnderTest } from '../support/system-under-test';
import { openBrowser, type PortalBrowser } from './support/browser';
import { PortalDriver } from './support/portal-driver';

jest.setTimeout(120_000);

const logger = createLogger({ service: 'screen-pop-e2e', level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const STAFF_PASSWORD = testPassword();
const STAFF_NEW_PASSWORD = testPassword();
const run = Date.now().toString(36).slice(-5);
// Fresh UIDs per run: nothing another run (or `npm start`) left anywhere can know them.
const KNOWN_UID = `04${randomBytes(6).toString('hex').toUpperCase()}`;
const UNKNOWN_UID = `08${randomBytes(6).toString('hex').toUpperCase()}`;
const customer = { name: `李晓梅-${run}`, phone: '138 0013 8000' };
const other = { name: `青山家禽养殖场-${run}`, phone: '139 0013 9000' };

let system: Awaited<ReturnType<typeof startSystemUnderTest>> | undefined;
let pcscd: ChildProcess | undefined;
let agent: EdgeAgent | undefined;
let browser: PortalBrowser;
let portal: PortalDriver;
let adminToken = '';
let site: { id: string; name: string; key: string };
const cards: VirtualCard[] = [];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function api(method: string, url: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${system!.httpUrl}/api/v1${url}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function created(method: string, url: string, body: unknown): Promise<Json> {
  const r = await api(method, url, body);
  if (r.status !== 201) throw new Error(`${method} ${url}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The UIDs of the taps the agent has journaled, in order, and when (performance.now()). */
const journaledTaps: string[] = [];
const journaledAt: number[] = [];
let insertedAt = 0;

/** Puts a virtual card on the reader "Virtual PCD 00 00" (counter-1), and takes it off once journaled. */
async function tap(uid: string): Promise<void> {
  const card = new VirtualCard(Buffer.from(uid, 'hex'));
  cards.push(card);
  const before = journaledTaps.length;
  await card.insert();
  insertedAt = card.connectedAt;
  // pcscd polls its drivers: ~0.5 s from the card to nfc-pcsc; then the agent journals and sends it.
  await waitFor(() => journaledTaps.length > before, {
    message: `tap of ${uid} journaled by the agent`,
    timeoutMs: 10_000,
  });
  expect(journaledTaps.at(-1)).toBe(uid);
  await card.remove();
}

const popItems = () => portal.page.locator('[data-testid="screen-pop-item"]');
const popWith = (text: string) => popItems().filter({ hasText: text });

beforeAll(async () => {
  const nfc = loadNfcPcsc();
  if ('error' in nfc)
    throw new Error(
      `${nfc.error}: install the PC/SC packages (bash .ci/ensure-pcsc.sh), then npm ci so nfc-pcsc builds`,
    );
  pcscd = await startPcscd();
  // The runner gives the gateway's edge ingress this port (CRM_EDGE_GRPC_PORT), so the agent can find it.
  const edgePort = await freePort();
  process.env.CRM_EDGE_GRPC_PORT = String(edgePort);
  try {
    // Each service's Redis prefix starts with this system's database prefix (the runner's), so the
    // recognition cache never hands this run another run's customers; dispose() removes the keys.
    system = await startSystemUnderTest({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
  } finally {
    delete process.env.CRM_EDGE_GRPC_PORT;
  }
  adminToken = await signInForWork(system.httpUrl, 'admin', system.adminPassword);
  const hq = (await api('GET', '/branches')).body.items.find((b: { code: string }) => b.code === 'HQ');

  // Front-desk staff of HQ: sees its pops, creates customers, issues cards, runs the site's test tap.
  const role = await created('POST', '/roles', {
    name: `前台-${run}`,
    permissions: [
      'customers.read',
      'customers.create',
      'customers.cards',
      'sites.read',
      'sites.write',
      'users.read',
    ],
    dataScope: 'BRANCH',
  });
  await created('POST', '/users', {
    username: `desk.${run}`,
    displayName: '王前台',
    password: STAFF_PASSWORD,
    branchId: hq.id,
    roleIds: [role.id],
  });

  const known = await created('POST', '/customers', {
    kind: 'INDIVIDUAL',
    name: customer.name,
    phone: customer.phone,
    customerClass: 'A',
  });
  await created('POST', `/customers/${known.id}/cards`, { uid: KNOWN_UID });
  await created('POST', '/customers', { kind: 'COMPANY', name: other.name, phone: other.phone });

  const newSite = await created('POST', '/sites', { branchId: hq.id, name: `一号门店-${run}` });
  site = { id: newSite.site.id, name: newSite.site.name, key: newSite.siteKey };
  agent = await startEdgeAgent(
    loadEdgeAgentConfig({
      SITE_ID: site.id,
      SITE_KEY: site.key,
      INGRESS_ADDR: `127.0.0.1:${edgePort}`,
      JOURNAL_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'screen-pop-e2e-')),
      READERS: JSON.stringify({
        pcsc: { 'Virtual PCD 00 00': 'counter-1', 'Virtual PCD 00 01': 'counter-2' },
      }),
      STATUS_INTERVAL_MS: '1000',
      TAP_DEDUP_MS: '500',
    }),
    logger,
  );
  agent.journal.on('appended', (e: { cardTapped?: { cardUid: string } }) => {
    if (e.cardTapped) {
      journaledTaps.push(e.cardTapped.cardUid);
      journaledAt.push(performance.now());
    }
  });
  await waitFor(() => agent!.pcsc!.readerNames().length === 2, {
    message: 'both vpcd readers attached to the agent',
    timeoutMs: 10_000,
  });
  await waitFor(() => agent!.sender.state === 'connected', { message: 'agent connected to the ingress' });

  browser = await openBrowser();
  portal = new PortalDriver(browser.page, system.httpUrl);
}, 240_000);

// CRM_E2E_SHOT_EACH=1: a screenshot after every step, to see where a failing run stood.
afterEach(async () => {
  if (!process.env.CRM_E2E_SHOT_EACH || !browser) return;
  const name = (expect.getState().currentTestName ?? 'step').replace(/[^A-Za-z0-9]+/g, '-').slice(0, 80);
  await browser.screenshot(`screen-pop-after-${name}`).catch(() => undefined);
});

afterAll(async () => {
  for (const card of cards) await card.remove();
  await browser?.close();
  await agent?.stop();
  await system?.dispose();
  await stopPcscd(pcscd);
}, 60_000);

describe('screen pop through the real PC/SC chain (issue 5)', () => {
  it('logs the front-desk user in; the live connection opens', async () => {
    await portal.login(`desk.${run}`, STAFF_PASSWORD);
    if ((await portal.landing()) === 'change-password')
      await portal.fillPasswordChange(STAFF_PASSWORD, STAFF_NEW_PASSWORD);
    await portal.byTestId('home-page').waitFor();
    await portal.page.locator('[data-testid="screen-pop-reopen"][data-live-state="open"]').waitFor();
    await expect(portal.page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  });

  it("a customer's card tapped at the reader pops the customer and the hint, once", async () => {
    await tap(KNOWN_UID);
    const item = popWith(customer.name);
    await item.waitFor({ timeout: 15_000 });
    const shownAt = performance.now();
    console.warn(
      `screen pop: card on the reader -> pop in the drawer ${Math.round(shownAt - insertedAt)} ms ` +
        `(of which journaled by the agent -> pop ${Math.round(shownAt - journaledAt.at(-1)!)} ms)`,
    );
    await expect(portal.byTestId('screen-pop-drawer').isVisible()).resolves.toBe(true);
    await expect(item.getAttribute('data-pop-kind')).resolves.toBe('recognized');
    await expect(item.getByTestId('screen-pop-hint').first().textContent()).resolves.toBe(
      'A 类客户：优先接待',
    );
    // The site's name comes from a lookup a moment after the pop.
    const where = item.getByTestId('screen-pop-where').filter({ hasText: `站点 ${site.name}` });
    await where.waitFor();
    expect(await where.textContent()).toContain(`刷卡 ${KNOWN_UID} · 柜台 counter-1`);
    await expect(item.getByTestId('screen-pop-owner').textContent()).resolves.toBeTruthy();
    await expect(item.getByTestId('screen-pop-customer-link').getAttribute('href')).resolves.toMatch(
      /^\/customers\/[0-9a-f-]{36}$/,
    );
    await browser.screenshot('screen-pop-01-recognized');
    // Shown once: the event id is on one card only (a replay after a reconnect is dropped).
    const eventId = (await item.getAttribute('data-event-id'))!;
    await expect(portal.page.locator(`[data-event-id="${eventId}"]`).count()).resolves.toBe(1);
  });

  it('an unknown card offers create / issue; issuing it to an existing customer makes the next tap known', async () => {
    await tap(UNKNOWN_UID);
    const item = popWith(UNKNOWN_UID).and(portal.page.locator('[data-pop-kind="unrecognized"]'));
    await item.waitFor({ timeout: 15_000 });
    await expect(item.getByTestId('screen-pop-unknown-title').textContent()).resolves.toBe('未登记的卡');
    await expect(item.getByTestId('screen-pop-create').isVisible()).resolves.toBe(true);
    await browser.screenshot('screen-pop-02-unknown');

    await item.getByTestId('screen-pop-issue').click();
    await portal.choose('screen-pop-issue-customer', other.name);
    await portal.byTestId('screen-pop-issue-form-submit').click();
    await item.getByTestId('screen-pop-outcome').waitFor();
    await expect(item.getByTestId('screen-pop-outcome').textContent()).resolves.toContain(other.name);
    await browser.screenshot('screen-pop-03-issued');

    await tap(UNKNOWN_UID);
    const known = popWith(other.name).and(portal.page.locator('[data-pop-kind="recognized"]'));
    await known.waitFor({ timeout: 15_000 });
    expect(await known.getByTestId('screen-pop-where').textContent()).toContain(`刷卡 ${UNKNOWN_UID}`);
  });

  it("the site page shows the agent's readers and desks, and its test tap produces a pop", async () => {
    await portal.byTestId('screen-pop-clear').click();
    await portal.goto('/system/sites');
    await portal.byTestId('sites-page').waitFor();
    await portal.row('sites-table', site.name).getByTestId('sites-open').click();
    await portal.byTestId('site-detail-page').waitFor();
    await portal.byTestId('site-connected').waitFor();
    const readerRow = portal.byTestId('site-reader-row').filter({ hasText: 'Virtual PCD 00 00' });
    await readerRow.waitFor();
    await expect(readerRow.textContent()).resolves.toContain('counter-1');
    await expect(readerRow.textContent()).resolves.toContain('在线');
    await browser.screenshot('screen-pop-04-site');

    await portal.byTestId('site-test-tap').click();
    await portal.byTestId('site-test-result').waitFor();
    const item = popWith('柜台 portal-test');
    await item.waitFor({ timeout: 15_000 });
    await expect(item.getAttribute('data-pop-kind')).resolves.toBe('unrecognized');
    await browser.screenshot('screen-pop-05-test-tap');
  });

  it('speaks English too: the hint of a pop in the English text', async () => {
    await portal.switchLanguage('en-US');
    await tap(KNOWN_UID);
    const items = popWith(customer.name);
    await items.first().waitFor({ timeout: 15_000 });
    await expect(items.first().getByTestId('screen-pop-hint').first().textContent()).resolves.toBe(
      'Priority service',
    );
    await expect(portal.byTestId('screen-pop-state').textContent()).resolves.toBe('Live');
    await browser.screenshot('screen-pop-06-english');
    expect(browser.problems).toEqual([]);
  });
});
