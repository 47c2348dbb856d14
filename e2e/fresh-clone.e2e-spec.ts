// The README's two commands on a fresh clone, with nothing prepared: the committed HEAD of this
// checkout cloned into an empty folder, `npm ci` (the npm cache and the registry only), `npm start`
// with no CRM_* URLs (embedded PostgreSQL, nats-server and redis-server from PATH, the portal built
// on the way), then the portal's HTML at `/` and a log-in with the password the first start printed.
// As root (what CI runs as) and as an ordinary user (crm-ci, made by .ci/ensure-test-user.sh), each
// with the clone in a folder only its owner may enter, as a home folder is (/root: 0700).
// Only the ports are chosen, so that it runs beside a developer's own `npm start`.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { findFreePort } from '@crm/devservers';
import { descendants, stillRunning } from './support/process-tree';

const REPO = path.resolve(__dirname, '..');
const ORDINARY_USER = 'crm-ci';
const isRoot = process.getuid?.() === 0;

interface Account {
  name: string;
  uid?: number;
  gid?: number;
  env: NodeJS.ProcessEnv;
}

/** Root as it is (its own npm cache), or crm-ci as a login would set it up (an ordinary PATH: no sbin). */
function account(name: string): Account {
  if (name !== ORDINARY_USER) {
    // The test runner's own settings (jest's NODE_ENV, an outer npm's npm_*, CRM_*) stay out.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(CRM_|npm_|JEST_|NODE_ENV$|NODE_OPTIONS$)/.test(key)),
    );
    return { name, env };
  }
  let ids: string[];
  try {
    ids = execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim().split('\n');
  } catch {
    throw new Error(`There is no user ${name}: run .ci/ensure-test-user.sh (as root) first.`);
  }
  const uid = Number(ids[0]);
  const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
  const home = execFileSync('getent', ['passwd', name], { encoding: 'utf8' }).split(':')[5] as string;
  return {
    name,
    uid,
    gid,
    env: { HOME: home, USER: name, LOGNAME: name, PATH: '/usr/local/bin:/usr/bin:/bin', LANG: 'C.UTF-8' },
  };
}

interface Job {
  child: ChildProcess;
  output(): string;
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  exited: Promise<number | null>;
}

function run(who: Account, cwd: string, args: string[], env: Record<string, string> = {}): Job {
  const child = spawn('npm', args, {
    cwd,
    uid: who.uid,
    gid: who.gid,
    env: { ...who.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const tail = () => output.split('\n').slice(-60).join('\n');
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setInterval(() => {
          const found = pattern.exec(output);
          if (found) {
            clearInterval(timer);
            clearTimeout(deadline);
            resolve(found);
          }
        }, 100);
        const deadline = setTimeout(() => {
          clearInterval(timer);
          reject(new Error(`npm ${args.join(' ')}: no ${pattern} within ${timeoutMs / 1000} s:\n${tail()}`));
        }, timeoutMs);
        void exited.then((code) =>
          setTimeout(() => {
            clearInterval(timer);
            clearTimeout(deadline);
            reject(new Error(`npm ${args.join(' ')} exited (${code}) before ${pattern}:\n${tail()}`));
          }, 200),
        );
      }),
  };
}

const postgresUid = () => Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());

const who = isRoot ? ['root', ORDINARY_USER] : [userInfo().username];

