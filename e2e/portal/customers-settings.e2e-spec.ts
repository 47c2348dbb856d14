/**
 * The customer settings page (客户设置) and the due follow-ups list (待跟进) in the browser: the admin
 * sets entry review to "all" and a follow-up interval, saves, reloads and finds them kept; a save over
 * someone else's change is refused with a reload; a custom field is added, changed and deleted; a
 * customer past its interval shows as overdue on the due list; both pages speak English.
 *
 * Runs against the whole system started the way `npm start` starts it. A customer is due once its
 * class interval has passed since it was created or last followed up, so the test moves the creation
 * of one customer back in its database, as ten days of waiting would. Screenshots go to
 * e2e/artifacts/portal-settings-*.png.
 */
import pg from 'pg';
import { testPassword } from '@crm/testing';
import { apiCaller, login, startSystemUnderTest } from '../support/system-under-test';
import { openBrowser, type PortalBrowser } from './support/browser';
import { PortalDriver } from './support/portal-driver';

jest.setTimeout(120_000);

const run = Date.now().toString(36).slice(-5);
const ADMIN_NEW_PASSWORD = testPassword();
const dueName = `待跟进客户-${run}`;
const freshName = `新客户-${run}`;
const fieldKey = `industry_${run.replace(/[^a-z0-9]/g, '')}`;

interface Settings {
  branchId: string;
  entryReview: string;
  version: number;
  followUpDays: { A: number; B: number; C: number; unclassified: number };
  careLeadDays: number;
}

let system: Awaited<ReturnType<typeof startSystemUnderTest>>;
let browser: PortalBrowser;
let portal: PortalDriver;
let token: string;
let branchId: string;

const api = <T>(method: string, pathname: string, body?: unknown) =>
  apiCaller(system.httpUrl, () => token)<T>(method, pathname, body);

/** The input of an antd InputNumber (the test id is on the input itself, or on its wrapper). */
const numberInput = (testId: string) =>
  portal.page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

async function checkedEntryReview(): Promise<string | null> {
  return portal.byTestId('settings-form').locator('.ant-radio-button-wrapper-checked').textContent();
}

