import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DomainError, invalidArgument } from '@crm/errors';
import type { CellValue } from '../domain/customer-import-columns';
import type { SheetSink } from '../domain/import-customers.use-case';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Data rows handed over at a time. */
const CHUNK_ROWS = 1000;

/**
 * Reads the first sheet of an .xlsx file into `sink`: its first non-empty row is the header, the
 * non-empty rows after it the data (with their Excel row numbers), in chunks as they are parsed
 * (exceljs WorkbookReader). Refuses more than `maxRows` data rows as soon as it sees one more.
 * Anything that is not a readable .xlsx is INVALID_ARGUMENT naming the file.
 */
export async function readCustomerSheet(bytes: Buffer, maxRows: number, sink: SheetSink): Promise<void> {
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw notXlsx();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    // Styles tell dates from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let header = false;
  let count = 0;
  let chunk: { row: number; cells: CellValue[] }[] = [];
  // What the sink throws is its own failure (a refused header, storage), never "not an .xlsx".
  let sinkError: unknown;
  const deliver = async (fn: () => unknown) => {
    try {
      await fn();
    } catch (err) {
      sinkError = err;
      throw err;
    }
  };
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const cells = cellsOf(row);
        if (!cells.some((c) => c !== null && c !== '')) continue;
        if (!header) {
          header = true;
          await deliver(() => sink.header(cells));
          continue;
        }
        if (++count > maxRows)
          throw invalidArgument(`the file has more than ${maxRows} rows; split it`, [
            { field: 'file', message: `at most ${maxRows} rows` },
          ]);
        chunk.push({ row: row.number, cells });
        if (chunk.length >= CHUNK_ROWS) {
          await deliver(() => sink.rows(chunk));
          chunk = [];
        }
      }
      break; // the first sheet only
    }
  } catch (err) {
    if (sinkError !== undefined || err instanceof DomainError) throw err;
    throw notXlsx();
  }
  if (!header)
    throw invalidArgument('the first sheet is empty; it needs a header row', [
      { field: 'file', message: 'has no header row' },
    ]);
  if (chunk.length > 0) await sink.rows(chunk);
}

const notXlsx = () =>
  invalidArgument('the file is not an Excel workbook (.xlsx)', [
    { field: 'file', message: 'is not an .xlsx file' },
  ]);

/** The row's cells, 0-based, flattened to plain values. */
function cellsOf(row: ExcelJS.Row): CellValue[] {
  const values = row.values as ExcelJS.CellValue[];
  const cells: CellValue[] = [];
  for (let i = 1; i < values.length; i++) cells.push(plain(values[i]));
  return cells;
}

function plain(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return null;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  // A formula counts with the value Excel computed for it, never with its text.
  if ('formula' in v || 'sharedFormula' in v)
    return plain((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ('hyperlink' in v) return plain((v as { text?: ExcelJS.CellValue }).text ?? null);
  return null;
}
