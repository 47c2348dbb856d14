/**
 * Issue 4 in the browser, helper C2's pages: the Excel import wizard (template → upload → dry-run
 * error report → import → result) with a generated file holding one bad row; a file with wrong
 * columns; the care list (客户关怀) with a birthday and an anniversary; the churn list (流失预警)
 * through pause / confirm / reactivate; the documents tab of a customer (upload, refused type,
 * download, delete).
 *
 * Runs against the whole system started the way `npm start` starts it; the churn sweep runs every
 * second here (CARE_SWEEP_INTERVAL_SECONDS) and a customer's last activity is moved back in its
 * database, as 200 days of waiting would. Screenshots go to e2e/artifacts/portal-import-*.png.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Download } from 'playwright-core';
import type * as ExcelJSModule from 'exceljs';
import { testPassword, waitFor } from '@crm/testing';
import { apiCaller, login, startSystemUnderTest } from '../support/system-under-test';
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
const names = {
  good1: `青山家禽养殖场-${run}`,
  bad: `张记饲料店-${run}`,
  good2: `李建国-${run}`,
  care: `关怀客户-${run}`,
  churn: `流失客户-${run}`,
  docs: `附件客户-${run}`,
};

let system: Awaited<ReturnType<typeof startSystemUnderTest>>;
let browser: PortalBrowser;
let portal: PortalDriver;
let token: string;
let workDir: string;

const api = <T>(method: string, pathname: string, body?: unknown) =>
  apiCaller(system.httpUrl, () => token)<T>(method, pathname, body);

/** A calendar day `days` from today where the branches are (the service's BUSINESS_TIME_ZONE). */
function shanghaiDay(days: number): { year: number; monthDay: string } {
  const date = new Date(Date.now() + days * 86_400_000);
  const text = date.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }); // YYYY-MM-DD
  return { year: Number(text.slice(0, 4)), monthDay: text.slice(5) };
}

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function saved(download: Download): Promise<string> {
  const file = path.join(workDir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

async function chooseFile(name: string, buffer: Buffer, mimeType: string, testId: string) {
  await portal.byTestId(testId).locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let templateHeader: string[] = [];
let careCustomerId = '';

beforeAll(async () => {
  system = await startSystemUnderTest({ CARE_SWEEP_INTERVAL_SECONDS: '1' });
  workDir = await mkdtemp(path.join(tmpdir(), 'crm-import-e2e-'));
  browser = await openBrowser();
  portal = new PortalDriver(browser.page, system.httpUrl);
  await portal.logIn('admin', system.adminPassword, ADMIN_NEW_PASSWORD);
  token = await login(system.httpUrl, 'admin', ADMIN_NEW_PASSWORD);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await system?.dispose();
  if (workDir) await rm(workDir, { recursive: true, force: true });
}, 60_000);

describe('customer import wizard (issue 4)', () => {
  it('downloads the template from the first step', async () => {
    await portal.openMenu('customer-import');
    await portal.byTestId('import-step-template').waitFor();
    const [download] = await Promise.all([
      portal.page.waitForEvent('download'),
      portal.byTestId('import-template-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await saved(download));
    const header = workbook.worksheets[0]?.getRow(1).values as unknown[];
    templateHeader = header.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    expect(templateHeader.some((h) => /名称|name/i.test(h))).toBe(true);
    expect(templateHeader.some((h) => /电话|phone/i.test(h))).toBe(true);
    await browser.screenshot('import-01-template');
  });

  it('validates a file with one bad row: the report names its row and column', async () => {
    const col = (pattern: RegExp) => {
      const found = templateHeader.find((h) => pattern.test(h));
      if (!found) throw new Error(`no ${String(pattern)} column in ${templateHeader.join(', ')}`);
      return found;
    };
    const nameCol = col(/名称|^name/i);
    const kindCol = col(/类型|kind/i);
    const phoneCol = col(/电话|phone/i);
    const header = [nameCol, kindCol, phoneCol];
    const file = await xlsx([
      header,
      [names.good1, '公司', '138 0013 8000'],
      [names.bad, '个人', '12345-not-a-phone'],
      [names.good2, '个人', '+86 139-0013-9000'],
    ]);
    await portal.byTestId('import-template-next').click();
    await portal.byTestId('import-step-upload').waitFor();
    await chooseFile(`客户-${run}.xlsx`, file, XLSX_TYPE, 'import-upload');
    await portal.byTestId('import-step-validate').waitFor();

    await expect(portal.byTestId('import-summary-total').textContent()).resolves.toContain('3');
    await expect(portal.byTestId('import-summary-valid').textContent()).resolves.toContain('2');
    await expect(portal.byTestId('import-summary-failed').textContent()).resolves.toContain('1');
    const rows = portal.byTestId('import-errors').locator('tr[data-row-key]');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().getByTestId('import-error-row-number').textContent()).resolves.toBe('3');
    await expect(rows.first().getByTestId('import-error-column').textContent()).resolves.toBe(phoneCol);
    await browser.screenshot('import-02-error-report');

    const [download] = await Promise.all([
      portal.page.waitForEvent('download'),
      portal.byTestId('import-errors-download').click(),
    ]);
    const csv = await readFile(await saved(download), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe('\uFEFF行号,列,错误代码,错误信息');
    expect(csv.split('\r\n')[1]).toMatch(new RegExp(`^3,${phoneCol},`));

    // The dry run stored nothing.
    const before = await api<{ items: unknown[] }>('GET', `/customers?q=${encodeURIComponent(run)}`);
    expect(before.items).toHaveLength(0);
  });

  it('imports the good rows and reports the result', async () => {
    await portal.byTestId('import-next').click();
    await portal.byTestId('import-step-confirm').waitFor();
    await portal.byTestId('import-confirm').click();
    await portal.byTestId('import-step-done').waitFor({ timeout: 60_000 });
    await expect(portal.byTestId('import-result-summary').textContent()).resolves.toBe(
      '新建 2 个客户，更新 0 个，1 行未导入',
    );
    await browser.screenshot('import-03-result');
    const after = await api<{ items: { name: string; phone: string | null }[] }>(
      'GET',
      `/customers?q=${encodeURIComponent(run)}`,
    );
    expect(after.items.map((c) => c.name).sort()).toEqual([names.good1, names.good2].sort());
    expect(after.items.find((c) => c.name === names.good2)?.phone).toBe('+8613900139000');
  });

  it('refuses a file with wrong columns as a whole, naming them', async () => {
    await portal.byTestId('import-again').click();
    await portal.byTestId('import-template-next').click();
    const file = await xlsx([
      ['Foo', 'Bar'],
      ['x', 'y'],
    ]);
    await chooseFile('wrong.xlsx', file, XLSX_TYPE, 'import-upload');
    const failure = portal.byTestId('import-failure');
    await failure.waitFor();
    await expect(failure.textContent()).resolves.toMatch(/Foo|Bar|名称|name/i);
    await expect(portal.byTestId('import-step-upload').isVisible()).resolves.toBe(true);
    await browser.screenshot('import-04-wrong-columns');
  });

  it('refuses a non-xlsx file before sending it', async () => {
    await chooseFile('customers.csv', Buffer.from('name\nx\n'), 'text/csv', 'import-upload');
    await portal.page
      .locator('.ant-message-notice-error')
      .filter({ hasText: '请选择 Excel .xlsx 文件' })
      .first()
      .waitFor();
  });
});

describe('care list (issue 4 part 10)', () => {
  it('lists an upcoming contact birthday and customer anniversary with the days until', async () => {
    const tomorrow = shanghaiDay(1);
    const inFive = shanghaiDay(5);
    careCustomerId = (
      await api<{ id: string }>('POST', '/customers', {
        kind: 'COMPANY',
        name: names.care,
        phones: ['0757 2222 7001'],
        contacts: [{ name: '王丽', birthday: `1985-${tomorrow.monthDay}` }],
        anniversaries: [{ label: '合作纪念日', date: `${inFive.year - 3}-${inFive.monthDay}` }],
      })
    ).id;
    await portal.openMenu('customer-care');
    const rows = portal.row('care-table', names.care);
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.filter({ hasText: '王丽' }).getByTestId('care-days-until').textContent()).resolves.toBe(
      '明天',
    );
    await expect(
      rows.filter({ hasText: '合作纪念日' }).getByTestId('care-days-until').textContent(),
    ).resolves.toBe('5 天后');
    await browser.screenshot('import-05-care');
  });

  it('keeps the anniversaries on the customer’s care tab', async () => {
    await portal.goto(`/customers/${careCustomerId}?tab=care`);
    await portal.byTestId('customer-care-tab').waitFor();
    await expect(
      portal.row('birthdays-table', '王丽').getByTestId('care-next-days').textContent(),
    ).resolves.toBe('明天');
    await portal.byTestId('anniversary-add').click();
    await portal.byTestId('anniversary-form-submit').click();
    await portal.fieldError('请输入名称');
    await portal.byTestId('anniversary-field-label').fill('首次合作日');
    await portal.byTestId('anniversary-field-date').click();
    await portal.page.locator('.ant-picker-cell-today').first().click();
    await portal.byTestId('anniversary-form-submit').click();
    const row = portal.row('anniversaries-table', '首次合作日');
    await row.waitFor();
    await expect(row.getByTestId('care-next-days').textContent()).resolves.toBe('今天');
    await browser.screenshot('import-05b-care-tab');
    const stored = await api<{ anniversaries: { label: string; date: string }[] }>(
      'GET',
      `/customers/${careCustomerId}`,
    );
    expect(stored.anniversaries.map((a) => a.label)).toEqual(['合作纪念日', '首次合作日']);
  });
});

describe('churn list (issue 4 part 9)', () => {
  it('shows a customer at risk, pauses, confirms and reactivates its churn', async () => {
    const customer = await api<{ id: string }>('POST', '/customers', {
      kind: 'INDIVIDUAL',
      name: names.churn,
      phones: ['0757 2222 7002'],
    });
    // 200 days without a sign of life, as far as the sweep can tell.
    const db = new pg.Client({ connectionString: system.services.customers?.databaseUrl });
    await db.connect();
    try {
      await db.query(
        `UPDATE customers SET last_activity_at = now() - interval '200 days',
           created_at = now() - interval '200 days' WHERE id = $1`,
        [customer.id],
      );
    } finally {
      await db.end();
    }
    await waitFor(
      async () =>
        (
          await api<{ items: { customer: { id: string } }[] }>('GET', '/customers/churn?status=at_risk')
        ).items.some((i) => i.customer.id === customer.id),
      { timeoutMs: 30_000, intervalMs: 500, message: 'the churn sweep flags the idle customer' },
    );

    await portal.openMenu('customer-churn');
    const row = portal.row('churn-table', names.churn);
    await row.waitFor();
    await browser.screenshot('import-06-churn-at-risk');

    await row.getByTestId('churn-pause').click();
    await portal.byTestId('churn-field-plan').fill('下周上门拜访，提供新品试用');
    await portal.byTestId('churn-field-until').click();
    // Any enabled day of the next month of the picker is after today and within a year.
    await portal.page.locator('.ant-picker-header-next-btn').first().click();
    await portal.page.locator('.ant-picker-cell-in-view:not(.ant-picker-cell-disabled)').first().click();
    await portal.byTestId('churn-pause-form-submit').click();
    await portal.successMessage();
    await portal.byTestId('churn-tab-paused').click();
    const paused = portal.row('churn-table', names.churn);
    await paused.waitFor();
    await expect(paused.textContent()).resolves.toContain('下周上门拜访');

    await paused.getByTestId('churn-confirm').click();
    await portal.byTestId('churn-confirm-form-submit').click();
    await portal.fieldError('请输入流失原因');
    await portal.byTestId('churn-field-reason').fill('客户已转行');
    await portal.byTestId('churn-confirm-form-submit').click();
    await portal.byTestId('churn-tab-confirmed').click();
    const confirmed = portal.row('churn-table', names.churn);
    await confirmed.waitFor();
    await expect(confirmed.textContent()).resolves.toContain('客户已转行');

    await confirmed.getByTestId('churn-reactivate').click();
    await portal.page.locator('.ant-popconfirm .ant-btn-primary').click();
    await confirmed.waitFor({ state: 'detached' });
    const after = await api<{ churn: { status: string } }>('GET', `/customers/${customer.id}`);
    expect(after.churn.status).toBe('active');
  });
});

describe('documents tab (issue 4 part 11)', () => {
  it('uploads, refuses an executable, downloads and deletes a document', async () => {
    const customer = await api<{ id: string }>('POST', '/customers', {
      kind: 'COMPANY',
      name: names.docs,
      phones: ['0757 2222 7003'],
    });
    await portal.goto(`/customers/${customer.id}?tab=documents`);
    await portal.byTestId('customer-documents').waitFor();

    await chooseFile('setup.exe', Buffer.from('MZ\x90\x00'), 'application/octet-stream', 'documents-upload');
    await portal.page
      .locator('.ant-message-notice-error')
      .filter({ hasText: '不支持的文件类型：setup.exe' })
      .first()
      .waitFor();

    const text = `拜访纪要 ${run}\n客户需要 200 袋饲料。\n`;
    await chooseFile('拜访纪要.txt', Buffer.from(text), 'text/plain', 'documents-upload');
    const row = portal.row('documents-table', '拜访纪要.txt');
    await row.waitFor();
    await browser.screenshot('import-07-documents');

    const [download] = await Promise.all([
      portal.page.waitForEvent('download'),
      row.getByTestId('documents-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('拜访纪要.txt');
    await expect(readFile(await saved(download), 'utf8')).resolves.toBe(text);

    await row.getByTestId('documents-delete').click();
    await portal.page.locator('.ant-popconfirm .ant-btn-primary').click();
    await row.waitFor({ state: 'detached' });
    const left = await api<{ items: unknown[] }>('GET', `/customers/${customer.id}/documents`);
    expect(left.items).toHaveLength(0);
  });

  it('speaks English on these pages too', async () => {
    await portal.switchLanguage('en-US');
    await portal.goto('/customers/import');
    await expect(portal.byTestId('page-title').textContent()).resolves.toBe('Import customers');
    await expect(portal.byTestId('import-template-download').textContent()).resolves.toBe(
      'Download the template',
    );
    await portal.goto('/customers/churn');
    await expect(portal.byTestId('churn-tab-at_risk').textContent()).resolves.toBe('At risk');
    await portal.goto('/customers/care');
    await expect(portal.byTestId('page-title').textContent()).resolves.toBe('Customer care');
    await browser.screenshot('import-08-english');
    await portal.switchLanguage('zh-CN');
  });

  it('left no console errors or CSP violations', () => {
    expect(browser.problems).toEqual([]);
  });
});
