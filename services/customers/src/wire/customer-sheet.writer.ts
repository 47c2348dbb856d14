import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { importColumns } from '../domain/customer-import-columns';
import type { CustomFieldDefinition } from '../domain/custom-fields';
import type { ExportSink } from '../domain/export-customers.use-case';

export const SHEET_NAME = '客户';

/**
 * A streamed .xlsx (exceljs WorkbookWriter, no shared strings, no styles): rows are committed as
 * they arrive and the bytes come out of `stream` while the export is still reading.
 */
export function streamedCustomerWorkbook(): {
  stream: PassThrough;
  sink: ExportSink;
  finish(): Promise<void>;
} {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(SHEET_NAME);
  return {
    stream,
    sink: {
      async header(cells) {
        sheet.addRow(cells).commit();
      },
      async rows(rows) {
        for (const r of rows) sheet.addRow(r).commit();
      },
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

const instructions: [string, string][] = [
  ['说明', 'Instructions'],
  [
    '第一张工作表的第一行是列名，可用中文或英文列名（如「名称」或「Name」），不要增加其他列。',
    'The first row of the first sheet holds the column names, in Chinese or English (e.g. 名称 or Name); add no other columns.',
  ],
  [
    '名称、类型为必填；类型填「公司」或「个人」。',
    'Name and Kind are required; Kind is 公司 (company) or 个人 (individual).',
  ],
  [
    '电话可填多个，用逗号或「、」分隔，任意格式（如 138 0013 8000、+86 10 6552 9988）。',
    'Phone may hold several numbers separated by commas or 、, in any format (e.g. 138 0013 8000, +86 10 6552 9988).',
  ],
  ['标签用逗号或「、」分隔。', 'Tags are separated by commas or 、.'],
  [
    '等级填「普通」或「高意向」；分类填 A、B 或 C。',
    'Level is 普通 (ordinary) or 高意向 (high intent); Class is A, B or C.',
  ],
  ['负责人填用户名，留空则为导入人。', 'Owner is a username; empty means the person importing.'],
  [
    '自定义字段的列名为字段名称；日期填 YYYY-MM-DD 或日期单元格。',
    'Custom fields use their label as the column name; dates as YYYY-MM-DD or date cells.',
  ],
  [
    '与已有客户同名或同电话的行会报错；选择「更新」模式时，电话相同的客户会被更新（只更新非空单元格）。',
    'Rows with the name or phone of an existing customer are errors; in upsert mode a phone match updates that customer (non-empty cells only).',
  ],
  [
    '有错误的行不会导入，其余行照常导入；可先「试运行」检查。',
    'Rows with errors are not imported, the others are; a dry run checks the file first.',
  ],
];

/** The import template: the header row of the branch's columns and a sheet of instructions (zh-CN, English). */
export async function importTemplateWorkbook(
  header: string[],
  definitions: CustomFieldDefinition[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.addRow(header);
  sheet.getRow(1).font = { bold: true };
  header.forEach((_h, i) => {
    sheet.getColumn(i + 1).width = 16;
  });
  const help = workbook.addWorksheet('说明 Instructions');
  for (const line of instructions) help.addRow(line);
  help.addRow([]);
  help.addRow(['列名', 'Column', '必填 / Required']);
  for (const c of importColumns) help.addRow([c.zh, c.en, c.required ? '是 / yes' : '']);
  for (const d of definitions)
    help.addRow([
      d.label,
      `${d.key} (${d.type}${d.options.length ? `: ${d.options.join(', ')}` : ''})`,
      d.required ? '是 / yes' : '',
    ]);
  help.getColumn(1).width = 60;
  help.getColumn(2).width = 80;
  help.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
