// The Excel workbook of the import and export (R-CUS-7) is a wire format like the proto messages: this
// reader, its worker and the writer turn it into the domain's rows and back, below grpc/ (which streams
// the file) and above domain/ (whose rules check each row), and keep nothing themselves.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { invalidArgument } from '@crm/errors';
import type { CellValue } from '../domain/customer-import-columns';
import type { CheckedSheetSink } from '../domain/import-customers.use-case';
import type { CheckedRows, HeaderCheck, RowCheckContext } from '../domain/import-row-checker';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Data rows handed over at a time. */
const CHUNK_ROWS = 1000;
/** Chunks the parser may run ahead of the sink (bounds the memory a big file takes while it waits). */
const CHUNKS_AHEAD = 4;

const workerFile = path.join(__dirname, 'customer-sheet.worker-entry.mjs');

/**
 * A parser thread that finished its last job, kept for the next import: starting one (loading exceljs,
 * then running its code cold) costs more than a small file takes to read. Unref'd while idle, so it
 * keeps no process alive; one that stops while idle is replaced.
 */
let idle: Worker | undefined;

function takeParser(): Worker {
  const worker = idle ?? startParser();
  idle = undefined;
  worker.ref();
  return worker;
}

function startParser(): Worker {
  // The entry loads tsx itself: none of the main thread's loaders (or jest's transform) reach a worker.
  const worker = new Worker(workerFile, { execArgv: [] });
  worker.on('error', () => undefined); // reported to the import that has it (parserMessages)
  worker.once('exit', () => {
    if (idle === worker) idle = undefined;
  });
  return worker;
}

/**
 * A parser that finished its job is kept if none is. One abandoned half-way, or that failed to read a
 * file (exceljs may still have work of it under way), is ended.
 */
async function releaseParser(worker: Worker, finished: boolean): Promise<void> {
  worker.removeAllListeners('message');
  if (finished && !idle) {
    worker.unref();
    idle = worker;
  } else await worker.terminate();
}

/** Where readCustomerSheet delivers the first sheet: the header row, then the data rows in chunks (empty rows left out). */
export interface SheetSink {
  header(cells: CellValue[]): void;
  rows(rows: { row: number; cells: CellValue[] }[]): Promise<void>;
}

type ParserMessage =
  | { kind: 'header'; cells: CellValue[]; check?: HeaderCheck }
  | { kind: 'rows'; rows: { row: number; cells: CellValue[] }[] }
  | { kind: 'rows'; count: number; checked: CheckedRows }
  | { kind: 'owners'; names: string[] }
  | { kind: 'end' }
  | { kind: 'failed'; message: string };

/**
 * Reads the first sheet of an .xlsx file into `sink`: its first non-empty row is the header, the
 * non-empty rows after it the data (with their Excel row numbers), in chunks as they are parsed
 * (exceljs WorkbookReader, in a worker thread: parsing runs on a core of its own while the sink
 * checks and writes the chunks before). Refuses more than `maxRows` data rows as soon as it sees one
 * more. Anything that is not a readable .xlsx is INVALID_ARGUMENT naming the file.
 */
export async function readCustomerSheet(bytes: Buffer, maxRows: number, sink: SheetSink): Promise<void> {
  await readSheet(bytes, maxRows, undefined, {
    header: (m) => sink.header(m.cells),
    rows: (m) => ('rows' in m ? sink.rows(m.rows) : Promise.resolve()),
    owners: async () => new Map(),
  });
}

/**
 * readCustomerSheet for an import: the parser thread also checks the rows (ImportRowChecker with
 * `context`), and `sink` gets the header's check and each chunk's valid rows and errors.
 */
export async function readCheckedCustomerSheet(
  bytes: Buffer,
  maxRows: number,
  context: RowCheckContext,
  sink: CheckedSheetSink,
): Promise<void> {
  await readSheet(bytes, maxRows, context, {
    header: (m) => sink.header(m.check!),
    rows: (m) => ('checked' in m ? sink.rows(m.count, m.checked) : Promise.resolve()),
    owners: (names) => sink.ownerIds(names),
  });
}

async function readSheet(
  bytes: Buffer,
  maxRows: number,
  check: RowCheckContext | undefined,
  on: {
    header(message: Extract<ParserMessage, { kind: 'header' }>): void;
    rows(message: Extract<ParserMessage, { kind: 'rows' }>): Promise<void>;
    owners(names: string[]): Promise<Map<string, string>>;
  },
): Promise<void> {
  if (bytes.length < 4 || !bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw notXlsx();
  const worker = takeParser();
  const id = crypto.randomUUID();
  const messages = parserMessages(worker, id);
  worker.postMessage({ kind: 'job', id, bytes, chunkRows: CHUNK_ROWS, ahead: CHUNKS_AHEAD, check });
  let header = false;
  let count = 0;
  let finished = false;
  try {
    // What the sink throws is its own failure (a refused header, storage), never "not an .xlsx".
    for (;;) {
      const message = await messages.next();
      if (message.kind === 'failed') throw notXlsx();
      if (message.kind === 'end') {
        finished = true;
        break;
      }
      if (message.kind === 'owners') {
        worker.postMessage({ kind: 'owners', id, found: await on.owners(message.names) });
        continue;
      }
      if (message.kind === 'header') {
        header = true;
        on.header(message);
      } else {
        count += 'rows' in message ? message.rows.length : message.count;
        if (count > maxRows)
          throw invalidArgument(`the file has more than ${maxRows} rows; split it`, [
            { field: 'file', message: `at most ${maxRows} rows` },
          ]);
        await on.rows(message);
      }
      worker.postMessage({ kind: 'next', id });
    }
  } finally {
    await releaseParser(worker, finished);
  }
  if (!header)
    throw invalidArgument('the first sheet is empty; it needs a header row', [
      { field: 'file', message: 'has no header row' },
    ]);
}

/** The worker's messages in order; a worker that dies or stops without its last message is a failure. */
function parserMessages(worker: Worker, id: string): { next(): Promise<ParserMessage> } {
  const queue: ParserMessage[] = [];
  let waiting: ((m: ParserMessage) => void) | undefined;
  let finished = false;
  const deliver = (m: ParserMessage) => {
    if (finished) return;
    if (m.kind === 'end' || m.kind === 'failed') {
      finished = true;
      detach();
    }
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w(m);
    } else queue.push(m);
  };
  const onError = (err: Error) => deliver({ kind: 'failed', message: err.message });
  const onExit = () => deliver({ kind: 'failed', message: 'the parser stopped' });
  worker.on('message', (m: ParserMessage & { id: string }) => {
    if (m.id === id) deliver(m);
  });
  worker.on('error', onError);
  worker.on('exit', onExit);
  // Once the job is over, a worker kept for the next import no longer reports to this one.
  const detach = () => {
    worker.off('error', onError);
    worker.off('exit', onExit);
  };
  return {
    next: () => {
      const m = queue.shift();
      return m ? Promise.resolve(m) : new Promise((resolve) => (waiting = resolve));
    },
  };
}

const notXlsx = () =>
  invalidArgument('the file is not an Excel workbook (.xlsx)', [
    { field: 'file', message: 'is not an .xlsx file' },
  ]);
