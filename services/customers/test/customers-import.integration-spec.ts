/**
 * Excel import and export of customers (issue 4 part 8, R-CUS-7) through the gateway: HTTP multipart
 * → gateway → gRPC client stream → customers (exceljs, rules of create, duplicate check) →
 * PostgreSQL + outbox; export as a gRPC server stream piped to the HTTP response.
 */
import ExcelJS from 'exceljs';
import {
  as,
  outboxEvents,
  rowCounts,
  startCustomersStack,
  type CustomersStack,
} from './support/customers-test-stack';
import { testId } from '@crm/testing';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Above one write batch (2,000 rows): a refusal after a batch went to the database must store nothing. */
const MAX_ROWS = 2100;
const MAX_BYTES = 200_000;
/** User ids are UUIDs (identity's); the export names an owner it cannot resolve by this id. */
const OWN_ID = '5d0c8a3e-7f7b-4c55-9f4e-1b2a3c4d5e6f';

let stack: CustomersStack;
let adminAuth: Record<string, string>;

type Cell = string | number | null;

async function workbook(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('客户');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(
  file: Buffer,
  query = '',
  headers: Record<string, string> = adminAuth,
  fileName = 'customers.xlsx',
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)], { type: XLSX }), fileName);
  const res = await fetch(`${stack.base}/api/v1/customers/import${query}`, {
    method: 'POST',
    body: form,
    headers,
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : undefined,
  };
}

async function download(path: string, headers: Record<string, string> = adminAuth) {
  const res = await fetch(`${stack.base}${path}`, { headers });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes };
}

/** The cells of every sheet's rows, as text. */
async function readBack(bytes: Buffer): Promise<Record<string, string[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, string[][]> = {};
  for (const sheet of wb.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      const values = row.values as ExcelJS.CellValue[];
      rows.push(values.slice(1).map((v) => (v === null || v === undefined ? '' : String(v))));
    });
    out[sheet.name] = rows;
  }
  return out;
}

const names = async () =>
  (await stack.pool.query<{ name: string }>('SELECT name FROM customers ORDER BY seq')).rows.map(
    (r) => r.name,
  );

