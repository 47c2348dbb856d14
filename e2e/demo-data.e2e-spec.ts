// `npm start -- --demo` (issue 10 item 9): the runner started as npm starts it, with the flag, on the
// test servers (its own databases, NATS namespace and Redis prefix); what it prints is what a new user
// reads. Then the demo through the API: the counts it printed, a sign-in of every member of staff with
// the password printed for them, the printed administrator password still the one-time one, the edge
// site's test tap popping the printed card's customer on a clerk's live socket; and a second start
// with the flag, which changes nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { randomId, testNatsUrl, testPgUrl, testRedisUrl, waitFor } from '@crm/testing';
import { apiCaller, login, nextPassword, removeSystemData, signInForWork } from './support/system-under-test';

const REPO = path.resolve(__dirname, '..');
const id = randomId();
const where = {
  dbPrefix: `crm_e2e_${id}_`,
  namespace: `e2e_${id}`,
  redisPrefix: `crm_e2e_${id}_`,
  dataDir: path.join(tmpdir(), `crm-e2e-demo-${id}`),
};
const env: NodeJS.ProcessEnv = {
  // The test runner's own settings stay out (jest's NODE_ENV, a developer's CRM_*).
  ...Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(CRM_|npm_|JEST_|NODE_ENV$)/.test(key)),
  ),
  CRM_PG_URL: testPgUrl(),
  CRM_NATS_URL: testNatsUrl(),
  CRM_REDIS_URL: testRedisUrl(),
  CRM_DB_PREFIX: where.dbPrefix,
  CRM_DATA_DIR: where.dataDir,
  CRM_HTTP_PORT: '0',
  CRM_EDGE_GRPC_PORT: '0',
  // Read by every service the runner starts (they get its environment).
  NATS_NAMESPACE: where.namespace,
  LOG_LEVEL: 'warn',
  // Every member of staff signs in here from one address within a minute: more than the 20 a minute
  // one address gets by default (a brute-force brake, not what this test is about).
  RATE_LIMIT_LOGIN_PER_MINUTE: '1000',
  NO_COLOR: '1',
};

interface Run {
  child: ChildProcess;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  stop(): Promise<number | null>;
}

