// The parsing half of readCustomerSheet (customer-sheet.reader.ts), run in a worker thread so that
// exceljs's XML parsing and, for an import, the checks of every row (ImportRowChecker: the rules of
// create, libphonenumber, the in-file duplicates, together most of an import's CPU) run beside the
// import's writes on the main thread. Started through customer-sheet.worker-entry.mjs, which loads
// this TypeScript with tsx (a worker thread runs neither the main thread's loaders nor jest's).
//
// It takes jobs one at a time: { kind: 'job', id, bytes: Uint8Array, chunkRows, ahead, check? }, then
// posts { kind: 'header', cells, check? } once, { kind: 'rows', rows: [{ row, cells }] } per chunk
// (empty rows left out; with `check` (a RowCheckContext) instead { kind: 'rows', count, checked }),
// then { kind: 'end' }, or { kind: 'failed', message } when the file cannot be read, each with the
// job's id. For the Owner column it asks { kind: 'owners', names } and waits for the reader's
// { kind: 'owners', found }. It waits for a { kind: 'next', id } from the reader whenever `ahead`
// chunks are not taken yet. The reader reuses a worker that finished its job (its code is warm by
// then) and ends one it abandoned half-way.
import { Readable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import type { CellValue } from '../domain/customer-import-columns';
import { ImportRowChecker, type RowCheckContext } from '../domain/import-row-checker';

interface Job {
  kind: 'job';
  id: string;
  bytes: Uint8Array;
  chunkRows: number;
  ahead: number;
  check?: RowCheckContext;
}

const port = parentPort!;
let job: Job | undefined;
let untaken = 0;
let wake: (() => void) | undefined;
let owners: ((found: Map<string, string>) => void) | undefined;

port.on('message', (message: { kind: string; id?: string; found?: Map<string, string> }) => {
  if (message.kind === 'job') {
    job = message as Job;
    untaken = 0;
    run(job).catch((err: unknown) =>
      post({ kind: 'failed', message: String((err as Error)?.message ?? err) }, false),
    );
  } else if (message.id !== job?.id) {
    return;
  } else if (message.kind === 'next') {
    untaken--;
    wake?.();
    wake = undefined;
  } else if (message.kind === 'owners') {
    owners?.(message.found ?? new Map());
    owners = undefined;
  }
});

async function post(message: Record<string, unknown>, wait = true): Promise<void> {
  port.postMessage({ ...message, id: job!.id });
  if (wait && ++untaken >= job!.ahead) await new Promise<void>((resolve) => (wake = resolve));
}

const askOwners = (names: string[]) =>
  new Promise<Map<string, string>>((resolve) => {
    owners = resolve;
    port.postMessage({ kind: 'owners', names, id: job!.id });
  });

/** A cell flattened to a plain value: rich text → text, a formula → the value Excel computed. */
function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return null;
  if ('richText' in v) return (v.richText as { text: string }[]).map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return plain((v as { result?: unknown }).result ?? null);
  if ('hyperlink' in v) return plain((v as { text?: unknown }).text ?? null);
  return null;
}

/** The row's cells, 0-based. */
function cellsOf(row: ExcelJS.Row): CellValue[] {
  const values = row.values as unknown[];
  const cells: CellValue[] = [];
  for (let i = 1; i < values.length; i++) cells.push(plain(values[i]));
  return cells;
}

async function run({ bytes, chunkRows, check }: Job): Promise<void> {
  const checker = check && new ImportRowChecker(check);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]),
    {
      sharedStrings: 'cache',
      // Styles tell dates from numbers.
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    },
  );
  const deliver = async (rows: { row: number; cells: CellValue[] }[]) => {
    if (!checker) return post({ kind: 'rows', rows });
    const checked = await checker.rows(rows, askOwners);
    return post({ kind: 'rows', count: rows.length, checked });
  };
  let header = false;
  let chunk: { row: number; cells: CellValue[] }[] = [];
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const cells = cellsOf(row);
      if (!cells.some((c) => c !== null && c !== '')) continue;
      if (!header) {
        header = true;
        const headerCheck = checker?.header(cells);
        await post({ kind: 'header', cells, check: headerCheck });
        // A refused header ends the job: the reader throws the refusal.
        if (headerCheck && !headerCheck.ok) return post({ kind: 'end' }, false);
        continue;
      }
      chunk.push({ row: row.number, cells });
      if (chunk.length >= chunkRows) {
        const rows = chunk;
        chunk = [];
        await deliver(rows);
      }
    }
    break; // the first sheet only
  }
  if (chunk.length > 0) await deliver(chunk);
  await post({ kind: 'end' }, false);
}
