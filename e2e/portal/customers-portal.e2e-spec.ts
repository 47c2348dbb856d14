/**
 * Issue 4 in the browser, the customer pages (helper C1): the administrator creates a customer with a
 * Chinese name, is warned of the duplicate when entering it again, issues a card and records a
 * follow-up, edits it and merges a duplicate into it, finds it by card and by its phone typed in
 * another format (and keeps that search as a saved view), transfers it to a salesperson, releases it
 * to the public pool (公海); a second salesperson, in a browser of their own, claims it, releases it
 * and is told clearly why they may not claim it straight back; an Excel file goes through the import
 * wizard; the recycle bin restores and purges; the detail page speaks English.
 *
 * Runs against the whole system started the way `npm start` starts it (startSystemUnderTest). Debian's
 * chromium through playwright-core; screenshots go to e2e/artifacts/portal-customers-*.png.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as ExcelJSModule from 'exceljs';
import { testPassword } from '@crm/testing';
import { apiCaller, login, signInForWork, startSystemUnderTest } from '../support/system-under-test';
import { openBrowser, type PortalBrowser } from './support/browser';
import { PortalDriver } from './support/portal-driver';

// exceljs is a dependency of the customers service (it parses imports): the test borrows it from there.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ExcelJS = require(
  require.resolve('exceljs', { paths: [path.resolve(__dirname, '../../services/customers')] }),
) as typeof ExcelJSModule;

jest.setTimeout(120_000);

const run = Date.now().toString(36).slice(-5);
const ADMIN_NEW_PASSWORD = testPassword();
const customerName = `青山家禽养殖场-${run}`;
const importedName = `导入的李记饲料店-${run}`;
const binName = `回收站客户-${run}`;
const salesB = { username: `wang.${run}`, displayName: '王建国', password: testPassword() };
const salesC = { username: `li.${run}`, displayName: '李晓梅', password: testPassword() };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let system: Awaited<ReturnType<typeof startSystemUnderTest>>;
let adminToken: string;
let adminId: string;
let salesBId: string;
let browser: PortalBrowser;
let portal: PortalDriver;
let second: PortalBrowser | undefined;
let salesPortal: PortalDriver;
let customerId: string;
let workDir: string;

const api = <T>(method: string, pathname: string, body?: unknown) =>
  apiCaller(system.httpUrl, () => adminToken)<T>(method, pathname, body);

interface CustomerBody {
  id: string;
  name: string;
  ownerId: string | null;
  phone: string | null;
  deletedAt: string | null;
}
const customersNamed = async (q: string) =>
  (await api<{ items: CustomerBody[] }>('GET', `/customers?q=${encodeURIComponent(q)}`)).items;

/** Waits until the detail page names this owner (the record is re-read after a change). */
const ownerShown = (driver: PortalDriver, owner: string) =>
  driver
    .byTestId('customer-owner')
    .filter({ hasText: new RegExp(`^${owner}$`) })
    .waitFor();

/** Searches the list by the always-shown filters: those not given are emptied. */
const searchCustomers = async (fill: Record<string, string>) => {
  for (const testId of ['customers-filter-q', 'customers-filter-phone', 'customers-filter-card']) {
    await portal.byTestId(testId).fill(fill[testId] ?? '');
  }
  await portal.byTestId('customers-search').click();
  // The list follows the address bar: wait until it holds this search.
  const params: Record<string, string> = {
    'customers-filter-q': 'q',
    'customers-filter-phone': 'phone',
    'customers-filter-card': 'cardUid',
  };
  await portal.page.waitForURL((url) =>
    Object.entries(params).every(
      ([testId, key]) => (url.searchParams.get(key) ?? '') === (fill[testId] ?? ''),
    ),
  );
};

beforeAll(async () => {
  // Logins of this file and of other test files running at the same time on this machine share the
  // per-address login limit; this test is not about that limit.
  system = await startSystemUnderTest({ RATE_LIMIT_LOGIN_PER_MINUTE: '1000' });
  workDir = await mkdtemp(path.join(tmpdir(), 'crm-customers-e2e-'));
  // The first password is changed over REST; the portal then logs in with the new one.
  adminToken = await signInForWork(system.httpUrl, 'admin', system.adminPassword, ADMIN_NEW_PASSWORD);
  const me = await api<{ id: string; branchId: string }>('GET', '/auth/me');
  adminId = me.id;
  const roles = await api<{ items: { id: string; key: string | null }[] }>('GET', '/roles');
  const accountManager = roles.items.find((r) => r.key === 'account_manager')!.id;
  for (const user of [salesB, salesC]) {
    const created = await api<{ id: string }>('POST', '/users', {
      username: user.username,
      displayName: user.displayName,
      password: user.password,
      branchId: me.branchId,
      roleIds: [accountManager],
    });
    if (user === salesB) salesBId = created.id;
  }
  // The branch's pool rule under test: who released a customer waits 7 days to claim it back.
  await api('PUT', `/customer-settings/${me.branchId}`, {
    pool: {
      maxOwned: 0,
      reclaimBlockDays: 7,
      autoReturnDays: { ordinary: 0, highIntent: 0 },
      returnReminderDays: 0,
    },
  });
  browser = await openBrowser();
  portal = new PortalDriver(browser.page, system.httpUrl);
}, 240_000);