beforeAll(async () => {
  stack = await startCustomersStack({
    customers: { CUSTOMER_IMPORT_MAX_ROWS: String(MAX_ROWS) },
    gateway: { CUSTOMER_IMPORT_MAX_BYTES: String(MAX_BYTES) },
  });
  adminAuth = await as({});
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe('customers Excel import', () => {
  const header: Cell[] = ['名称', '类型', 'Phone', '邮箱', '标签', '等级', '分类', '负责人'];
  const rows: Cell[][] = [
    header,
    ['绿野农庄', '公司', '139 0013 9001', 'lvye@example.com', 'VIP、老客户', '普通', 'A', ''], // 2 ok
    ['蓝天商贸', '公司', '12345', '', '', '', '', ''], // 3 bad phone
    ['', '个人', '13900139002', '', '', '', '', ''], // 4 no name
    ['红星超市', '合伙', '13900139003', '', '', '', '', ''], // 5 bad kind
    ['新名字', '公司', '138-0013-8000', '', '', '', '', ''], // 6 phone of an existing customer
    ['绿野农庄二店', '公司', '+86 139 0013 9001', '', '', '', '', ''], // 7 phone of row 2
    ['张三', 'individual', '+86 139 0013 9004', '', '', '高意向', 'b', 'test-admin'], // 8 ok
    ['错误邮箱', '公司', '', 'not-an-email', '', '', 'D', ''], // 9 bad email and class
    ['\u202Eevil.exe', '公司', '', '', '', '', '', ''], // 10 control character (right-to-left override)
    ['李四客户', '个人', '', '', '', '', '', 'nobody'], // 11 unknown owner
    ["=cmd|' /C calc'!A0", '公司', '13900139005', '', '', '', '', ''], // 12 ok (stored as text)
    [null, null, null, null, null, null, null, null], // empty: not a row
    ['青山家禽养殖场', '公司', '', '', '', '', '', ''], // 14 name of an existing customer
  ];
  const expectedErrors = [
    { row: 3, column: 'Phone', code: 'INVALID' },
    { row: 4, column: '名称', code: 'REQUIRED' },
    { row: 5, column: '类型', code: 'INVALID' },
    { row: 6, column: 'Phone', code: 'DUPLICATE' },
    { row: 7, column: 'Phone', code: 'DUPLICATE_IN_FILE' },
    { row: 9, column: '邮箱', code: 'INVALID' },
    { row: 9, column: '分类', code: 'INVALID' },
    { row: 10, column: '名称', code: 'INVALID' },
    { row: 11, column: '负责人', code: 'OWNER_NOT_FOUND' },
    { row: 14, column: '名称', code: 'DUPLICATE' },
  ];
  let existingId = '';

  beforeAll(async () => {
    const existing = await stack.api('/api/v1/customers', {
      method: 'POST',
      body: { kind: 'COMPANY', name: '青山家禽养殖场', phone: '13800138000' },
    });
    expect(existing.status).toBe(201);
    existingId = existing.body.id;
  });

  it('a dry run reports every bad row and column and stores nothing', async () => {
    const before = await rowCounts(stack.pool);
    const r = await upload(await workbook(rows), '?dryRun=true');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ totalRows: 12, imported: 3, updated: 0, failed: 9, dryRun: true });
    expect(
      r.body.errors.map((e: { row: number; column: string; code: string }) => ({
        row: e.row,
        column: e.column,
        code: e.code,
      })),
    ).toEqual(expectedErrors);
    expect(await rowCounts(stack.pool)).toEqual(before);
  });

  it('imports the good rows only, with their events, and reports the bad ones exactly', async () => {
    const r = await upload(await workbook(rows));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      totalRows: 12,
      imported: 3,
      updated: 0,
      failed: 9,
      dryRun: false,
      errorsTruncated: false,
    });
    expect(
      r.body.errors.map((e: { row: number; column: string; code: string }) => ({
        row: e.row,
        column: e.column,
        code: e.code,
      })),
    ).toEqual(expectedErrors);
    expect(r.body.errors.find((e: { row: number }) => e.row === 3).message).toBe('is not a phone number');
    expect(r.body.errors.find((e: { row: number }) => e.row === 6).message).toBe(
      `matches customer ${existingId} (青山家禽养殖场)`,
    );
    expect(r.body.errors.find((e: { row: number }) => e.row === 7).message).toBe('same phone as row 2');
    expect(r.body.errors.find((e: { row: number }) => e.row === 10).message).toBe(
      'must not contain control characters',
    );

    expect(await names()).toEqual(['青山家禽养殖场', '绿野农庄', '张三', "=cmd|' /C calc'!A0"]);
    const lvye = (await stack.api('/api/v1/customers?q=绿野')).body.items[0];
    expect(lvye).toMatchObject({
      kind: 'COMPANY',
      phones: ['+8613900139001'],
      email: 'lvye@example.com',
      tags: ['VIP', '老客户'],
      level: 'ORDINARY',
      customerClass: 'A',
      ownerId: 'test-admin',
      branchId: 'main',
    });
    const zhang = (await stack.api('/api/v1/customers?q=张三')).body.items[0];
    expect(zhang).toMatchObject({ kind: 'INDIVIDUAL', level: 'HIGH_INTENT', customerClass: 'B' });
    // A call from the new number is recognised at once (no stale "unknown number" in the cache).
    const pop = await stack.api('/api/v1/customer-lookups/phone?phone=13900139004');
    expect(pop.body.items.map((c: { name: string }) => c.name)).toEqual(['张三']);

    const created = await outboxEvents(stack.pool, 'crm.customers.customer.created');
    expect(created.slice(1).map((e) => (e.payload.customer as { name: string }).name)).toEqual([
      '绿野农庄',
      '张三',
      "=cmd|' /C calc'!A0",
    ]);
    const completed = await outboxEvents(stack.pool, 'crm.customers.import.completed');
    expect(completed).toHaveLength(1);
    expect(completed[0]!.payload).toMatchObject({
      branchId: 'main',
      mode: 'create',
      fileName: 'customers.xlsx',
      totalRows: 12,
      imported: 3,
      failed: 9,
    });
    const audit = await outboxEvents(stack.pool, 'crm.customers.audit.recorded');
    expect(audit.at(-1)!.payload).toMatchObject({
      action: 'customers.imported',
      entityType: 'customer_import',
    });
  });

  it('refuses a file with unknown or missing columns as a whole, naming them (400, nothing stored)', async () => {
    const before = await rowCounts(stack.pool);
    const r = await upload(
      await workbook([
        ['名称', 'Telefon', '电话'],
        ['某公司', 'x', '13900139100'],
      ]),
    );
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body.errors).toEqual([
      { field: 'Telefon', message: 'is not a column of the customers file' },
      { field: '类型/Kind', message: 'is a required column and missing' },
    ]);
    expect(await rowCounts(stack.pool)).toEqual(before);
  });

  it('refuses what is not an .xlsx file, a file over the size limit and too many rows', async () => {
    const before = await rowCounts(stack.pool);
    const notXlsx = await upload(Buffer.from('名称,类型\n某公司,公司\n'), '', adminAuth, 'customers.csv');
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.body.errors).toEqual([{ field: 'file', message: 'is not an .xlsx file' }]);
    const zipButNotXlsx = await upload(
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]),
    );
    expect(zipButNotXlsx.status).toBe(400);

    const big = await upload(Buffer.alloc(MAX_BYTES + 1000, 0x41));
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({
      status: 413,
      errors: [{ field: 'file', message: `at most ${MAX_BYTES} bytes` }],
    });

    const many: Cell[][] = [['名称', '类型']];
    for (let i = 0; i <= MAX_ROWS; i++) many.push([`批量客户${i}`, '公司']);
    // The first 2,000 rows are written (uncommitted) before row 2,102 shows the file is too long.
    const tooMany = await upload(await workbook(many));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors).toEqual([{ field: 'file', message: `at most ${MAX_ROWS} rows` }]);
    expect(await rowCounts(stack.pool)).toEqual(before);
    // Four uploads, one of 2,101 rows of which 2,000 are written before the refusal: some seconds
    // on a busy 2-core machine, more than jest's default 5.
  }, 30_000);

  it('needs customers.import; a branch other than one’s own needs scope all', async () => {
    const noImport = await as({ permissions: ['customers.read', 'customers.create'], dataScope: 'branch' });
    expect((await upload(await workbook([['名称', '类型']]), '', noImport)).status).toBe(403);
    const branchUser = await as({
      userId: 'b1',
      permissions: ['customers.import', 'customers.create'],
      dataScope: 'branch',
    });
    expect(
      (await upload(await workbook([['名称', '类型']]), `?branchId=${testId('other')}`, branchUser)).status,
    ).toBe(403);
  });

  it('upsert updates the record matched by phone (only the cells given) and creates the rest', async () => {
    const target = (await stack.api('/api/v1/customers?q=绿野')).body.items[0];
    const r = await upload(
      await workbook([
        ['名称', '类型', '电话', '等级', '备注'],
        ['绿野农庄', '公司', '+86-139-0013-9001', '高意向', '年底回访'],
        ['白云餐厅', '公司', '13900139200', '', ''],
      ]),
      '?mode=upsert',
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ totalRows: 2, imported: 1, updated: 1, failed: 0, errors: [] });
    const after = (await stack.api(`/api/v1/customers/${target.id}`)).body;
    expect(after).toMatchObject({
      level: 'HIGH_INTENT',
      notes: '年底回访',
      email: 'lvye@example.com',
      tags: ['VIP', '老客户'],
      version: target.version + 1,
    });
    const updated = await outboxEvents(stack.pool, 'crm.customers.customer.updated');
    expect(updated.at(-1)!.payload).toMatchObject({ changedFields: ['notes', 'level'] });

    // A match the caller may not change is refused, not updated.
    const outsider = await as({
      userId: 'u-other',
      branchId: 'main',
      permissions: ['customers.import', 'customers.create', 'customers.update'],
      dataScope: 'own',
    });
    const refused = await upload(
      await workbook([
        ['名称', '类型', '电话', '备注'],
        ['绿野农庄', '公司', '13900139001', '改掉'],
      ]),
      '?mode=upsert',
      outsider,
    );
    expect(refused.body.errors).toEqual([
      {
        row: 2,
        column: '电话',
        code: 'CANNOT_UPDATE',
        message: 'matches a customer outside your data scope that you may not change',
      },
    ]);
    expect((await stack.api(`/api/v1/customers/${target.id}`)).body.notes).toBe('年底回访');
  });
});

