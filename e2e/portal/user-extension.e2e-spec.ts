/**
 * R-RT-2 in the browser: the administrator gives users a telephone extension on the Users page (call
 * screen pops go to the user of the ringing extension). The form refuses a malformed extension itself,
 * shows the server's "taken in this branch" next to the field, saves a free one, and clears it again.
 *
 * The whole system started the way `npm start` starts it; Debian's chromium through playwright-core.
 */
import { testPassword, waitFor } from '@crm/testing';
import { signInForWork, startSystemUnderTest } from '../support/system-under-test';
import { openBrowser, type PortalBrowser } from './support/browser';
import { PortalDriver } from './support/portal-driver';

jest.setTimeout(120_000);

const run = Date.now().toString(36).slice(-5);
const ADMIN_NEW_PASSWORD = testPassword();
let system: Awaited<ReturnType<typeof startSystemUnderTest>>;
let browser: PortalBrowser;
let portal: PortalDriver;

beforeAll(async () => {
  system = await startSystemUnderTest();
  // Set up over REST: the administrator's first password changed, a user holding extension 801.
  const token = await signInForWork(system.httpUrl, 'admin', system.adminPassword, ADMIN_NEW_PASSWORD);
  const auth = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const me = (await (await fetch(`${system.httpUrl}/api/v1/auth/me`, { headers: auth })).json()) as {
    branchId: string;
  };
  const taken = await fetch(`${system.httpUrl}/api/v1/users`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({
      username: `desk801.${run}`,
      displayName: '前台 801',
      password: testPassword(),
      branchId: me.branchId,
      roleIds: [],
      extension: '801',
    }),
  });
  expect(taken.status).toBe(201);
  browser = await openBrowser();
  portal = new PortalDriver(browser.page, system.httpUrl);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await system?.dispose();
}, 60_000);

const extensionError = () =>
  portal.page
    .locator('.ant-form-item', { has: portal.byTestId('user-field-extension') })
    .locator('.ant-form-item-explain-error');

describe('users’ telephone extensions in the portal', () => {
  it('validates, refuses a taken extension on its field, saves a free one and clears it', async () => {
    await portal.login('admin', ADMIN_NEW_PASSWORD);
    await portal.byTestId('user-menu').waitFor();
    await portal.openMenu('users');
    await portal.byTestId('users-create').click();
    const username = `front.${run}`;
    await portal.byTestId('user-field-username').fill(username);
    await portal.byTestId('user-field-displayName').fill('前台二号');
    await portal.byTestId('user-field-password').fill(testPassword());
    await portal.byTestId('user-field-extension').fill('8a');
    await portal.byTestId('user-form-submit').click();
    await portal.fieldError('分机号须为 2–8 位数字');

    await portal.byTestId('user-field-extension').fill('801');
    await portal.byTestId('user-form-submit').click();
    await extensionError().filter({ hasText: '已存在' }).waitFor();
    await browser.screenshot('user-extension-taken');

    await portal.byTestId('user-field-extension').fill('802');
    await portal.byTestId('user-form-submit').click();
    await portal.successMessage();
    await portal.byTestId('users-search-q').fill(username);
    await portal.byTestId('users-search').click();
    const row = portal.row('users-table', username);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('802');

    await row.getByTestId('users-edit').click();
    await expect(portal.byTestId('user-field-extension').inputValue()).resolves.toBe('802');
    await portal.byTestId('user-field-extension').fill('');
    await portal.byTestId('user-form-submit').click();
    await portal.successMessage();
    // The list refreshes after the save: the row without the extension.
    await waitFor(async () => !(await row.textContent())?.includes('802'), {
      message: 'the extension cleared in the users table',
    });

    await portal.switchLanguage('en-US');
    await row.getByTestId('users-edit').click();
    await expect(
      portal.page.locator('.ant-form-item', { has: portal.byTestId('user-field-extension') }).textContent(),
    ).resolves.toContain('Extension');
  });
});
