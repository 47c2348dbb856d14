// `npm start -- --demo` once the system is ready: the demo administrator's session, then every part
// of the demo data in order, timed, one line each. A part that fails stops the ones after it (they
// may need what it makes); the system keeps running with what was made.
import type { DemoBranch, DemoContext, DemoCustomer, DemoSite, DemoUser } from '@crm/demo';
import { discoverDemoParts } from './demo-parts';
import { openDemoSession } from './demo-session';
import type { RunningSystem } from './system.types';

export interface DemoPartOutcome {
  name: string;
  ms: number;
  /** What the part said it made (ctx.log). */
  made: string[];
  /** Set when it failed. */
  error?: string;
}

export interface DemoOutcome {
  /** loaded: every part ran; failed: one failed (or the session could not be opened); refused: not a new system. */
  status: 'loaded' | 'failed' | 'refused';
  /** Why it was refused, or what failed before any part ran. */
  reason?: string;
  parts: DemoPartOutcome[];
  ms: number;
  /** What the parts left (ctx.shared): the staff with their first passwords, the sites with their keys. */
  branches: DemoBranch[];
  users: DemoUser[];
  sites: DemoSite[];
  customers: DemoCustomer[];
  /** The account the parts acted as. */
  account?: { id: string; username: string };
  /** The administrator's first password was chosen and printed by the runner (else CRM_ADMIN_PASSWORD). */
  adminPasswordChosenByRunner: boolean;
}

/** mulberry32: a small, good enough generator; seeded per part, so one part's draws do not shift another's. */
export function seededRandom(seed: string): () => number {
  let state = 0;
  for (const char of seed) state = (Math.imul(state ^ char.charCodeAt(0), 0x5bd1e995) + 0x9e3779b9) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Loads the demo data into the running system as its `demo` plan says; never throws. */
export async function loadDemoData(
  system: RunningSystem,
  options: { rootDir: string; bundle: boolean; say: (line: string) => void },
): Promise<DemoOutcome> {
  const startedAt = Date.now();
  const shared = new Map<string, unknown>();
  const plan = system.demo;
  const outcome = (status: DemoOutcome['status'], rest: Partial<DemoOutcome> = {}): DemoOutcome => ({
    status,
    parts: [],
    ms: Date.now() - startedAt,
    branches: (shared.get('branches') as DemoBranch[] | undefined) ?? [],
    users: (shared.get('users') as DemoUser[] | undefined) ?? [],
    sites: (shared.get('sites') as DemoSite[] | undefined) ?? [],
    customers: (shared.get('customers') as DemoCustomer[] | undefined) ?? [],
    adminPasswordChosenByRunner: plan?.load === true && plan.chosenByRunner,
    ...rest,
  });
  if (!plan) return outcome('refused', { reason: 'not asked for' });
  if (!plan.load) {
    options.say(`demo data ${plan.reason}`);
    return outcome('refused', { reason: plan.reason });
  }
  let session: Awaited<ReturnType<typeof openDemoSession>>;
  let parts: Awaited<ReturnType<typeof discoverDemoParts>>;
  try {
    [parts, session] = await Promise.all([
      discoverDemoParts(options.rootDir, Object.keys(system.services), { bundle: options.bundle }),
      openDemoSession(system.httpUrl, plan.adminPassword),
    ]);
  } catch (error) {
    options.say(`demo data not loaded: ${message(error)}`);
    return outcome('failed', { reason: message(error) });
  }
  options.say(
    `demo data: ${parts.length} parts (${parts.map((p) => p.name).join(', ')}), as "${session.account.username}"`,
  );
  const done: DemoPartOutcome[] = [];
  for (const part of parts) {
    const made: string[] = [];
    const context: DemoContext = {
      api: session.api,
      shared,
      random: seededRandom(part.name),
      log: (line) => made.push(line),
    };
    const partStartedAt = Date.now();
    try {
      await part.seed(context);
    } catch (error) {
      const ms = Date.now() - partStartedAt;
      done.push({ name: part.name, ms, made, error: message(error) });
      options.say(`demo data: ${part.name} failed after ${seconds(ms)}: ${message(error)}`);
      const rest = parts.slice(parts.indexOf(part) + 1).map((p) => p.name);
      if (rest.length) options.say(`demo data: not run after it: ${rest.join(', ')}`);
      return outcome('failed', { parts: done, account: session.account });
    }
    const ms = Date.now() - partStartedAt;
    done.push({ name: part.name, ms, made });
    options.say(`demo data: ${part.name} in ${seconds(ms)}${made.length ? `: ${made.join('; ')}` : ''}`);
  }
  return outcome('loaded', { parts: done, account: session.account });
}