describe('a fresh clone, installed and started as the README says', () => {
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();

  it.each(who)(
    'as %s: npm ci, npm start, the portal at / and a log-in; stopping it leaves nothing running',
    async (name) => {
      const user = account(name);
      // A home folder as `useradd` and Debian make them: its owner's alone (0700), as /root is. As root,
      // PostgreSQL's OS user cannot pass through it to the clone's .data nor to its node_modules.
      const parent = mkdtempSync(path.join(tmpdir(), 'crm-fresh-clone-'));
      chmodSync(parent, 0o700);
      if (user.uid !== undefined) chownSync(parent, user.uid, user.gid as number);
      const clone = path.join(parent, 'crm');
      let start: Job | undefined;
      let cluster: string | undefined;
      try {
        execFileSync('git', ['clone', '--quiet', '--no-checkout', REPO, clone]);
        execFileSync('git', ['checkout', '--quiet', '--detach', head], { cwd: clone });
        if (user.uid !== undefined) execFileSync('chown', ['-R', `${user.uid}:${user.gid}`, clone]);
        else chownSync(clone, process.getuid?.() ?? 0, process.getgid?.() ?? 0);

        const install = run(user, clone, ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
        const installed = await install.exited;
        if (installed !== 0)
          throw new Error(`npm ci failed (${installed}):\n${install.output().slice(-4000)}`);

        const ports = {
          CRM_HTTP_PORT: String(await findFreePort()),
          CRM_EDGE_GRPC_PORT: String(await findFreePort()),
          CRM_PG_PORT: String(await findFreePort()),
          CRM_NATS_PORT: String(await findFreePort()),
          CRM_REDIS_PORT: String(await findFreePort()),
        };
        start = run(user, clone, ['start'], ports);
        const password = (await start.waitFor(/^identity +\| +password: (\S+)$/m, 180_000))[1] as string;
        await start.waitFor(/Ready in [\d.]+ s/, 180_000);
        const base = `http://127.0.0.1:${ports.CRM_HTTP_PORT}`;
        // Where the cluster went: as root outside the closed folder, in a folder of its own that only
        // PostgreSQL's OS user may enter; the rest of .data (the keys, the logs) stays in the clone.
        cluster = /^ {2}PostgreSQL's cluster: (\S+) /m.exec(start.output())?.[1];
        if (name === 'root') {
          expect(cluster).toMatch(/^\/var\/lib\/crm\/[0-9a-f]{16}\/data$/);
          const folder = statSync(path.dirname(cluster as string));
          expect([folder.mode & 0o777, folder.uid]).toEqual([0o700, postgresUid()]);
          expect(existsSync(path.join(clone, '.data', 'postgres', 'postgres.log'))).toBe(true);
          expect(statSync(parent).mode & 0o777).toBe(0o700);
        } else {
          expect(cluster).toBeUndefined();
        }

        const page = await fetch(`${base}/`);
        expect(page.status).toBe(200);
        expect(page.headers.get('content-type')).toMatch(/^text\/html/);
        const html = await page.text();
        expect(html).toContain('<div id="root">');
        const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
        expect(script).toBeDefined();
        const code = await fetch(`${base}${script}`);
        expect(code.status).toBe(200);
        expect(code.headers.get('content-type')).toMatch(/javascript/);

        const login = await fetch(`${base}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password }),
        });
        expect(login.status).toBe(200);
        const session = (await login.json()) as {
          accessToken: string;
          user: { mustChangePassword: boolean };
        };
        // The printed password is a one-time one: the portal asks for a new one at once.
        expect(session.user.mustChangePassword).toBe(true);
        const me = await fetch(`${base}/api/v1/auth/me`, {
          headers: { authorization: `Bearer ${session.accessToken}` },
        });
        expect(me.status).toBe(200);
        expect(((await me.json()) as { username: string }).username).toBe('admin');

        // As a terminal's Ctrl-C would: everything stops, nothing it started is left.
        const started = descendants(start.child.pid as number);
        expect(started.length).toBeGreaterThan(5);
        process.kill(-(start.child.pid as number), 'SIGINT');
        expect(await start.exited).toBe(0);
        expect((await stillRunning(started, 20_000)).map((info) => info.command)).toEqual([]);
      } finally {
        if (start && start.child.exitCode === null && start.child.signalCode === null) {
          process.kill(start.child.pid as number, 'SIGTERM');
          await start.exited;
        }
        rmSync(parent, { recursive: true, force: true });
        // What the user would delete with the clone (README: Run it).
        if (cluster) rmSync(path.dirname(cluster), { recursive: true, force: true });
      }
    },
    15 * 60_000,
  );
});
