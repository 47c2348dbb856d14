import type pg from 'pg';

/**
 * `COPY … FROM STDIN` with the `pg` client itself (the protocol's copy-in), for the raw baseline:
 * sends `data` in 64 KiB messages and resolves once PostgreSQL has stored every row.
 */
export function copyFrom(client: pg.Client, sql: string, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const submittable = {
      submit(connection: { query(text: string): void }) {
        connection.query(sql);
      },
      handleCopyInResponse(connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void }) {
        for (let at = 0; at < data.length; at += 65_536)
          connection.sendCopyFromChunk(data.subarray(at, at + 65_536));
        connection.endCopyFrom();
      },
      handleCommandComplete() {},
      handleReadyForQuery() {
        resolve();
      },
      handleError(err: Error) {
        reject(err);
      },
    };
    void client.query(submittable as unknown as pg.QueryConfig);
  });
}
