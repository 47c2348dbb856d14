// Debian's chromium driven by playwright-core: a fresh profile per browser, headless, no network
// chatter of its own; console errors, page errors and CSP violations are collected for assertions.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CRM_CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const ARTIFACTS_DIR = path.resolve(__dirname, '../../artifacts');

export interface PortalBrowser {
  context: BrowserContext;
  page: Page;
  /** console.error lines, uncaught page errors and CSP violations seen so far. */
  problems: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openBrowser(options: { locale?: string } = {}): Promise<PortalBrowser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'crm-portal-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: options.locale ?? 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    // Refused requests (wrong password, no session yet, duplicates) are logged by the browser itself;
    // on plain http at a LAN address the browser also says it ignores COOP.
    const expected = /Failed to load resource|Cross-Origin-Opener-Policy header has been ignored/;
    if (message.type() === 'error' && !expected.test(text)) problems.push(`console: ${text}`);
    if (/Content Security Policy/i.test(text)) problems.push(`csp: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  return {
    context,
    page,
    problems,
    async screenshot(name) {
      const file = path.join(ARTIFACTS_DIR, `portal-${name}.png`);
      await page.waitForTimeout(600); // let drawers, modals and messages finish their motion
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async close() {
      await context.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
