// The demo's customers of one branch as rows of the customers Excel file (the import's columns, as
// its template names them: the service's own list), and the .xlsx that carries them to POST
// /customers/import.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { importColumns, type ImportColumnKey } from '../src/domain/customer-import-columns';
import {
  addressIn,
  companyName,
  landline,
  mobile,
  personName,
  pick,
  pickRegion,
  unique,
  type Address,
  type Phone,
  type Random,
  type Region,
} from './people';

export interface CustomerRow {
  kind: '公司' | '个人';
  name: string;
  phones: Phone[];
  email: string;
  address: Address;
  source: string;
  tags: string[];
  notes: string;
  level: '普通' | '高意向';
  customerClass: 'A' | 'B' | 'C' | '';
  /** The owner's username; empty: the importer. */
  owner: string;
}

const SOURCES = ['老客户介绍', '业务员开发', '电话咨询', '门店到访', '展会', '网络推广'];
const TAGS = ['肉鸡', '蛋鸡', '肉鸭', '鹅', '种鸡', '大客户', '现款', '月结'];
const NOTES = [
  '主要采购817肉杂鸡苗，每批约5000羽',
  '养殖规模约2万羽，每两月进一批苗',
  '要求送苗到场，卸车需提前电话联系',
  '对价格敏感，常比较几家孵化场报价',
  '需要开具增值税专用发票',
  '',
  '',
  '',
];

/** Every name and phone of the demo, so that none repeats across branches (the duplicate check would refuse it). */
export interface Taken {
  names: Set<string>;
  phones: Set<string>;
}

/** `count` customers of a branch in `regions`, owned by `owners` (usernames, the first ones more often). */
export function customerRows(
  random: Random,
  count: number,
  regions: readonly Region[],
  owners: readonly string[],
  taken: Taken,
): CustomerRow[] {
  const phone = (draw: () => Phone) => unique(taken.phones, (p: Phone) => p.e164, draw);
  return Array.from({ length: count }, () => {
    const region = pickRegion(random, regions);
    const address = addressIn(random, region);
    const company = random() < 0.7;
    const name = unique(
      taken.names,
      (n: string) => n,
      () => (company ? companyName(random, address) : personName(random)),
    );
    const phones = [phone(() => mobile(random))];
    if (company && random() < 0.5) phones.push(phone(() => landline(random, region)));
    const cls = random();
    return {
      kind: company ? '公司' : '个人',
      name,
      phones,
      email: random() < 0.2 ? `${Math.floor(100_000_000 + random() * 899_999_999)}@qq.com` : '',
      address,
      source: pick(random, SOURCES),
      tags: random() < 0.8 ? [pick(random, TAGS), ...(random() < 0.3 ? [pick(random, TAGS)] : [])] : [],
      notes: pick(random, NOTES),
      level: random() < 0.2 ? '高意向' : '普通',
      customerClass: cls < 0.15 ? 'A' : cls < 0.5 ? 'B' : cls < 0.85 ? 'C' : '',
      // Account managers (listed first) own most; a supervisor some.
      owner: owners.length ? (owners[Math.floor(random() ** 1.3 * owners.length)] as string) : '',
    } satisfies CustomerRow;
  });
}

/** A row's cell of each column of the customers file (the import's own list, so the two never part). */
const CELLS: Record<ImportColumnKey, (row: CustomerRow) => string> = {
  name: (row) => row.name,
  kind: (row) => row.kind,
  phone: (row) => row.phones.map((p) => p.written).join('，'),
  email: (row) => row.email,
  province: (row) => row.address.province,
  city: (row) => row.address.city,
  district: (row) => row.address.district,
  address: (row) => row.address.detail,
  source: (row) => row.source,
  tags: (row) => [...new Set(row.tags)].join('、'),
  notes: (row) => row.notes,
  level: (row) => row.level,
  class: (row) => row.customerClass,
  owner: (row) => row.owner,
};

/**
 * The rows as the customers file (.xlsx, one sheet, the template's header row in Chinese), written
 * as a stream without shared strings or styles (as the export writes it): a fraction of the time of
 * a workbook built in memory.
 */
export async function customerWorkbook(rows: readonly CustomerRow[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(importColumns.map((column) => column.zh)).commit();
  for (const row of rows) sheet.addRow(importColumns.map((column) => CELLS[column.key](row))).commit();
  sheet.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