/** `npm start -- --demo`, in its own process group as a terminal job is. */
function npmStartDemo(): Run {
  const child = spawn('npm', ['start', '--silent', '--', '--demo'], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return {
    child,
    output: () => output,
    waitFor: async (pattern, timeoutMs = 300_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = pattern.exec(output);
        if (found) return found;
        if (child.exitCode !== null)
          throw new Error(`npm start exited (${child.exitCode}) before ${pattern}:\n${output.slice(-3000)}`);
        if (Date.now() > deadline)
          throw new Error(`no ${pattern} within ${timeoutMs / 1000} s:\n${output.slice(-3000)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async stop() {
      if (child.exitCode === null) process.kill(-(child.pid as number), 'SIGINT');
      return exited;
    },
  };
}

interface Staff {
  username: string;
  password: string;
  name: string;
  role: string;
  branch: string;
}

/** The rows of the sign-in table the runner printed (columns two spaces or more apart). */
function staffTable(output: string): Staff[] {
  const block = output.slice(output.indexOf('  Sign in at '), output.indexOf('  Edge site '));
  return block
    .split('\n')
    .filter(
      (line) => /^ {4}\S/.test(line) && !line.startsWith('    USERNAME') && !line.startsWith('    admin '),
    )
    .map((line) => {
      const [username, password, name, role, branch] = line.trim().split(/\s{2,}/) as string[];
      return { username, password, name, role, branch } as Staff;
    });
}

const count = (text: string) => Number(text.replaceAll(',', ''));

type Api = ReturnType<typeof apiCaller>;
interface Page<T> {
  items: T[];
  nextPageToken?: string | null;
}

async function all<T>(api: Api, pathname: string): Promise<T[]> {
  const items: T[] = [];
  let token = '';
  do {
    const separator = pathname.includes('?') ? '&' : '?';
    const page = await api<Page<T>>(
      'GET',
      `${pathname}${separator}pageSize=200${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`,
    );
    items.push(...page.items);
    token = page.nextPageToken ?? '';
  } while (token);
  return items;
}

interface Customer {
  id: string;
  branchId: string;
  ownerId: string | null;
  status: string;
  contacts: unknown[];
  cards: { uid: string; status: string }[];
}

/** What the system holds, counted through the API as the administrator. */
async function census(api: Api) {
  const customers = await all<Customer>(api, '/customers');
  return {
    branches: (await all<{ name: string }>(api, '/branches')).map((b) => b.name).sort(),
    users: (await all<{ username: string }>(api, '/users')).map((u) => u.username).sort(),
    sites: (await all<{ id: string }>(api, '/sites')).length,
    departments: (await all<{ id: string }>(api, '/departments')).length,
    employees: (await all<{ id: string }>(api, '/employees')).length,
    customers: customers.length,
    pending: customers.filter((c) => c.status === 'PENDING_REVIEW').length,
    withContacts: customers.filter((c) => c.contacts.length > 0).length,
    withCards: customers.filter((c) => c.cards.some((card) => card.status === 'ACTIVE')).length,
    inPool: customers.filter((c) => c.ownerId === null).length,
  };
}

describe('npm start -- --demo', () => {
  afterAll(() => removeSystemData(where), 120_000);

  let adminPassword = '';
  let before: Awaited<ReturnType<typeof census>> | undefined;

  it(
    'loads the demo into a new system: the counts it printed, a sign-in for every printed password, the test tap pops the printed customer',
    async () => {
      const run = npmStartDemo();
      try {
        adminPassword = (await run.waitFor(/^runner +\| +password: (\S+)$/m))[1] as string;
        const loaded = await run.waitFor(
          /Demo data (?:loaded in ([\d.]+) s \(([^)]*)\)|: only partly loaded)/,
        );
        const output = run.output();
        if (!loaded[1]) throw new Error(`the demo data was not loaded:\n${output.slice(-3000)}`);
        console.warn(`demo data loaded in ${loaded[1]} s (${loaded[2]})`);
        const base = /Portal and API: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] as string;
        const made =
          /([\d,]+) customers by Excel import \(([^)]*)\) and (\d+) waiting for review; (\d+) with contacts, (\d+) cards, (\d+) follow-ups, (\d+) in the public pool, (\d+) churned/.exec(
            output,
          );
        expect(made).not.toBeNull();
        const [, imported, , pending, withContacts, cards, followUps, pooled, churned] = (
          made as RegExpExecArray
        ).map(String);
        const staff = staffTable(output);
        const sites = [...output.matchAll(/ {2}Edge site (\S+): SITE_ID=(\S+) SITE_KEY=(\S+) /g)].map(
          (m) => ({ name: m[1] as string, id: m[2] as string, key: m[3] as string }),
        );
        const tap = / {2}Test tap: .* with card UID (\w+): it pops (\S+) on /.exec(output);
        expect(tap).not.toBeNull();
        const [, cardUid, popped] = tap as RegExpExecArray;

        // A few thousand customers, and each secret printed once (the administrator's in its banner).
        expect(count(imported as string)).toBeGreaterThanOrEqual(2000);
        for (const secret of [adminPassword, ...staff.map((s) => s.password), ...sites.map((s) => s.key)])
          expect(output.split(secret)).toHaveLength(2);
        expect(sites).toHaveLength(2);

        // The printed administrator password is still the one-time one the banner says it is.
        const first = await fetch(`${base}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: adminPassword }),
        });
        expect(first.status).toBe(200);
        expect(
          ((await first.json()) as { user: { mustChangePassword: boolean } }).user.mustChangePassword,
        ).toBe(true);
        const adminToken = await signInForWork(base, 'admin', adminPassword);
        const admin = apiCaller(base, () => adminToken);

        before = await census(admin);
        expect(before).toMatchObject({
          branches: ['宿州分公司', '总部'],
          sites: 2,
          customers: count(imported as string) + Number(pending),
          pending: Number(pending),
          withContacts: Number(withContacts),
          withCards: Number(cards),
          inPool: Number(pooled),
        });
        expect(before.users).toEqual(['admin', 'demo', ...staff.map((s) => s.username)].sort());
        expect(before.departments).toBeGreaterThanOrEqual(5);
        expect(before.employees).toBeGreaterThan(staff.length);
        expect(Number(followUps)).toBeGreaterThan(100);
        const churn = await admin<{ items: unknown[] }>('GET', '/customers/churn?status=confirmed&limit=200');
        expect(churn.items).toHaveLength(Number(churned));
        // The printed card finds its customer.
        const holder = await admin<{ customer: { id: string; name: string } }>(
          'GET',
          `/customer-lookups/card?uid=${cardUid}`,
        );
        expect(holder.customer.name).toBe(popped);

        // Every built-in role has someone, and each signs in with the password printed for them.
        const { items: roles } = await admin<Page<{ key: string | null; builtIn: boolean }>>('GET', '/roles');
        const builtIn = roles.filter((r) => r.builtIn).map((r) => r.key as string);
        expect(new Set(staff.map((s) => s.role))).toEqual(new Set(builtIn));
        const tokens = new Map<string, string>();
        for (const member of staff) {
          const token = await signInForWork(base, member.username, member.password);
          tokens.set(member.username, token);
          const as = apiCaller(base, () => token);
          const me = await as<{ id: string; roles: { key: string }[] }>('GET', '/auth/me');
          expect(me.roles.map((r) => r.key)).toEqual([member.role]);
          if (member.role === 'account_manager' || member.role === 'sales_supervisor') {
            // Their data scope shows them customers: their own, or their department's and below.
            const seen = await as<Page<Customer>>('GET', '/customers?pageSize=50');
            expect(seen.items.length).toBeGreaterThan(0);
            if (member.role === 'account_manager')
              expect(seen.items.every((c) => c.ownerId === me.id)).toBe(true);
          }
        }

        // The test tap of the head office's site pops the printed customer on a clerk's screen there.
        const clerk = staff.find((s) => s.role === 'service_staff' && s.branch === '总部') as Staff;
        const site = sites.find((s) => s.name === '总部门市部') as { id: string };
        const socket = new WebSocket(`${base.replace('http', 'ws')}/api/v1/live`, [
          'bearer',
          tokens.get(clerk.username) as string,
        ]);
        const messages: { type: string; payload: { edgeEventId?: string; pop?: { name: string } } }[] = [];
        socket.on('message', (data) => messages.push(JSON.parse(String(data))));
        await once(socket, 'open');
        try {
          const tapped = await admin<{ eventId: string }>('POST', `/sites/${site.id}/test-tap`, { cardUid });
          await waitFor(() => messages.some((m) => m.payload.edgeEventId === tapped.eventId), {
            timeoutMs: 20_000,
            message: `the pop of test tap ${tapped.eventId} (got ${messages.length} messages)`,
          });
          const pop = messages.find((m) => m.payload.edgeEventId === tapped.eventId);
          expect(pop?.type).toBe('crm.customers.customer.recognized');
          expect(pop?.payload.pop?.name).toBe(popped);
        } finally {
          socket.close();
        }
      } finally {
        expect(await run.stop()).toBe(0);
      }
    },
    10 * 60_000,
  );

  it(
    'a second start with --demo says the system is not new and changes nothing',
    async () => {
      expect(before).toBeDefined();
      const run = npmStartDemo();
      try {
        const refused = await run.waitFor(/ {2}demo data not loaded: (.*)$/m);
        expect(refused[1]).toContain('has been started before');
        const output = run.output();
        expect(output).not.toContain('Demo data loaded');
        expect(output).not.toMatch(/password: /);
        const base = /Portal and API: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] as string;
        const token = await login(base, 'admin', nextPassword(adminPassword));
        expect(await census(apiCaller(base, () => token))).toEqual(before);
      } finally {
        expect(await run.stop()).toBe(0);
      }
    },
    5 * 60_000,
  );
});
