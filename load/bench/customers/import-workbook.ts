import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/** One row of the benchmark's import file, as the import reads it and as COPY gets it. */
export interface ImportRow {
  name: string;
  kind: '公司' | '个人';
  phone: string;
  email: string;
  province: string;
  city: string;
  address: string;
  tags: string;
  level: '普通' | '高意向';
  customerClass: string;
}

/** Row i of the import: names and phones that none of the generated customers has. */
export function importRow(i: number): ImportRow {
  return {
    name: `导入客户${i}号${i % 2 ? '农庄' : '商贸'}`,
    kind: i % 3 ? '公司' : '个人',
    phone: `139 ${String(i).padStart(8, '0').slice(0, 4)} ${String(i).padStart(8, '0').slice(4)}`,
    email: `import${i}@example.com`,
    province: '广东省',
    city: '广州市',
    address: `天河路${i % 999}号`,
    tags: i % 4 ? 'VIP、展会' : '',
    level: i % 7 ? '普通' : '高意向',
    customerClass: ['A', 'B', 'C', ''][i % 4]!,
  };
}

/** The .xlsx file of `count` rows as Excel would save it (shared strings), built with exceljs. */
export async function importWorkbook(count: number): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => out.on('end', resolve));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: true,
    useStyles: false,
  });
  const sheet = wb.addWorksheet('客户');
  sheet.addRow(['名称', '类型', '电话', '邮箱', '省', '市', '地址', '标签', '等级', '分类']).commit();
  for (let i = 1; i <= count; i++) {
    const r = importRow(i);
    sheet
      .addRow([
        r.name,
        r.kind,
        r.phone,
        r.email,
        r.province,
        r.city,
        r.address,
        r.tags,
        r.level,
        r.customerClass,
      ])
      .commit();
  }
  sheet.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}
