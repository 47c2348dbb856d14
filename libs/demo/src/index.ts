// Demo data (`npm start -- --demo`): each service owns its part in services/<name>/demo/index.ts,
// written against the public REST API as the demo administrator, so that a part only relies on
// what users rely on. The runner runs the parts once the system is ready, each after the parts it
// names in `after`, and only into an empty system.

export type DemoMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a part is given. */
export interface DemoContext {
  /**
   * Calls `/api/v1<path>` as the demo administrator (JSON in and out); a non-2xx answer throws an
   * Error that carries the problem's detail and field errors.
   */
  api<T = unknown>(method: DemoMethod, path: string, body?: unknown): Promise<T>;
  /**
   * What earlier parts left for later ones, by key: identity leaves `branches`
   * (`DemoBranch[]`) and `users` (`DemoUser[]`), customers leaves `customers` (`DemoCustomer[]`);
   * a part documents the keys it adds.
   */
  shared: Map<string, unknown>;
  /** A seeded random number in [0, 1): the same demo on every machine. */
  random(): number;
  /** One line for the runner's output. */
  log(message: string): void;
}

export interface DemoBranch {
  id: string;
  code: string;
  name: string;
}

export interface DemoUser {
  id: string;
  username: string;
  /** The built-in role's key. */
  role: string;
  branchId: string;
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