// CRM_E2E_SHOT_EACH=1: a screenshot of each browser after every step, to see where a failing run stood.
afterEach(async () => {
  if (!process.env.CRM_E2E_SHOT_EACH) return;
  const name = (expect.getState().currentTestName ?? 'step').replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60);
  await browser?.screenshot(`customers-after-${name}`).catch(() => undefined);
  await second?.screenshot(`customers-after-${name}-second`).catch(() => undefined);
});

afterAll(async () => {
  await second?.close();
  await browser?.close();
  await system?.dispose();
  if (workDir) await rm(workDir, { recursive: true, force: true });
}, 60_000);

describe('customer pages (issue 4)', () => {
  it('opens the customer list in Chinese with its menu', async () => {
    await portal.logIn('admin', ADMIN_NEW_PASSWORD, ADMIN_NEW_PASSWORD);
    adminToken = await login(system.httpUrl, 'admin', ADMIN_NEW_PASSWORD);
    await portal.openMenu('customers');
    await expect(portal.byTestId('page-title').textContent()).resolves.toBe('客户列表');
    await expect(portal.byTestId('menu-customer-pool').textContent()).resolves.toBe('公海客户');
    await expect(portal.byTestId('menu-customer-recycle-bin').textContent()).resolves.toBe('客户回收站');
    await expect(portal.page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
  });

  it('creates a customer with a Chinese name, address and contact', async () => {
    await portal.byTestId('customers-create').click();
    await portal.byTestId('customer-form-submit').click();
    await portal.fieldError('请输入客户名称');
    await portal.byTestId('customer-field-name').fill(customerName);
    await portal.byTestId('customer-field-phone').fill('138 0013 8000');
    await portal.byTestId('customer-field-province').fill('广东省');
    await portal.byTestId('customer-field-city').fill('佛山市');
    await portal.byTestId('customer-field-district').fill('顺德区');
    await portal.byTestId('customer-add-contact').click();
    await portal.byTestId('customer-contact-0-name').fill('陈大海');
    await portal.byTestId('customer-contact-0-title').fill('场长');
    await browser.screenshot('customers-01-create');
    await portal.byTestId('customer-form-submit').click();
    await portal.successMessage();
    const row = portal.row('customers-table', customerName);
    await row.waitFor();
    // Stored as +8613800138000; shown the way people write it.
    await expect(row.textContent()).resolves.toContain('138 0013 8000');
    await expect(row.textContent()).resolves.toContain('佛山市');
    // At 1440 px the list fits: no column hides behind a horizontal scroll, nor does the page scroll.
    // (A string: this file is compiled without the DOM's types.)
    const overflow = (await portal.page.evaluate(`(() => {
      const table = document.querySelector('[data-testid="customers-table"] .ant-table-content');
      return {
        table: table ? table.scrollWidth - table.clientWidth : -1,
        page: document.documentElement.scrollWidth - window.innerWidth,
      };
    })()`)) as { table: number; page: number };
    expect(overflow).toEqual({ table: 0, page: 0 });
    expect(portal.page.viewportSize()?.width).toBe(1440);
    const [created] = await customersNamed(customerName);
    customerId = created!.id;
    expect(created!.ownerId).toBe(adminId);
  });

  it('warns of the duplicate when the same customer is entered again, with the phone masked', async () => {
    await portal.byTestId('customers-create').click();
    await portal.byTestId('customer-field-name').fill(customerName);
    await portal.byTestId('customer-field-phone').fill('+86 138-0013-8000');
    await portal.byTestId('customer-form-submit').click();
    // The submit's refusal turns the button into "create anyway"; until then the warning may show
    // the live check of the name alone (made when the name field was left).
    await portal.byTestId('customer-form-acknowledge').waitFor();
    const warning = portal.byTestId('customer-duplicates');
    await expect(warning.textContent()).resolves.toContain('发现 1 个可能重复的客户');
    const match = warning.getByTestId('customer-duplicate');
    await expect(match.count()).resolves.toBe(1);
    const text = (await match.textContent()) ?? '';
    expect(text).toContain(customerName);
    expect(text).toContain('138 **** 8000');
    expect(text).not.toContain('0013');
    expect(text).toContain('名称相同');
    expect(text).toContain('电话相同');
    expect(text).not.toContain('13800138000');
    await expect(portal.byTestId('customer-form-acknowledge').textContent()).resolves.toContain('仍然创建');
    await browser.screenshot('customers-02-duplicate-warning');
    await portal.byTestId('customer-form-cancel').click();
    expect(await customersNamed(customerName)).toHaveLength(1);
  });

  it('issues a card and records a follow-up on the detail page', async () => {
    await portal.row('customers-table', customerName).getByTestId('customers-open').click();
    await portal.byTestId('customer-detail-page').waitFor();
    await expect(portal.byTestId('customer-name').textContent()).resolves.toBe(customerName);
    // The breadcrumb follows the menu down to the record; the list is a link back.
    const crumbs = portal.byTestId('breadcrumbs').locator('.ant-breadcrumb-link');
    const labels = (await crumbs.allTextContents()).map((text) => text.trim());
    expect(labels).toEqual(['首页', '客户管理', '客户列表', customerName]);
    await expect(crumbs.nth(2).locator('a').getAttribute('href')).resolves.toBe('/customers');
    await portal.byTestId('customer-profile').getByText('广东省 佛山市 顺德区').waitFor();
    await portal.byTestId('customer-tab-contacts').click();
    await portal.row('customer-contacts-table', '陈大海').getByText('场长').waitFor();

    await portal.byTestId('customer-tab-cards').click();
    await portal.byTestId('card-issue').click();
    await portal.byTestId('card-field-uid').fill('04:a3:1b:2c');
    await portal.byTestId('card-form-submit').click();
    await portal.successMessage();
    const card = portal.row('customer-cards-table', '04A31B2C');
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('有效');

    await portal.byTestId('customer-tab-timeline').click();
    await portal.byTestId('timeline-field-kind').getByText('电话').click();
    await portal.byTestId('timeline-field-summary').fill('电话沟通了春季鸡苗的需求');
    await portal.byTestId('timeline-submit').click();
    const entry = portal.byTestId('timeline-entry').filter({ hasText: '电话沟通了春季鸡苗的需求' });
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toContain('电话');
    await browser.screenshot('customers-03-timeline');
  });

  it('edits the class and merges an acknowledged duplicate into the customer', async () => {
    await portal.byTestId('customer-edit').click();
    await expect(portal.byTestId('customer-field-name').inputValue()).resolves.toBe(customerName);
    await portal.choose('customer-field-class', 'A 类');
    await portal.byTestId('customer-form-submit').click();
    await portal.successMessage();
    await portal.byTestId('page-title').getByText('A 类').waitFor();

    await api('POST', '/customers', {
      kind: 'COMPANY',
      name: customerName,
      phones: ['13900139002'],
      contacts: [{ name: '刘二', title: '会计' }],
      acknowledgeDuplicates: true,
    });
    expect(await customersNamed(customerName)).toHaveLength(2);
    await portal.byTestId('customer-merge').click();
    await portal.byTestId('merge-dialog').waitFor();
    await portal.choose('merge-source', '139 0013 9002');
    await portal.byTestId('merge-submit').click();
    await portal.successMessage();
    await portal.byTestId('customer-tab-profile').click();
    await portal.byTestId('customer-phones').getByText('139 0013 9002').waitFor();
    await portal.byTestId('customer-tab-contacts').click();
    await portal.row('customer-contacts-table', '刘二').waitFor();
    expect((await customersNamed(customerName)).map((c) => c.id)).toEqual([customerId]);
  });

  it('finds the customer by card UID and by the phone typed in another format', async () => {
    await portal.openMenu('customers');
    await searchCustomers({ 'customers-filter-card': '04a3 1b2c' });
    await portal.row('customers-table', customerName).waitFor();
    await expect(portal.byTestId('customers-table').locator('tr[data-row-key]').count()).resolves.toBe(1);
    expect(new URL(portal.page.url()).searchParams.get('cardUid')).toBe('04a3 1b2c');

    await searchCustomers({ 'customers-filter-card': 'FFFFFFFF' });
    await portal
      .byTestId('customers-table')
      .locator('.ant-empty-description', { hasText: '暂无数据' })
      .waitFor();

    await searchCustomers({ 'customers-filter-phone': '+86 138-0013-8000' });
    await portal.row('customers-table', customerName).waitFor();
    await expect(portal.byTestId('customers-table').locator('tr[data-row-key]').count()).resolves.toBe(1);
    await browser.screenshot('customers-04-found-by-phone');

    // The counter's quick find opens the record straight away, by card tap or by phone.
    for (const term of ['04 A3 1B 2C', '0086 138 0013 8000']) {
      await portal.openMenu('customers');
      await portal.byTestId('customers-quick-lookup').fill(term);
      await portal.byTestId('customers-quick-lookup').press('Enter');
      await portal.byTestId('customer-detail-page').waitFor();
      await expect(portal.byTestId('customer-name').textContent()).resolves.toBe(customerName);
    }
    await portal.openMenu('customers');
    await searchCustomers({ 'customers-filter-phone': '+86 138-0013-8000' });
    await portal.row('customers-table', customerName).waitFor();
  });

  it('keeps a search as a saved view of this user, and opens it again', async () => {
    await portal.byTestId('customers-view-save').click();
    await portal.byTestId('customers-view-name').fill('顺德的鸡场');
    await portal.byTestId('customers-view-save-submit').click();
    await portal.successMessage();
    await searchCustomers({ 'customers-filter-q': '没有这个客户' });
    await portal.byTestId('customers-table').locator('.ant-empty-description').waitFor();
    await portal.choose('customers-view-select', '顺德的鸡场');
    await portal.row('customers-table', customerName).waitFor();
    await expect(portal.byTestId('customers-filter-phone').inputValue()).resolves.toBe('+86 138-0013-8000');
    const stored = (await portal.page.evaluate(
      `window.localStorage.getItem(${JSON.stringify(`crm.customers.views.${adminId}`)})`,
    )) as string | null;
    expect(JSON.parse(stored ?? '[]')).toEqual([
      expect.objectContaining({ name: '顺德的鸡场', filters: { phone: '+86 138-0013-8000' } }),
    ]);
  });

  it('transfers the customer to a salesperson', async () => {
    const row = portal.row('customers-table', customerName);
    await row.locator('.ant-checkbox-input').check();
    await expect(portal.byTestId('customers-selected').textContent()).resolves.toBe('已选 1 项');
    await portal.byTestId('customers-bulk-transfer').click();
    await portal.byTestId('transfer-dialog').waitFor();
    await portal.choose('transfer-to', salesB.displayName);
    await browser.screenshot('customers-05-transfer');
    await portal.byTestId('transfer-submit').click();
    await portal.successMessage();
    await row.getByText(salesB.displayName).waitFor();
    const [after] = await customersNamed(customerName);
    expect(after!.ownerId).toBe(salesBId);
  });

  it('releases it to the public pool from the detail page', async () => {
    await portal.row('customers-table', customerName).getByTestId('customers-open').click();
    await portal.byTestId('customer-release').click();
    await portal.byTestId('customer-release-confirm').click();
    await ownerShown(portal, '公海');
    const [after] = await customersNamed(customerName);
    expect(after!.ownerId).toBeNull();
  });

  it('another salesperson claims it from the pool in a browser of their own', async () => {
    second = await openBrowser();
    salesPortal = new PortalDriver(second.page, system.httpUrl);
    await salesPortal.logIn(salesC.username, salesC.password, testPassword());
    // An account manager may not read branches, and still sees its own by name.
    await expect(salesPortal.byTestId('home-branch').textContent()).resolves.toBe('总部');
    await salesPortal.openMenu('customer-pool');
    await salesPortal.byTestId('pool-rules').getByText('放入公海后 7 天内原负责人不能重新领取').waitFor();
    const row = salesPortal.row('pool-table', customerName);
    await row.waitFor();
    await second.screenshot('customers-06-pool');
    await row.getByTestId('pool-claim').click();
    await salesPortal.byTestId('pool-claim-confirm').click();
    await salesPortal.successMessage();
    await row.waitFor({ state: 'detached' });

    await salesPortal.openMenu('customers');
    const mine = salesPortal.row('customers-table', customerName);
    await mine.waitFor();
    await expect(mine.textContent()).resolves.toContain(`${salesC.displayName}（我）`);
  });

  it('tells the salesperson clearly that a customer they released cannot be claimed straight back', async () => {
    await salesPortal.row('customers-table', customerName).getByTestId('customers-open').click();
    await salesPortal.byTestId('customer-release').click();
    await salesPortal.byTestId('customer-release-confirm').click();
    // Seeing only their own customers, they lose sight of it on its page and are taken to the pool.
    await salesPortal.byTestId('customer-pool-page').waitFor();
    const row = salesPortal.row('pool-table', customerName);
    await row.getByTestId('pool-claim').click();
    await salesPortal.byTestId('pool-claim-confirm').click();
    const error = salesPortal.byTestId('pool-claim-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toMatch(
      /^您刚把这个客户放入公海，\d{4}-\d\d-\d\d \d\d:\d\d:\d\d 之后才能重新领取$/,
    );
    await second!.screenshot('customers-07-reclaim-refused');
    const [after] = await customersNamed(customerName);
    expect(after!.ownerId).toBeNull();
    expect(second!.problems).toEqual([]);
  });

  it('imports an Excel file through the import wizard', async () => {
    await portal.openMenu('customer-import');
    await portal.byTestId('import-step-template').waitFor();
    const [download] = await Promise.all([
      portal.page.waitForEvent('download'),
      portal.byTestId('import-template-download').click(),
    ]);
    const templateFile = path.join(workDir, download.suggestedFilename());
    await download.saveAs(templateFile);
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(templateFile);
    const header = (template.worksheets[0]?.getRow(1).values as unknown[]).filter(
      (v): v is string => typeof v === 'string' && v.trim() !== '',
    );
    const column = (pattern: RegExp) => {
      const found = header.find((h) => pattern.test(h));
      if (!found) throw new Error(`no ${String(pattern)} column in ${header.join(', ')}`);
      return found;
    };
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRow([column(/名称|^name/i), column(/类型|kind/i), column(/电话|phone/i)]);
    sheet.addRow([importedName, '公司', '139 0013 9001']);
    await portal.byTestId('import-template-next').click();
    await portal
      .byTestId('import-upload')
      .locator('input[type="file"]')
      .setInputFiles({
        name: `客户-${run}.xlsx`,
        mimeType: XLSX_TYPE,
        buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
      });
    await portal.byTestId('import-step-validate').waitFor();
    await portal.byTestId('import-next').click();
    await portal.byTestId('import-confirm').click();
    await portal.byTestId('import-step-done').waitFor({ timeout: 60_000 });
    await browser.screenshot('customers-08-imported');

    await portal.openMenu('customers');
    await searchCustomers({ 'customers-filter-q': importedName });
    const row = portal.row('customers-table', importedName);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('139 0013 9001');
  });

  it('deletes to the recycle bin, restores, and purges after confirming', async () => {
    const created = await api<CustomerBody>('POST', '/customers', { kind: 'INDIVIDUAL', name: binName });
    await portal.goto(`/customers/${created.id}`);
    await portal.byTestId('customer-delete').click();
    await portal.byTestId('customer-delete-confirm').click();
    await portal.byTestId('customers-page').waitFor();

    await portal.openMenu('customer-recycle-bin');
    const row = portal.row('bin-table', binName);
    await row.getByTestId('bin-restore').click();
    await portal.successMessage();
    await row.waitFor({ state: 'detached' });
    expect((await customersNamed(binName))[0]?.deletedAt).toBeNull();

    await api('DELETE', `/customers/${created.id}`);
    await portal.page.reload();
    await row.getByTestId('bin-purge').click();
    await portal.page.locator('.ant-modal-confirm').getByText(`将永久删除“${binName}”`).waitFor();
    await browser.screenshot('customers-09-purge-confirm');
    await portal.byTestId('bin-purge-confirm').click();
    await row.waitFor({ state: 'detached' });
    const gone = await fetch(`${system.httpUrl}/api/v1/customers/${created.id}`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(gone.status).toBe(404);
  });

  it('shows the detail page in English', async () => {
    await portal.switchLanguage('en-US');
    await portal.goto(`/customers/${customerId}?tab=cards`);
    await portal.byTestId('customer-detail-page').waitFor();
    await expect(portal.byTestId('customer-tab-cards').textContent()).resolves.toBe('Cards');
    await expect(portal.byTestId('customer-tab-timeline').textContent()).resolves.toBe('Timeline');
    await expect(portal.byTestId('customer-owner').textContent()).resolves.toBe('Public pool');
    await portal.row('customer-cards-table', '04A31B2C').getByText('Active').waitFor();
    await expect(portal.byTestId('customer-summary').textContent()).resolves.toContain('Owner');
    await browser.screenshot('customers-10-english');
    await portal.switchLanguage('zh-CN');
    await expect(portal.byTestId('customer-tab-cards').textContent()).resolves.toBe('会员卡');
  });

  it('raised no page errors and no CSP violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