describe('customers Excel import beside other entries', () => {
  /** Rows of this test's advisory-lock waits in PostgreSQL: granted or waiting, by lock mode. */
  const entryLocks = async () =>
    (
      await stack.pool.query<{ mode: string; granted: boolean }>(
        `SELECT mode, granted FROM pg_locks WHERE locktype = 'advisory' AND database =
           (SELECT oid FROM pg_database WHERE datname = current_database())`,
      )
    ).rows;
  const until = async (what: string, check: () => Promise<boolean>) => {
    const end = Date.now() + 10_000;
    while (!(await check())) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('a customer entered while an import writes waits for it, and is refused as its duplicate', async () => {
    // The import is held inside its write (a SHARE lock on the outbox blocks its events) once it
    // took the entry lock; the create comes then. Without the lock, both would store the number.
    const holder = await stack.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE outbox IN SHARE MODE');
      const importing = upload(
        await workbook([
          ['名称', '类型', '电话'],
          ['并发导入农庄', '公司', '13900139777'],
        ]),
      );
      await until('the import to hold the entry lock', async () =>
        (await entryLocks()).some((l) => l.mode === 'ExclusiveLock' && l.granted),
      );
      const creating = stack.api('/api/v1/customers', {
        method: 'POST',
        body: { kind: 'COMPANY', name: '并发录入商贸', phone: '+86 139 0013 9777' },
      });
      await until('the create to wait for the import', async () =>
        (await entryLocks()).some((l) => l.mode === 'ShareLock' && !l.granted),
      );
      await holder.query('ROLLBACK');
      const [imported, created] = await Promise.all([importing, creating]);
      expect(imported.body).toMatchObject({ imported: 1, failed: 0 });
      expect(created.status).toBe(409);
      expect(created.body.duplicates[0]).toMatchObject({ name: '并发导入农庄', matchedOn: ['phone'] });
    } finally {
      holder.release();
    }
    const { rows } = await stack.pool.query(
      "SELECT name FROM customers WHERE phones @> ARRAY['+8613900139777'] AND deleted_at IS NULL",
    );
    expect(rows).toEqual([{ name: '并发导入农庄' }]);
  });

  it('an edit that checks duplicates waits for an import without holding the row the import updates', async () => {
    const created = await stack.api('/api/v1/customers', {
      method: 'POST',
      body: { kind: 'COMPANY', name: '改号等候农庄', phone: '+86 139 0013 9555' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    // The import, as its repository does it: the entry lock on a connection of its own, then its
    // writer (upsert) updates rows in a transaction of its own.
    const importLock = await stack.pool.connect();
    const writer = await stack.pool.connect();
    try {
      await importLock.query("SELECT pg_advisory_lock(hashtextextended('customer-entry', 0))");
      const editing = stack.api(`/api/v1/customers/${id}`, {
        method: 'PATCH',
        body: { version: created.body.version, phones: ['13900139556'] },
      });
      await until('the edit to wait for the import', async () =>
        (await entryLocks()).some((l) => l.mode === 'ShareLock' && !l.granted),
      );
      // Before, the edit waited here holding the record's row lock: the import's update below
      // waited for it in turn, until the statement timeout ended one of them.
      await writer.query('BEGIN');
      await writer.query("SET LOCAL lock_timeout = '2s'");
      await writer.query("UPDATE customers SET notes = '导入更新', version = version + 1 WHERE id = $1", [
        id,
      ]);
      await writer.query('COMMIT');
      await importLock.query("SELECT pg_advisory_unlock(hashtextextended('customer-entry', 0))");
      // The edit was based on the version before the import's: refused, nothing of it stored.
      const edited = await editing;
      expect(edited.status).toBe(409);
      expect(edited.body.code).toBe('CONFLICT');
    } finally {
      await writer.query('ROLLBACK').catch(() => undefined);
      importLock.release();
      writer.release();
    }
    const stored = await stack.api(`/api/v1/customers/${id}`);
    expect(stored.body).toMatchObject({ notes: '导入更新', version: created.body.version + 1 });
    expect(stored.body.phones).toEqual(['+8613900139555']);
  }, 15_000);
});

describe('customers Excel export and template', () => {
  it('gives the template: the header row and the instructions in Chinese and English', async () => {
    const r = await download('/api/v1/customers/import/template');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(XLSX);
    expect(r.headers.get('content-disposition')).toContain('attachment');
    const sheets = await readBack(r.bytes);
    expect(sheets['客户']).toEqual([
      [
        '名称',
        '类型',
        '电话',
        '邮箱',
        '省',
        '市',
        '区',
        '地址',
        '来源',
        '标签',
        '备注',
        '等级',
        '分类',
        '负责人',
      ],
    ]);
    const help = sheets['说明 Instructions']!.map((row) => row.join(' ')).join('\n');
    expect(help).toContain('名称、类型为必填');
    expect(help).toContain('Name and Kind are required');
  });

  it('exports only what the caller’s scope shows, with formulas neutralised', async () => {
    const ownAuth = await as({
      userId: OWN_ID,
      username: 'wang.own',
      branchId: 'main',
      dataScope: 'own',
      permissions: ['customers.read', 'customers.create', 'customers.export'],
    });
    for (const name of ['王的客户甲', '=HYPERLINK("http://evil.example","点我")'])
      expect(
        (
          await stack.api('/api/v1/customers', {
            method: 'POST',
            body: { kind: 'INDIVIDUAL', name },
            headers: ownAuth,
          })
        ).status,
      ).toBe(201);
    const r = await download('/api/v1/customers/export', ownAuth);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(XLSX);
    expect(r.headers.get('content-disposition')).toMatch(
      /^attachment; filename=".*\.xlsx"; filename\*=UTF-8''/,
    );
    const rows = (await readBack(r.bytes))['客户']!;
    expect(rows[0]![0]).toBe('名称');
    expect(rows.slice(1).map((row) => [row[0], row[13]])).toEqual([
      ['\'=HYPERLINK("http://evil.example","点我")', 'wang.own'],
      ['王的客户甲', 'wang.own'],
    ]);
    expect(
      (await download('/api/v1/customers/export', await as({ permissions: ['customers.read'] }))).status,
    ).toBe(403);
  });

  it('applies the list filters, and an export imports again unchanged', async () => {
    const filtered = await download('/api/v1/customers/export?q=绿野');
    expect((await readBack(filtered.bytes))['客户']!.slice(1).map((row) => row[0])).toEqual(['绿野农庄']);

    const all = await download('/api/v1/customers/export?sort=name');
    const exported = (await readBack(all.bytes))['客户']!;
    const before = await stack.pool.query(
      'SELECT name, kind, phones, email, tags, level, grade_class, notes, owner_id FROM customers ORDER BY name',
    );
    // Gone (and their events with them), then back from the file.
    await stack.pool.query('DELETE FROM customers');
    const r = await upload(all.bytes);
    expect(r.body).toMatchObject({
      totalRows: exported.length - 1,
      imported: exported.length - 1,
      failed: 0,
      errors: [],
    });
    const after = await stack.pool.query(
      'SELECT name, kind, phones, email, tags, level, grade_class, notes, owner_id FROM customers ORDER BY name',
    );
    expect(after.rows).toEqual(before.rows);
  });
});
