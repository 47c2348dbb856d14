/**
 * npm run bench:skeleton — GET /api/v1/customers/:id through gateway → gRPC → customers → PostgreSQL,
 * beside a bare Express → grpc-js echo baseline measured in the same run on the same machine (it is
 * shared and noisy: compare the ratio, not the absolute figures). Only 127.0.0.1 is targeted; each
 * measurement is bounded in time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { signInForWork, startSystemUnderTest } from '../../e2e/support/system-under-test';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const root = path.resolve(__dirname, '../..');

interface Figure {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function measure(name: string, url: string, headers: Record<string, string> = {}): Promise<Figure> {
  // Warm-up (JIT, connection pools), then the measured run.
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION_S });
  return {
    name,
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

function startProcess(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'echo-baseline.ts'), ...args],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.once('exit', (code) => reject(new Error(`baseline ${args[0]} exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const m = /ready (\d+)/.exec(chunk.toString());
      if (m?.[1]) resolve({ child, port: Number(m[1]) });
    });
  });
}

async function main(): Promise<void> {
  console.log(`bench:skeleton — ${CONNECTIONS} connections, ${DURATION_S} s per measurement, loopback only`);
  const grpcEcho = await startProcess(['grpc', '0']);
  const httpEcho = await startProcess(['http', '0', `127.0.0.1:${grpcEcho.port}`]);
  const system = await startSystemUnderTest({ RATE_LIMIT_API_PER_MINUTE: '10000000' });
  try {
    const token = await signInForWork(system.httpUrl, 'admin', system.adminPassword);
    const auth = { authorization: `Bearer ${token}` };
    const created = await fetch(`${system.httpUrl}/api/v1/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ kind: 'COMPANY', name: '基准客户', phone: '13800138000' }),
    });
    if (created.status !== 201)
      throw new Error(`could not create the customer: ${created.status} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };

    const baseline = await measure(
      'baseline: bare Express → grpc-js echo',
      `http://127.0.0.1:${httpEcho.port}/echo/${id}`,
    );
    const skeleton = await measure(
      'skeleton: GET /api/v1/customers/:id',
      `${system.httpUrl.replace('localhost', '127.0.0.1')}/api/v1/customers/${id}`,
      auth,
    );

    const rows = [baseline, skeleton];
    console.log('');
    console.log('| measurement | req/s | p50 ms | p99 ms | errors | non-2xx |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const f of rows)
      console.log(
        `| ${f.name} | ${f.reqPerSec.toFixed(0)} | ${f.p50} | ${f.p99} | ${f.errors} | ${f.non2xx} |`,
      );
    console.log('');
    console.log(
      `ratio skeleton/baseline: throughput ${(skeleton.reqPerSec / baseline.reqPerSec).toFixed(2)}, p99 ${(skeleton.p99 / Math.max(baseline.p99, 1)).toFixed(2)}`,
    );
    if (skeleton.errors + skeleton.non2xx > 0) process.exitCode = 1;
  } finally {
    await system.dispose();
    grpcEcho.child.kill();
    httpEcho.child.kill();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
