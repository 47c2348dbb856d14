import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * A diagnostic beside the raw floor: the shape of the customers consumer's transaction alone —
 * BEGIN, three single-row INSERTs (its inbox, timeline and outbox rows), COMMIT (WAL flush) — on the
 * same PostgreSQL, in the bench's customers database, with nothing else around it. Tells how much of
 * the consumer's time per event is the database's. Run one at a time, as the consumer runs them.
 */
export class PgTransactionFloor {
  private client!: pg.Client;
  private chain: Promise<void> = Promise.resolve();
  private readonly started = new Map<string, number>();
  readonly latencies = new Map<string, number>();

  constructor(private readonly databaseUrl: string) {}

  async start(): Promise<void> {
    this.client = new pg.Client({ connectionString: this.databaseUrl });
    await this.client.connect();
    await this.client.query(
      'CREATE TABLE IF NOT EXISTS bench_floor_rows (id uuid PRIMARY KEY, kind text NOT NULL, body jsonb NOT NULL)',
    );
  }

  /** Queues one transaction; its latency counts from now, so waiting for the one before counts too. */
  fire(id: string): void {
    this.started.set(id, performance.now());
    const body = JSON.stringify({ id, padding: 'x'.repeat(600) });
    this.chain = this.chain
      .then(async () => {
        await this.client.query('BEGIN');
        for (const kind of ['inbox', 'timeline', 'outbox'])
          await this.client.query('INSERT INTO bench_floor_rows (id, kind, body) VALUES ($1, $2, $3)', [
            randomUUID(),
            kind,
            body,
          ]);
        await this.client.query('COMMIT');
        this.latencies.set(id, performance.now() - this.started.get(id)!);
      })
      .catch(async () => {
        // Counted as not delivered; the next one starts clean.
        await this.client.query('ROLLBACK').catch(() => undefined);
      });
  }

  /** Latencies of those of `ids` that finished, and how many did not. */
  outcome(ids: readonly string[]): { delivered: number[]; lost: number } {
    const delivered = ids.flatMap((id) => {
      const l = this.latencies.get(id);
      return l === undefined ? [] : [l];
    });
    return { delivered, lost: ids.length - delivered.length };
  }

  async stop(): Promise<void> {
    await this.chain;
    await this.client?.end();
  }
}