beforeAll(async () => {
  system = await startSystemUnderTest();
  browser = await openBrowser();
  portal = new PortalDriver(browser.page, system.httpUrl);
  await portal.logIn('admin', system.adminPassword, ADMIN_NEW_PASSWORD);
  token = await login(system.httpUrl, 'admin', ADMIN_NEW_PASSWORD);
  branchId = (await api<{ branchId: string }>('GET', '/auth/me')).branchId;

  // Created while entry review is still off (a customer waiting for review is never due), one of
  // them as if ten days ago.
  const due = await api<{ id: string }>('POST', '/customers', {
    kind: 'COMPANY',
    name: dueName,
    phone: '0757 3333 8001',
  });
  await api('POST', '/customers', { kind: 'COMPANY', name: freshName, phone: '0757 3333 8002' });
  const db = new pg.Client({ connectionString: system.services.customers?.databaseUrl });
  await db.connect();
  try {
    await db.query(
      `UPDATE customers SET created_at = now() - interval '10 days', owned_since = now() - interval '10 days'
       WHERE id = $1`,
      [due.id],
    );
  } finally {
    await db.end();
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await system?.dispose();
}, 60_000);

describe('customer settings page', () => {
  it('saves entry review and a follow-up interval, and keeps them over a reload', async () => {
    await portal.openMenu('customer-settings');
    await expect(portal.byTestId('page-title').textContent()).resolves.toBe('客户设置');
    await portal.byTestId('settings-last-change').waitFor();
    await expect(checkedEntryReview()).resolves.toBe('不审核');

    await portal
      .byTestId('settings-form')
      .locator('.ant-radio-button-wrapper')
      .filter({ hasText: '全部审核' })
      .click();
    await numberInput('settings-followUpDays-unclassified').fill('3');
    await browser.screenshot('settings-01-edited');
    await portal.byTestId('settings-save').click();
    // By its text: the toast of the password change at login may still be on screen.
    await portal.page.locator('.ant-message-notice-success').filter({ hasText: '客户设置已保存' }).waitFor();

    const stored = await api<Settings>('GET', `/customer-settings/${branchId}`);
    expect(stored.entryReview).toBe('ALL');
    expect(stored.followUpDays.unclassified).toBe(3);

    await portal.page.reload();
    await portal.byTestId('customer-settings-page').waitFor();
    await portal.byTestId('settings-last-change').waitFor();
    await expect(checkedEntryReview()).resolves.toBe('全部审核');
    await expect(numberInput('settings-followUpDays-unclassified').inputValue()).resolves.toBe('3');
    await expect(portal.byTestId('settings-last-change').textContent()).resolves.toContain('上次修改');
  });

  it('refuses to save over someone else’s change and reloads it', async () => {
    await api('PUT', `/customer-settings/${branchId}`, { careLeadDays: 5 });
    await numberInput('settings-followUpDays-A').fill('7');
    await portal.byTestId('settings-save').click();
    await portal.byTestId('settings-stale').waitFor();
    await browser.screenshot('settings-02-stale');
    const untouched = await api<Settings>('GET', `/customer-settings/${branchId}`);
    expect(untouched.followUpDays.A).toBe(0);
    expect(untouched.careLeadDays).toBe(5);

    await portal.byTestId('settings-reload').click();
    await portal.byTestId('settings-stale').waitFor({ state: 'detached' });
    await expect(numberInput('settings-careLeadDays').inputValue()).resolves.toBe('5');
    await expect(numberInput('settings-followUpDays-A').inputValue()).resolves.toBe('0');
    await expect(numberInput('settings-followUpDays-unclassified').inputValue()).resolves.toBe('3');
  });

  it('adds, changes and deletes a custom field', async () => {
    await portal.byTestId('field-definitions-add').click();
    await portal.byTestId('field-definition-key').fill('Bad-Key');
    await portal.byTestId('field-definition-label').fill('所属行业');
    await portal.byTestId('field-definition-form-submit').click();
    await portal.fieldError('小写字母开头');

    await portal.byTestId('field-definition-key').fill(fieldKey);
    await portal.choose('field-definition-type', '选项');
    const options = portal.byTestId('field-definition-options').locator('input');
    for (const option of ['养殖', '饲料']) {
      await options.fill(option);
      await options.press('Enter');
    }
    await browser.screenshot('settings-03-field-dialog');
    await portal.byTestId('field-definition-form-submit').click();
    await portal.byTestId('field-definition-form').waitFor({ state: 'hidden' });
    const row = portal.row('field-definitions-table', fieldKey);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('所属行业');
    await expect(row.textContent()).resolves.toContain('养殖');
    await expect(row.textContent()).resolves.toContain('选项');
    const listed = await api<{ items: { key: string; type: string; options: string[] }[] }>(
      'GET',
      `/customer-field-definitions?branchId=${branchId}`,
    );
    expect(listed.items.find((d) => d.key === fieldKey)).toMatchObject({
      type: 'OPTION',
      options: ['养殖', '饲料'],
    });

    await row.getByTestId('field-definitions-edit').click();
    await expect(portal.byTestId('field-definition-key').isDisabled()).resolves.toBe(true);
    await portal.byTestId('field-definition-label').fill('行业');
    await portal.byTestId('field-definition-form-submit').click();
    await portal.byTestId('field-definition-form').waitFor({ state: 'hidden' });
    await portal.row('field-definitions-table', fieldKey).filter({ hasNotText: '所属行业' }).waitFor();

    await row.getByTestId('field-definitions-delete').click();
    await portal.page.locator('.ant-popconfirm .ant-btn-primary').click();
    await row.waitFor({ state: 'detached' });
    await browser.screenshot('settings-04-fields');
  });
});

describe('due follow-ups page', () => {
  it('lists the customer past its interval as overdue, not the new one', async () => {
    await portal.openMenu('customer-follow-ups');
    await expect(portal.byTestId('page-title').textContent()).resolves.toBe('待跟进');
    const row = portal.row('follow-ups-table', dueName);
    await row.waitFor();
    // Created ten days ago, due every three days: seven days late.
    await expect(row.getByTestId('follow-up-due').textContent()).resolves.toBe('已逾期 7 天');
    await expect(row.textContent()).resolves.toContain('尚未跟进');
    await expect(portal.row('follow-ups-table', freshName).count()).resolves.toBe(0);
    await browser.screenshot('settings-05-follow-ups');

    await row.getByRole('link', { name: dueName }).click();
    await portal.page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
  });
});

describe('in English', () => {
  it('shows both pages in English', async () => {
    await portal.switchLanguage('en-US');
    await portal.goto('/customers/settings');
    await expect(portal.byTestId('page-title').textContent()).resolves.toBe('Customer settings');
    await portal.byTestId('settings-last-change').waitFor();
    await expect(checkedEntryReview()).resolves.toBe('All new customers');
    await portal.goto('/customers/follow-ups');
    await expect(portal.byTestId('page-title').textContent()).resolves.toBe('Due follow-ups');
    await expect(
      portal.row('follow-ups-table', dueName).getByTestId('follow-up-due').textContent(),
    ).resolves.toBe('7 days overdue');
    await browser.screenshot('settings-06-english');
    await portal.switchLanguage('zh-CN');
  });

  it('left no console errors or CSP violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
