// Demo data (`npm start -- --demo`): each service owns its part in services/<name>/demo/index.ts,
// written against the public REST API as the demo administrator, so that a part only relies on
// what users rely on. The runner runs the parts once the system is ready, each after the parts it
// names in `after`, and only into an empty system.

export type DemoMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a part is given. */
export interface DemoContext {
  /**
   * Calls `/api/v1<path>` as the demo administrator (JSON in and out); a non-2xx answer throws an
   * Error that carries the problem's detail and field errors (a DemoApiError).
   * A `FormData` body is sent as multipart/form-data instead (an upload, e.g. an Excel import).
   * A change of the administrator's own user (`PATCH /users/<its id>`, e.g. its department, which a
   * token carries) renews the session, so that the calls after it act with the change.
   */
  api<T = unknown>(method: DemoMethod, path: string, body?: unknown): Promise<T>;
  /**
   * What earlier parts left for later ones, by key: identity leaves `branches`
   * (`DemoBranch[]`, the head office first), `departments` (`DemoDepartment[]`), `users`
   * (`DemoUser[]`) and `sites` (`DemoSite[]`), customers leaves `customers` (`DemoCustomer[]`);
   * a part documents the keys it adds.
   */
  shared: Map<string, unknown>;
  /** A seeded random number in [0, 1): the same demo on every machine. */
  random(): number;
  /** What the part made, for its line in the runner's output (several calls are joined with "; "). */
  log(message: string): void;
}

export interface DemoBranch {
  id: string;
  code: string;
  name: string;
}

export interface DemoDepartment {
  id: string;
  branchId: string;
  number: string;
  name: string;
  parentId: string | null;
}

export interface DemoUser {
  id: string;
  username: string;
  /** The built-in role's key. */
  role: string;
  branchId: string;
  displayName?: string;
  departmentId?: string | null;
  /** Telephone extension (a call to it pops on this user's screen). */
  extension?: string | null;
  /**
   * The initial password, when the part set one: the runner prints it once with the username (the
   * user changes it at the first sign-in). Never kept anywhere else.
   */
  password?: string;
}

/** An edge site (the agent at a branch's counter). */
export interface DemoSite {
  id: string;
  branchId: string;
  name: string;
  /** Its key, shown once: the runner prints it for the site's agent. */
  key: string;
}

export interface DemoCustomer {
  id: string;
  branchId: string;
  ownerId: string | null;
  name: string;
  /** E.164. */
  phone: string | null;
  /** An active card's UID, when the customer has one. */
  cardUid: string | null;
}

export interface DemoPart {
  /** The service it belongs to. */
  name: string;
  /** The parts that must have run first (their `shared` keys are there). */
  after?: string[];
  seed(ctx: DemoContext): Promise<void>;
}

/** A service's part of the demo data, as services/<name>/demo/index.ts exports it (`demoPart`). */
export const defineDemoPart = (part: DemoPart): DemoPart => part;

/** A shared value another part left, or an error naming the key and the part that should have. */
export function sharedOf<T>(ctx: DemoContext, key: string): T {
  if (!ctx.shared.has(key)) throw new Error(`demo data: "${key}" is missing (run its part first)`);
  return ctx.shared.get(key) as T;
}

/** A field the API refused, as its problem names it (`body.phones[2]`). */
export interface DemoFieldError {
  field: string;
  message: string;
}

/** A non-2xx answer of `ctx.api`: the status and the problem (RFC 9457) the API gave. */
export class DemoApiError extends Error {
  constructor(
    readonly method: DemoMethod,
    readonly path: string,
    readonly status: number,
    readonly problem: {
      code?: string;
      detail?: string;
      errors?: DemoFieldError[];
      [member: string]: unknown;
    },
  ) {
    const fields = (problem.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
    super(
      `${method} ${path} → ${status}${problem.detail ? ` ${problem.detail}` : ''}${fields ? ` (${fields})` : ''}`,
    );
    this.name = 'DemoApiError';
  }
}

/**
 * Runs `task` for each item, at most `concurrency` at a time (the API's writes, side by side on a
 * small machine), in order of the items; the first failure stops the rest and is thrown.
 */
export async function forEachAtMost<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        await task(items[index] as T, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** An item of `items` picked with the part's seeded random. */
export const pick = <T>(ctx: Pick<DemoContext, 'random'>, items: readonly T[]): T =>
  items[Math.floor(ctx.random() * items.length)] as T;

/** Letters and digits only, none that look alike (0/O, 1/l/I): read off a terminal and typed. */
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A password of `length` characters (about 5.8 bits each) from the machine's secure random source,
 * never from the part's seeded one: the same demo everywhere, but not the same passwords. Never one
 * containing `username` (the password rules refuse those).
 */
export function randomPassword(length = 16, username = ''): string {
  // Rejection sampling: only bytes below the largest multiple of the alphabet's size, so no bias.
  const limit = 256 - (256 % PASSWORD_ALPHABET.length);
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit) out += PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length];
      if (out.length === length) break;
    }
  }
  return username && out.toLowerCase().includes(username.toLowerCase())
    ? randomPassword(length, username)
    : out;
}
