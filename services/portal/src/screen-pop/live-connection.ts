import { reconnectDelay, type BackoffOptions } from './backoff';
import { parseLiveMessage, type ScreenPop } from './live-message';
import { SeenIds } from './seen-ids';

export type LiveState = 'connecting' | 'open' | 'waiting' | 'stopped';

/** The part of the browser's WebSocket this uses (a fake one in tests). */
export interface WebSocketLike {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  close(code?: number, reason?: string): void;
}

export interface LiveConnectionOptions {
  /** The socket URL, resuming after `since` (the last event id received) when given. */
  url(since: string | undefined): string;
  /**
   * A usable access token: renewed first when `renew` (the last attempt was refused before opening,
   * e.g. an expired token) or when it is about to expire; null when there is no session.
   */
  token(renew: boolean): Promise<string | null>;
  createSocket(url: string, protocols: string[]): WebSocketLike;
  onPop(pop: ScreenPop): void;
  /** Where to resume on the first connect: the last event id seen before a page reload. */
  since?: string;
  /** Told each event id received, so that a reload can resume after it. */
  onResumePoint?(id: string): void;
  onState?(state: LiveState): void;
  random?: () => number;
  backoff?: BackoffOptions;
  /** A socket open this long counts as stable: the next drop starts the backoff over (default 10 s). */
  stableMs?: number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * One live connection per portal tab: connects with the access token in the subprotocol
 * (`bearer, <token>`: browsers cannot send headers on an upgrade), resumes with ?since=<last event id>
 * after a drop, reconnects with exponential backoff (jittered), renews the token when an attempt is
 * refused before opening, and hands each pop on once (ids already seen are dropped).
 */
export class LiveConnection {
  private socket: WebSocketLike | undefined;
  private timer: unknown;
  private attempt = 0;
  private renewNext = false;
  private stopped = true;
  /** Bumped by start(): a connect still waiting for its token from before a stop() then gives up. */
  private generation = 0;
  private lastId: string | undefined;
  private readonly seen = new SeenIds();
  private state: LiveState = 'stopped';
  private readonly now: () => number;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: LiveConnectionOptions) {
    this.now = options.now ?? Date.now;
    this.lastId = options.since;
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  }

  get current(): LiveState {
    return this.state;
  }

  /** The id a reconnect resumes after. */
  get since(): string | undefined {
    return this.lastId;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.generation += 1;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
    const socket = this.socket;
    this.socket = undefined;
    if (socket) {
      socket.onclose = null;
      socket.onmessage = null;
      socket.close(1000, 'bye');
    }
    this.setState('stopped');
  }

  /** Connects now instead of at the end of the backoff (e.g. the browser is back online). */
  reconnectNow(): void {
    if (this.stopped || this.state !== 'waiting') return;
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
    void this.connect();
  }

  private setState(state: LiveState): void {
    if (this.state === state) return;
    this.state = state;
    this.options.onState?.(state);
  }

  private async connect(): Promise<void> {
    this.timer = undefined;
    const generation = this.generation;
    this.setState('connecting');
    const renew = this.renewNext;
    this.renewNext = false;
    let token: string | null;
    try {
      token = await this.options.token(renew);
    } catch {
      token = null;
    }
    if (this.stopped || generation !== this.generation) return;
    if (!token) return this.retry();
    const socket = this.options.createSocket(this.options.url(this.lastId), ['bearer', token]);
    this.socket = socket;
    let openedAt: number | undefined;
    socket.onopen = () => {
      openedAt = this.now();
      this.setState('open');
    };
    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      const pop = parseLiveMessage(event.data);
      if (!pop) return;
      this.lastId = pop.id;
      this.options.onResumePoint?.(pop.id);
      if (this.seen.add(pop.id)) this.options.onPop(pop);
    };
    socket.onerror = () => undefined; // onclose follows and decides
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      if (this.stopped) return;
      // Refused before opening: most likely the token (expired, or the session renewed elsewhere).
      if (openedAt === undefined) this.renewNext = true;
      else if (this.now() - openedAt >= (this.options.stableMs ?? 10_000)) this.attempt = 0;
      this.retry();
    };
  }

  private retry(): void {
    if (this.stopped) return;
    this.setState('waiting');
    const delay = reconnectDelay(this.attempt, this.options.random ?? Math.random, this.options.backoff);
    this.attempt += 1;
    this.timer = this.setTimer(() => void this.connect(), delay);
  }
}
