import type pg from 'pg';

/** Bytes per CopyData message. */
const CHUNK_BYTES = 1_048_576;

/**
 * `COPY … FROM STDIN` on a client (in the caller's transaction when it has one): sends `data` as
 * the protocol's copy-in and resolves once PostgreSQL stored every row, or rejects with its error
 * (which aborts the caller's transaction, as any failed statement does). pg has no API for copy-in;
 * the client runs any object with the submittable's handlers, which is what pg-copy-streams does too.
 *
 * For many rows at once: PostgreSQL parses COPY's text format far more cheaply than the same rows
 * as a JSON parameter (half the time for the outbox's events, see appendToOutbox).
 */
export function copyIn(client: pg.ClientBase, sql: string, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed = false;
    const submittable = {
      submit(connection: { query(text: string): void }) {
        connection.query(sql);
      },
      handleCopyInResponse(connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void }) {
        for (let at = 0; at < data.length; at += CHUNK_BYTES)
          connection.sendCopyFromChunk(data.subarray(at, at + CHUNK_BYTES));
        connection.endCopyFrom();
      },
      handleCommandComplete() {},
      handleReadyForQuery() {
        if (!failed) resolve();
      },
      handleError(err: Error) {
        failed = true;
        reject(err);
      },
    };
    void client.query(submittable as unknown as pg.QueryConfig);
  });
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const escapeSpecial = (c: string) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r');

/** A value in COPY's text format: NULL as \N; backslash, tab, newline and carriage return escaped. */
export function copyValue(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  const text = String(value);
  // Most values have nothing to escape: testing first spares a copy of each (an import's 100,000 events).
  return SPECIAL.test(text) ? text.replace(SPECIALS, escapeSpecial) : text;
}

/** A text[] in COPY's text format: the array literal (each element quoted), then escaped as a value. */
export function copyTextArray(values: readonly string[]): string {
  return copyValue(`{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
}

/** Rows of values (already encoded with copyValue / copyTextArray) as COPY's text format. */
export function copyRows(rows: readonly (readonly string[])[]): Buffer {
  let text = '';
  for (const row of rows) text += `${row.join('\t')}\n`;
  return Buffer.from(text);
}
