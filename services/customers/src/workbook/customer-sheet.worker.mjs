// The parsing half of readCustomerSheet (customer-sheet.reader.ts), run in a worker thread so that
// exceljs's XML parsing (a third of an import's CPU) overlaps the checks and writes on the main
// thread. Plain JavaScript (an ES module): a worker thread is not run through tsx or jest's TypeScript
// transform.
//
// It takes jobs one at a time: { kind: 'job', id, bytes: Uint8Array, chunkRows, ahead }, then
// posts { kind: 'header', cells } once, { kind: 'rows', rows: [{ row, cells }] } per chunk (empty rows
// left out), then { kind: 'end' }, or { kind: 'failed', message } when the file cannot be read, each
// with the job's id. It waits for a { kind: 'next', id } from the reader whenever `ahead` chunks are not
// taken yet. The reader reuses a worker that finished its job (its code is warm by then) and ends one
// it abandoned half-way.
import { Readable } from 'node:stream';
import { parentPort } from 'node:worker_threads';
import ExcelJS from 'exceljs';

let job;
let untaken = 0;
let wake;
parentPort.on('message', (message) => {
  if (message.kind === 'job') {
    job = message;
    untaken = 0;
    run(message).catch((err) => post({ kind: 'failed', message: String(err?.message ?? err) }, false));
  } else if (message.kind === 'next' && message.id === job?.id) {
    untaken--;
    if (wake) {
      wake();
      wake = undefined;
    }
  }
});
const post = async (message, wait = true) => {
  parentPort.postMessage({ ...message, id: job.id });
  if (wait && ++untaken >= job.ahead) await new Promise((resolve) => (wake = resolve));
};

/** A cell flattened to a plain value: rich text → text, a formula → the value Excel computed. */
function plain(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return null;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return plain(v.result ?? null);
  if ('hyperlink' in v) return plain(v.text ?? null);
  return null;
}

/** The row's cells, 0-based. */
function cellsOf(row) {
  const values = row.values;
  const cells = [];
  for (let i = 1; i < values.length; i++) cells.push(plain(values[i]));
  return cells;
}

async function run({ bytes, chunkRows }) {
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
  let header = false;
  let chunk = [];
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const cells = cellsOf(row);
      if (!cells.some((c) => c !== null && c !== '')) continue;
      if (!header) {
        header = true;
        await post({ kind: 'header', cells });
        continue;
      }
      chunk.push({ row: row.number, cells });
      if (chunk.length >= chunkRows) {
        const rows = chunk;
        chunk = [];
        await post({ kind: 'rows', rows });
      }
    }
    break; // the first sheet only
  }
  if (chunk.length > 0) await post({ kind: 'rows', rows: chunk });
  await post({ kind: 'end' }, false);
}
