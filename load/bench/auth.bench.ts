/**
 * npm run bench:auth — in one run, on the system started as `npm start` starts it:
 *   1. POST /api/v1/auth/login: logins per second with argon2id at the configured cost;
 *   2. GET /api/v1/auth/me with a bearer token (JWT verified by the gateway and by identity, Redis
 *      rate limit, one gRPC call) beside GET /healthz, the unauthenticated floor of the same gateway.
 * Loopback only, bounded in time. The machine is shared and noisy: read the ratios.
 */
import autocannon from 'autocannon';
import { startSystemUnderTest } from '../../e2e/support/system-under-test';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

async function run(name: string, opts: autocannon.Options) {
  await autocannon({ ...opts, duration: 2 });
  const r = await autocannon({ ...opts, duration: DURATION_S });
  return {
    name,
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

async function main(): Promise<void> {
  const system = await startSystemUnderTest({
    // The benchmark logs in thousands of times from one address.
    RATE_LIMIT_LOGIN_PER_MINUTE: '1000000',
    RATE_LIMIT_API_PER_MINUTE: '10000000',
  });
  const base = system.httpUrl.replace('localhost', '127.0.0.1');
  try {
    const credentials = JSON.stringify({ username: 'admin', password: system.adminPassword });
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: credentials,
    });
    if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    const { accessToken } = (await login.json()) as { accessToken: string };

    console.log(`bench:auth — ${CONNECTIONS} connections, ${DURATION_S} s per measurement, loopback only`);
    const rows = [
      await run('login (argon2id)', {
        url: `${base}/api/v1/auth/login`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: credentials,
        connections: Math.min(CONNECTIONS, 8),
      }),
      await run('unauthenticated GET /healthz', { url: `${base}/healthz`, connections: CONNECTIONS }),
      await run('authenticated GET /api/v1/auth/me', {
        url: `${base}/api/v1/auth/me`,
        headers: { authorization: `Bearer ${accessToken}` },
        connections: CONNECTIONS,
      }),
    ];
    console.log('');
    console.log('| measurement | req/s | p50 ms | p99 ms | errors | non-2xx |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const f of rows)
      console.log(
        `| ${f.name} | ${f.reqPerSec.toFixed(0)} | ${f.p50} | ${f.p99} | ${f.errors} | ${f.non2xx} |`,
      );
    const [, open, authed] = rows;
    console.log(
      `\nratio authenticated/unauthenticated throughput: ${(authed!.reqPerSec / open!.reqPerSec).toFixed(2)}`,
    );
    if (rows.some((r) => r.errors + r.non2xx > 0)) process.exitCode = 1;
  } finally {
    await system.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
