/**
 * npm run bench:customers — issue 4's customer benchmarks, on the system started as `npm start`
 * starts it (identity, customers, analytics, gateway as their own processes, their own databases):
 *   1. BENCH_CUSTOMERS (default 1,000,000) customers generated with SQL into the customers database
 *      (after its migrations, with the columns the repository writes), three in five with a card;
 *   2. through the gateway (autocannon): lookup by card UID and by phone (a random customer of all of
 *      them each time, so mostly Redis misses answered by PostgreSQL, and a hot set of 1,000 that
 *      Redis answers), and name search (substring, the list's first page);
 *   3. import of a BENCH_IMPORT_ROWS (default 100,000) row .xlsx through POST /api/v1/customers/import.
 * Beside each, a raw baseline in the same run: the same indexed query with a bare `pg` pool at the
 * same concurrency, and COPY of the same rows into a scratch table. Loopback only, bounded in time;
 * the machine is shared and noisy, so read the baselines beside the figures.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import { copyIn } from '@crm/db';
import { signInForWork, startSystemUnderTest } from '../../e2e/support/system-under-test';
import { importRow, importWorkbook } from './customers/import-workbook';
import { cardOf, phoneOf, searchFragments, seedCustomers } from './customers/seed-customers';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
/**
 * Requests in flight at once (closed loop: each connection sends its next request when the answer
 * came). 4 lookups in flight is the peak of a company of some twenty branches (a tap or a call per
 * branch every few seconds), 4 searches as many people typing at the same moment; more in flight
 * on this 2-core machine measures queueing, not the path.
 */
const LOOKUP_CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4);
const SEARCH_CONNECTIONS = Number(process.env.BENCH_SEARCH_CONNECTIONS ?? 4);
const TARGETS = { lookupP99Ms: 20, searchP95Ms: 100, importRowsPerSec: 10_000 };
/**
 * BENCH_ONLY=import measures the import (and its COPY baseline) alone, after the generated customers;
 * BENCH_ONLY=lookups the lookups and the search alone.
 */
const ONLY = process.env.BENCH_ONLY ?? '';
if (!['', 'import', 'lookups'].includes(ONLY))
  throw new Error(`BENCH_ONLY: 'import' or 'lookups', not ${ONLY}`);

interface Figure {
  name: string;
  connections: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  target?: string;
}

const log = (line: string) => console.log(line);
const random = (n: number) => 1 + Math.floor(Math.random() * n);

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

function figure(
  name: string,
  connections: number,
  latencies: number[],
  seconds: number,
  failures: number,
): Figure {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    name,
    connections,
    reqPerSec: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    failures,
  };
}

/** autocannon against the gateway, a new path per request; latencies of every answer kept for the percentiles. */
async function http(
  name: string,
  base: string,
  headers: Record<string, string>,
  nextPath: () => string,
  connections: number,
): Promise<Figure> {
  const run = async (duration: number) => {
    const latencies: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: base,
          headers,
          connections,
          duration,
          requests: [{ setupRequest: (req) => ({ ...req, path: nextPath() }) }],
        },
        (err, res) => (err ? reject(err) : resolve(res)),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
    });
    return { latencies, failures: result.errors + result.non2xx };
  };
  await run(2); // warm-up: JIT, pools, connections
  const { latencies, failures } = await run(DURATION_S);
  return figure(name, connections, latencies, DURATION_S, failures);
}

/** The raw floor: the query itself with a bare pg pool, `connections` loops for DURATION_S. */
async function rawQuery(
  name: string,
  pool: pg.Pool,
  connections: number,
  next: () => [string, unknown[]],
): Promise<Figure> {
  const run = async (seconds: number) => {
    const latencies: number[] = [];
    let failures = 0;
    const end = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < end) {
          const [sql, params] = next();
          const t = performance.now();
          try {
            await pool.query(sql, params);
            latencies.push(performance.now() - t);
          } catch {
            failures++;
          }
        }
      }),
    );
    return { latencies, failures };
  };
  await run(2);
  const { latencies, failures } = await run(DURATION_S);
  return figure(name, connections, latencies, DURATION_S, failures);
}

const cardHolder = () => {
  for (;;) {
    const uid = cardOf(random(CUSTOMERS));
    if (uid) return uid;
  }
};
/**
 * A search as people type it: a 2-character brand, a brand + business, or an English fragment. A few
 * brands name no generated customer (their numbers are the English names'): searches that find nothing.
 */
const searchTerm = () => {
  const { prefixes, suffixes } = searchFragments;
  const k = Math.random();
  if (k < 0.4) return prefixes[random(prefixes.length) - 1]!;
  if (k < 0.8)
    return `${prefixes[random(prefixes.length) - 1]!}${suffixes[random(suffixes.length) - 1]!.slice(0, 2)}`;
  return `Trading ${random(CUSTOMERS / 10) * 10}`.slice(0, 12);
};
const like = (term: string) => `%${term.replace(/[\\%_]/g, '\\$&')}%`;

