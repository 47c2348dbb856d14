import ExcelJS from 'exceljs';
import { DomainError } from '@crm/errors';
import type { CellValue } from '../src/domain/customer-import-columns';
import { readCustomerSheet } from '../src/wire/customer-sheet.reader';

// The reader parses in a worker thread that it keeps between imports: these check what it delivers,
// and that a refused or abandoned file leaves a parser that reads the next one correctly.

async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('客户');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function read(bytes: Buffer, maxRows = 100) {
  const got: { header?: CellValue[]; rows: { row: number; cells: CellValue[] }[] } = { rows: [] };
  await readCustomerSheet(bytes, maxRows, {
    header: (cells) => {
      got.header = cells;
    },
    rows: async (rows) => {
      got.rows.push(...rows);
    },
  });
  return got;
}

const many = (n: number) => Array.from({ length: n }, (_, i) => [`客户${i + 1}`, '公司', `1390013${i}`]);

describe('readCustomerSheet', () => {
  it('delivers the header, then every non-empty row with its Excel row number and plain values', async () => {
    const file = await workbook([
      ['名称', '类型', '生日'],
      [{ richText: [{ text: '青山' }, { text: '农场' }] }, '公司', new Date(Date.UTC(1990, 4, 6))],
      [],
      [{ formula: '1+1', result: 2 }, true, null],
    ]);
    const got = await read(file);
    expect(got.header).toEqual(['名称', '类型', '生日']);
    expect(got.rows).toEqual([
      { row: 2, cells: ['青山农场', '公司', new Date(Date.UTC(1990, 4, 6))] },
      { row: 4, cells: [2, true] },
    ]);
  });

  it('hands over a big sheet in order, in chunks', async () => {
    const file = await workbook([['名称', '类型', '电话'], ...many(2500)]);
    const got = await read(file, 2500);
    expect(got.rows).toHaveLength(2500);
    expect(got.rows.map((r) => r.row)).toEqual(Array.from({ length: 2500 }, (_, i) => i + 2));
    expect(got.rows[2499]!.cells).toEqual(['客户2500', '公司', '13900132499']);
  });

  it('refuses a damaged file, too many rows and an empty sheet, and reads the next file after each', async () => {
    const good = await workbook([
      ['名称', '类型'],
      ['绿野', '个人'],
    ]);
    const damaged = Buffer.concat([good.subarray(0, 200), Buffer.alloc(300, 7)]);
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => 'read',
        (err: unknown) => (err instanceof DomainError ? err.violations[0]?.message : String(err)),
      );

    expect(await refusal(read(damaged))).toBe('is not an .xlsx file');
    expect((await read(good)).rows).toEqual([{ row: 2, cells: ['绿野', '个人'] }]);

    const big = await workbook([['名称', '类型', '电话'], ...many(3000)]);
    expect(await refusal(read(big, 1500))).toBe('at most 1500 rows');
    expect((await read(good)).rows).toHaveLength(1);

    expect(await refusal(read(await workbook([])))).toBe('has no header row');
    expect((await read(good)).rows).toHaveLength(1);
  });

  it('stops at the first failure of the sink, which it passes on as it is', async () => {
    const file = await workbook([['名称', '类型', '电话'], ...many(3000)]);
    let chunks = 0;
    const failure = new Error('storage down');
    await expect(
      readCustomerSheet(file, 5000, {
        header: () => undefined,
        rows: async () => {
          chunks++;
          throw failure;
        },
      }),
    ).rejects.toBe(failure);
    expect(chunks).toBe(1);
    expect((await read(file, 5000)).rows).toHaveLength(3000);
  });
});