async function main(): Promise<void> {
  const started = performance.now();
  log(
    `bench:customers — ${CUSTOMERS.toLocaleString('en')} customers, import of ${IMPORT_ROWS.toLocaleString('en')} rows; ` +
      `${DURATION_S} s per measurement; ${LOOKUP_CONNECTIONS} connections for lookups, ${SEARCH_CONNECTIONS} for search`,
  );
  const system = await startSystemUnderTest({ RATE_LIMIT_API_PER_MINUTE: '100000000' });
  const base = system.httpUrl.replace('localhost', '127.0.0.1');
  const customersDbUrl = system.services.customers!.databaseUrl!;
  const db = new pg.Client({ connectionString: customersDbUrl });
  const pool = new pg.Pool({
    connectionString: customersDbUrl,
    max: Math.max(LOOKUP_CONNECTIONS, SEARCH_CONNECTIONS),
  });
  await db.connect();
  try {
    const token = await signInForWork(base, 'admin', system.adminPassword);
    const auth = { authorization: `Bearer ${token}` };
    const me = (await (await fetch(`${base}/api/v1/auth/me`, { headers: auth })).json()) as {
      id: string;
      branchId: string;
    };

    log(`generating ${CUSTOMERS.toLocaleString('en')} customers with SQL …`);
    const seedSeconds = await seedCustomers(db, {
      count: CUSTOMERS,
      branchId: me.branchId,
      ownerId: me.id,
      log,
    });
    log(`  done in ${seedSeconds.toFixed(0)} s`);

    const hotCards = Array.from({ length: 1000 }, cardHolder);
    const hotPhones = Array.from({ length: 1000 }, () => phoneOf(random(CUSTOMERS)));
    const pick = <T>(list: T[]) => list[random(list.length) - 1]!;
    const figures: Figure[] = [];
    const lookupTarget = `p99 < ${TARGETS.lookupP99Ms} ms`;
    if (ONLY !== 'import') {
      figures.push({
        ...(await http(
          'card lookup, random of all (gateway)',
          base,
          auth,
          () => `/api/v1/customer-lookups/card?uid=${cardHolder()}`,
          LOOKUP_CONNECTIONS,
        )),
        target: lookupTarget,
      });
      figures.push({
        ...(await http(
          'card lookup, hot 1,000 (gateway, Redis)',
          base,
          auth,
          () => `/api/v1/customer-lookups/card?uid=${pick(hotCards)}`,
          LOOKUP_CONNECTIONS,
        )),
        target: lookupTarget,
      });
      figures.push(
        await rawQuery('  baseline: card query, bare pg', pool, LOOKUP_CONNECTIONS, () => [
          `SELECT c.* FROM customers c JOIN customer_cards d ON d.customer_id = c.id
         WHERE d.uid = $1 AND d.status = 'active' AND c.deleted_at IS NULL`,
          [cardHolder()],
        ]),
      );
      figures.push({
        ...(await http(
          'phone lookup, random of all (gateway)',
          base,
          auth,
          () => `/api/v1/customer-lookups/phone?phone=${encodeURIComponent(phoneOf(random(CUSTOMERS)))}`,
          LOOKUP_CONNECTIONS,
        )),
        target: lookupTarget,
      });
      figures.push({
        ...(await http(
          'phone lookup, hot 1,000 (gateway, Redis)',
          base,
          auth,
          () => `/api/v1/customer-lookups/phone?phone=${encodeURIComponent(pick(hotPhones))}`,
          LOOKUP_CONNECTIONS,
        )),
        target: lookupTarget,
      });
      figures.push(
        await rawQuery('  baseline: phone query, bare pg', pool, LOOKUP_CONNECTIONS, () => [
          'SELECT * FROM customers WHERE phones @> ARRAY[$1]::text[] AND deleted_at IS NULL',
          [phoneOf(random(CUSTOMERS))],
        ]),
      );
      figures.push({
        ...(await http(
          'name search, first page (gateway)',
          base,
          auth,
          () => `/api/v1/customers?q=${encodeURIComponent(searchTerm())}`,
          SEARCH_CONNECTIONS,
        )),
        target: `p95 < ${TARGETS.searchP95Ms} ms`,
      });
      figures.push(
        await rawQuery('  baseline: name query, bare pg', pool, SEARCH_CONNECTIONS, () => {
          // The list's query for the first page (customer-search.repository), without the rest of the path.
          const term = searchTerm();
          return [...term].length >= 2
            ? [
                `SELECT * FROM customers c WHERE c.deleted_at IS NULL
                 AND customers_name_bigrams(c.name) @> customers_name_bigrams($2) AND c.name ILIKE $1
               ORDER BY c.seq DESC LIMIT 51`,
                [like(term), term],
              ]
            : [
                'SELECT * FROM customers c WHERE c.deleted_at IS NULL AND c.name ILIKE $1 ORDER BY c.seq DESC LIMIT 51',
                [like(term)],
              ];
        }),
      );
    }

    let importFigures: { importSeconds: number; copySeconds: number } | undefined;
    if (ONLY !== 'lookups') {
      log(`\nbuilding the ${IMPORT_ROWS.toLocaleString('en')}-row .xlsx …`);
      const file = await importWorkbook(IMPORT_ROWS);
      log(`  ${(file.length / 1024 / 1024).toFixed(1)} MiB; importing through the gateway …`);
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(file)]), 'bench-import.xlsx');
      const t0 = performance.now();
      const res = await fetch(`${base}/api/v1/customers/import`, {
        method: 'POST',
        body: form,
        headers: auth,
      });
      const report = (await res.json()) as { imported: number; failed: number; errors: unknown[] };
      const importSeconds = (performance.now() - t0) / 1000;
      if (res.status !== 200 || report.imported !== IMPORT_ROWS)
        throw new Error(
          `the import did not take every row: ${res.status} ${JSON.stringify(report).slice(0, 500)}`,
        );

      // The same rows with COPY into a scratch table of the customers columns, without indexes.
      await db.query(
        'CREATE TABLE bench_import_copy (LIKE customers INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING GENERATED)',
      );
      const csv = (v: string) => `"${v.replace(/"/g, '""')}"`;
      const lines: string[] = [];
      for (let i = 1; i <= IMPORT_ROWS; i++) {
        const r = importRow(i);
        lines.push(
          [
            crypto.randomUUID(),
            me.branchId,
            me.id,
            r.kind === '公司' ? 'CUSTOMER_KIND_COMPANY' : 'CUSTOMER_KIND_INDIVIDUAL',
            r.name,
            r.name,
            `{+86${r.phone.replace(/\D/g, '')}}`,
            r.email,
            r.province,
            r.city,
            r.address,
            `{${r.tags.split('、').filter(Boolean).join(',')}}`,
            r.level === '普通' ? 'ordinary' : 'high_intent',
            r.customerClass,
            me.id,
            new Date().toISOString(),
            new Date().toISOString(),
          ]
            .map((v) => csv(v))
            .join(','),
        );
      }
      const copyData = Buffer.from(`${lines.join('\n')}\n`);
      const t1 = performance.now();
      await copyIn(
        db,
        `COPY bench_import_copy (id, branch_id, owner_id, kind, name, name_normalized, phones, email, province, city,
         address_detail, tags, level, grade_class, created_by, created_at, updated_at) FROM STDIN WITH (FORMAT csv, NULL '')`,
        copyData,
      );
      const copySeconds = (performance.now() - t1) / 1000;
      importFigures = { importSeconds, copySeconds };
    }

    console.log('');
    console.log('| measurement | connections | req/s | p50 ms | p95 ms | p99 ms | failures | target |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const f of figures) {
      const met =
        f.target === undefined
          ? ''
          : `${f.target}: ${(f.target.startsWith('p95') ? f.p95 < TARGETS.searchP95Ms : f.p99 < TARGETS.lookupP99Ms) ? 'met' : 'MISSED'}`;
      console.log(
        `| ${f.name} | ${f.connections} | ${f.reqPerSec.toFixed(0)} | ${f.p50.toFixed(1)} | ${f.p95.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.failures} | ${met} |`,
      );
    }
    if (importFigures) {
      const { importSeconds, copySeconds } = importFigures;
      console.log('');
      console.log('| import | rows | seconds | rows/s | target |');
      console.log('| --- | ---: | ---: | ---: | --- |');
      const rate = IMPORT_ROWS / importSeconds;
      console.log(
        `| .xlsx through POST /api/v1/customers/import | ${IMPORT_ROWS} | ${importSeconds.toFixed(1)} | ${rate.toFixed(0)} | ≥ ${TARGETS.importRowsPerSec} rows/s: ${rate >= TARGETS.importRowsPerSec ? 'met' : 'MISSED'} |`,
      );
      console.log(
        `|   baseline: COPY of the same rows into a scratch table (no indexes) | ${IMPORT_ROWS} | ${copySeconds.toFixed(1)} | ${(IMPORT_ROWS / copySeconds).toFixed(0)} | |`,
      );
    }
    console.log(
      `\ngenerating ${CUSTOMERS.toLocaleString('en')} customers took ${seedSeconds.toFixed(0)} s; the whole run ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    if (figures.some((f) => f.failures > 0)) process.exitCode = 1;
  } finally {
    await pool.end();
    await db.end();
    await system.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
