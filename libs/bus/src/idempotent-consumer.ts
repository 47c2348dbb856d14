import type { Consumer, ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type pg from 'pg';
import { fallbackLogger, withTransaction, type Logger } from '@crm/db';
import { backoffDelay, type BackoffOptions } from './backoff';
import {
  namespacedConsumer,
  namespacedStream,
  productionNamespace,
  type BusNamespace,
} from './bus-namespace';
import { publishToDeadLetter } from './dead-letter';
import { decodeEvent } from './event-codec';
import type { EventEnvelope } from './event-envelope';
import { recordInInbox } from './inbox.repository';
import { contextFromTraceparent } from './trace-context';

/** Runs inside the consumer's transaction; write through `client` so the writes commit with the inbox row. */
export type EventHandler<T> = (
  event: EventEnvelope<T>,
  client: pg.PoolClient,
  context: EventContext,
) => Promise<void>;

export interface EventContext {
  /**
   * With `pipelined`: resolves once the handler of the previous message of this one's ordering key
   * has returned (or its attempt ended). Await it right before the writes whose order matters, such
   * as appendToOutbox (seq order is publish order). Otherwise, and when there is none, at once.
   */
  previousHandled(): Promise<void>;
  /**
   * Runs `fn` once the transaction has committed, before the message is acked (e.g. publishing the
   * events just appended to the outbox without waiting for the relay: OutboxFastPath). The callbacks
   * of messages with the same ordering key run in stream order, one after another. A failure is
   * logged and otherwise ignored: whatever `fn` does must have a fallback (the relay).
   */
  afterCommit(fn: () => Promise<void>): void;
}

export interface IdempotentConsumerOptions<T> {
  js: JetStreamClient;
  /** The consuming service's own database (it holds the inbox table). */
  pool: pg.Pool;
  /** Stream and durable consumer names as in the topology files, without namespace prefix. */
  stream: string;
  durable: string;
  handler: EventHandler<T>;
  ns?: BusNamespace;
  logger?: Logger;
  /** Checks and converts the payload (e.g. a zod schema's parse); a throw dead-letters the message. */
  parsePayload?: (payload: unknown) => T;
  /** Attempts before dead-lettering (default: the consumer's max_deliver; never more than it). */
  maxDeliver?: number;
  /**
   * Delay before redelivery after a handler failure (default 1 s, doubling, at most 60 s). On a
   * consumer with `backoff`, NATS adds (backoff[n] - backoff[0]) to it; see ConsumerDefinition.
   */
  retry?: Partial<BackoffOptions>;
  /** Messages pulled at a time (default 10, at least 2 × concurrency). */
  batchSize?: number;
  /**
   * How many messages are handled at the same time (default 1: one after another, in stream order).
   * Above 1, each message runs in its own transaction beside the others (PostgreSQL then shares the
   * commits' WAL flushes), except that messages with the same `orderingKey` still run one after
   * another, in stream order.
   */
  concurrency?: number;
  /**
   * Messages whose keys are equal are handled in stream order, one at a time (default: the subject).
   * Only consulted when concurrency > 1.
   */
  orderingKey?: (event: EventEnvelope<T>, subject: string) => string;
  /**
   * Lets messages with the same ordering key run at the same time, in their own transactions
   * (which then commit side by side and share WAL flushes): what a handler writes after awaiting
   * context.previousHandled() follows what the previous message's handler wrote, and after-commit
   * callbacks run in stream order. Only for handlers that never read what an earlier message of the
   * same key wrote (e.g. recognition: each tap reads the customer and appends its own rows). Default
   * false: the next message of a key starts once the previous one has committed.
   */
  pipelined?: boolean;
  /** How long to wait for JetStream to confirm an ack or a dead-letter publish (default 5 s). */
  ackTimeoutMs?: number;
}

/** How a message takes its turn among those of its ordering key (concurrency > 1). */
interface Turn {
  /** Pipelined: the previous message's handler has returned. */
  previousHandled?: Promise<void>;
  /** Signals that this message's handler has returned (pipelined) or its transaction ended. */
  handled: () => void;
  afterCommitTurn?: Promise<void>;
  afterCommitDone: () => void;
}

const DEFAULT_MAX_DELIVER = 5;
/** How long a pipelined handler waits for the previous message of its key (see awaitTurn). */
const TURN_WAIT_MS = 2_000;

/** Notifications worth a warning; the others (heartbeats, pull bookkeeping) are routine. */
const alarming = new Set([
  'heartbeats_missed',
  'consumer_not_found',
  'stream_not_found',
  'consumer_deleted',
  'no_responders',
]);

/**
 * Processes a durable JetStream consumer's messages exactly once in effect: each event's inbox row
 * and the handler's writes commit in one transaction, and the message is acked only after that
 * commit. A redelivery finds the inbox row and is acked without calling the handler. A failing
 * handler is retried with growing delays; after maxDeliver attempts, or at once for a message that
 * is not a valid event, the message is copied to `crm.dlq.<consumer>` and terminated. A failure
 * of the consumer's own database counts as a failed attempt too, so an outage longer than the
 * retry schedule dead-letters messages; replay them from CRM_DLQ once it is over.
 */
export class IdempotentConsumer<T = unknown> {
  private readonly opts: IdempotentConsumerOptions<T>;
  private readonly ns: BusNamespace;
  private readonly logger: Logger;
  private readonly retry: BackoffOptions;
  private readonly ackTimeoutMs: number;
  private maxDeliver = DEFAULT_MAX_DELIVER;
  private consumer: Consumer | undefined;
  private messages: ConsumerMessages | undefined;
  private loopDone: Promise<void> | undefined;
  private stopping = false;
  private readonly wakePauses = new Set<() => void>();
  private readonly concurrency: number;
  /** Messages being handled (or waiting for an earlier one of the same key), and their end. */
  private readonly inFlight = new Set<Promise<void>>();
  /** Per ordering key, when the latest message in flight has committed (pipelined: was handled). */
  private readonly keyTails = new Map<string, Promise<void>>();
  /** Per ordering key, when the after-commit callbacks of the latest message in flight are done. */
  private readonly afterCommitTails = new Map<string, Promise<void>>();
  /** Event ids in flight: a second copy of one waits for the first (their inbox rows would collide). */
  private readonly eventsInFlight = new Map<string, Promise<void>>();

  constructor(opts: IdempotentConsumerOptions<T>) {
    this.opts = opts;
    this.ns = opts.ns ?? productionNamespace;
    this.logger = opts.logger ?? fallbackLogger;
    this.retry = { initialMs: opts.retry?.initialMs ?? 1_000, maxMs: opts.retry?.maxMs ?? 60_000 };
    this.ackTimeoutMs = opts.ackTimeoutMs ?? 5_000;
    this.concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  }

  private get batchSize(): number {
    return Math.max(this.opts.batchSize ?? 10, this.concurrency * 2);
  }

  /** Binds to the durable consumer (it must exist: see ensureTopology) and starts pulling. */
  async start(): Promise<void> {
    if (this.consumer) throw new Error(`consumer ${this.opts.durable} already started`);
    this.stopping = false;
    const stream = namespacedStream(this.ns, this.opts.stream);
    const durable = namespacedConsumer(this.ns, this.opts.durable);
    const consumer = await this.opts.js.consumers.get(stream, durable);
    const { config } = await consumer.info(true);
    const serverMax =
      config.max_deliver !== undefined && config.max_deliver > 0 ? config.max_deliver : undefined;
    this.maxDeliver = this.opts.maxDeliver ?? serverMax ?? DEFAULT_MAX_DELIVER;
    if (serverMax !== undefined && this.maxDeliver > serverMax) {
      // The server would stop redelivering before we dead-letter: the message would be stranded.
      this.logger.warn(
        { durable, maxDeliver: this.maxDeliver, serverMax },
        'maxDeliver capped to the consumer’s',
      );
      this.maxDeliver = serverMax;
    }
    this.consumer = consumer;
    this.messages = await consumer.consume({ max_messages: this.batchSize });
    this.loopDone = this.loop(this.messages);
  }

  /**
   * Drains: stops pulling, lets the handler in flight (and the few messages already pulled) finish
   * and be acked, then resolves. Nothing is acked that was not committed.
   */
  async stop(): Promise<void> {
    if (!this.consumer) return;
    this.stopping = true;
    for (const wake of [...this.wakePauses]) wake();
    await this.messages?.close();
    await this.loopDone;
    this.consumer = undefined;
    this.messages = undefined;
  }

  private async loop(first: ConsumerMessages): Promise<void> {
    try {
      await this.pull(first);
    } finally {
      // Drain: whatever was taken from the iterator is handled and acked (or nak'ed) before stop() ends.
      while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
    }
  }

  private async pull(first: ConsumerMessages): Promise<void> {
    let messages = first;
    for (;;) {
      void this.watchStatus(messages);
      try {
        for await (const msg of messages) await this.dispatch(msg);
      } catch (err) {
        this.logger.error({ err, durable: this.opts.durable }, 'consumer stopped pulling; restarting');
      }
      if (this.stopping || !this.consumer) return;
      // The iterator ended without stop() (e.g. the consumer was deleted and re-created): resume.
      await this.pause(1_000);
      if (this.stopping) return;
      try {
        messages = await this.consumer.consume({ max_messages: this.batchSize });
        if (this.stopping) {
          // stop() ran while we were resuming and closed the old iterator, not this one.
          await messages.close();
          return;
        }
        this.messages = messages;
      } catch (err) {
        this.logger.error({ err, durable: this.opts.durable }, 'cannot resume consuming');
      }
    }
  }

  private async watchStatus(messages: ConsumerMessages): Promise<void> {
    try {
      for await (const status of messages.status()) {
        if (alarming.has(status.type))
          this.logger.warn({ status, durable: this.opts.durable }, 'consumer status');
      }
    } catch {
      // The status stream ends with the messages; nothing to report beyond what loop() logs.
    }
  }

  /**
   * Hands a message over and returns once there is room for the next one: at concurrency 1 when it
   * is done (so stream order is kept), above that when fewer than `concurrency` are in flight.
   * A message waits for the one before it with the same ordering key to commit (pipelined: only
   * where its handler awaits previousHandled()), and a second copy of an event for the first.
   */
  private async dispatch(msg: JsMsg): Promise<void> {
    if (this.concurrency === 1) return this.process(msg);
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    const decoded = this.decode(msg);
    const event = 'event' in decoded ? decoded.event : undefined;
    const key = event ? (this.opts.orderingKey?.(event, msg.subject) ?? msg.subject) : undefined;
    const previous = key !== undefined ? this.keyTails.get(key) : undefined;
    const sameEvent = event ? this.eventsInFlight.get(event.id) : undefined;
    const previousAfterCommit = key !== undefined ? this.afterCommitTails.get(key) : undefined;
    let handled!: () => void;
    const keyTurn = new Promise<void>((resolve) => (handled = resolve));
    let afterCommitDone!: () => void;
    const afterCommitted = new Promise<void>((resolve) => (afterCommitDone = resolve));
    const run = (async () => {
      if (sameEvent) await sameEvent;
      if (previous && !this.opts.pipelined) await previous;
      await this.handle(msg, decoded, {
        previousHandled: this.opts.pipelined ? previous : undefined,
        handled,
        afterCommitTurn: previousAfterCommit,
        afterCommitDone,
      });
    })()
      .catch((err: unknown) => {
        // handle() settles every message itself; this only keeps a bug from stalling the key.
        this.logger.error({ err, durable: this.opts.durable }, 'unexpected error handling a message');
      })
      .finally(() => {
        void (this.opts.pipelined ? (previous ?? Promise.resolve()) : Promise.resolve()).then(handled);
        // An undecodable message (no key) or a bug: never hold the key's later callbacks.
        void (previousAfterCommit ?? Promise.resolve()).then(afterCommitDone);
      });
    this.inFlight.add(run);
    if (key !== undefined) {
      this.keyTails.set(key, keyTurn);
      this.afterCommitTails.set(key, afterCommitted);
    }
    if (event) this.eventsInFlight.set(event.id, run);
    void run.finally(() => {
      this.inFlight.delete(run);
      if (key !== undefined && this.keyTails.get(key) === keyTurn) this.keyTails.delete(key);
      if (key !== undefined)
        void afterCommitted.then(() => {
          if (this.afterCommitTails.get(key) === afterCommitted) this.afterCommitTails.delete(key);
        });
      if (event && this.eventsInFlight.get(event.id) === run) this.eventsInFlight.delete(event.id);
    });
  }

  private decode(msg: JsMsg): { event: EventEnvelope<T> } | { error: unknown } {
    try {
      const decoded = decodeEvent(msg.data);
      const payload = this.opts.parsePayload
        ? this.opts.parsePayload(decoded.payload)
        : (decoded.payload as T);
      return { event: { ...decoded, payload } };
    } catch (error) {
      return { error };
    }
  }

  /** Never throws: every outcome ends in ack, nak, or dead-letter + term. */
  private process(msg: JsMsg): Promise<void> {
    return this.handle(msg, this.decode(msg));
  }

  /**
   * `turn` (concurrent mode): `handled` is called once the handler returned (pipelined) or the
   * transaction ended, never before `previousHandled` resolved; the after-commit
   * callbacks wait for `afterCommitTurn` (those of the previous message of the key) and call
   * `afterCommitDone` when they are done or will not run.
   */
  private async handle(
    msg: JsMsg,
    decoded: { event: EventEnvelope<T> } | { error: unknown },
    turn?: Turn,
  ): Promise<void> {
    if ('error' in decoded) {
      await this.deadLetter(msg, `undecodable: ${errorMessage(decoded.error)}`);
      return;
    }
    const { event } = decoded;
    const parent = contextFromTraceparent(msg.headers?.get('traceparent') || event.traceparent);
    const tracer = trace.getTracer('@crm/bus');
    await tracer.startActiveSpan(
      `${event.type} process`,
      {
        kind: SpanKind.CONSUMER,
        attributes: {
          'messaging.system': 'nats',
          'messaging.operation.type': 'process',
          'messaging.destination.name': msg.subject,
          'messaging.consumer.group.name': this.opts.durable,
          'messaging.message.id': event.id,
          'crm.delivery_count': msg.info.deliveryCount,
        },
      },
      parent,
      async (span) => {
        try {
          let inTurn: Promise<void> | undefined;
          const callbacks: (() => Promise<void>)[] = [];
          const context: EventContext = {
            previousHandled: () =>
              (inTurn ??= turn?.previousHandled
                ? this.awaitTurn(turn.previousHandled, event)
                : Promise.resolve()),
            afterCommit: (fn) => void callbacks.push(fn),
          };
          let fresh: boolean;
          try {
            fresh = await withTransaction(this.opts.pool, async (client) => {
              callbacks.length = 0; // only those of the attempt that commits
              if (!(await recordInInbox(client, this.opts.durable, event.id))) return false;
              await this.opts.handler(event, client, context);
              // In stream order even when the handler did not wait: the next one may write now.
              await context.previousHandled();
              if (this.opts.pipelined) turn?.handled();
              return true;
            }).finally(() => {
              // Ended without reaching the end of the handler: let the next one go after the previous.
              if (turn) void (turn.previousHandled ?? Promise.resolve()).then(turn.handled);
            });
          } finally {
            // Committed or not, the next message of the key may run its callbacks after these.
            await this.afterCommit(fresh! ? callbacks : [], event, turn);
          }
          if (!fresh) span.setAttribute('crm.duplicate', true);
          await this.ack(msg, event);
        } catch (err) {
          span.recordException(err instanceof Error ? err : new Error(String(err)));
          span.setStatus({ code: SpanStatusCode.ERROR, message: errorMessage(err) });
          await this.failed(msg, event, err);
        } finally {
          span.end();
        }
      },
    );
  }

  /** Runs the after-commit callbacks in the key's turn; never throws. */
  private async afterCommit(
    callbacks: (() => Promise<void>)[],
    event: EventEnvelope<T>,
    turn: Turn | undefined,
  ): Promise<void> {
    if (callbacks.length === 0) {
      // Nothing to run: let the next one go as soon as the previous one is done, without waiting here.
      if (turn) void (turn.afterCommitTurn ?? Promise.resolve()).then(turn.afterCommitDone);
      return;
    }
    try {
      await turn?.afterCommitTurn;
      for (const fn of callbacks) {
        try {
          await fn();
        } catch (err) {
          this.logger.warn(
            { err, eventId: event.id, durable: this.opts.durable },
            'after-commit step failed',
          );
        }
      }
    } finally {
      turn?.afterCommitDone();
    }
  }

  /**
   * Waits for the previous message of the key to be handled, but not forever: while this
   * transaction waits it holds its locks, and a third transaction could wait on those while holding
   * one the previous message needs, a cycle PostgreSQL cannot see. Past the bound, order yields.
   */
  private async awaitTurn(previous: Promise<void>, event: EventEnvelope<T>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), TURN_WAIT_MS);
    });
    const outcome = await Promise.race([previous, late]);
    clearTimeout(timer);
    if (outcome === 'late')
      this.logger.warn(
        { durable: this.opts.durable, eventId: event.id },
        'previous message of the same key still not handled; going on out of order',
      );
  }

  /**
   * The inbox row is committed, so a lost ack costs only a redelivery that finds the row and
   * changes nothing: a plain ack() is enough, without holding this message (and the ones after it)
   * for the server's confirmation round trip. While draining, the ack is confirmed, so a stop()
   * that resolved leaves nothing pending on the server.
   */
  private async ack(msg: JsMsg, event: EventEnvelope<T>): Promise<void> {
    try {
      if (this.stopping) await msg.ackAck({ timeout: this.ackTimeoutMs });
      else msg.ack();
    } catch (err) {
      this.logger.warn({ err, eventId: event.id }, 'ack not confirmed; a redelivery would be skipped');
    }
  }

  private async failed(msg: JsMsg, event: EventEnvelope<T>, err: unknown): Promise<void> {
    const deliveries = msg.info.deliveryCount;
    if (deliveries < this.maxDeliver) {
      const delay = backoffDelay(deliveries, this.retry);
      this.logger.warn(
        { err, eventId: event.id, type: event.type, deliveries, retryInMs: delay },
        'event handler failed; will retry',
      );
      try {
        msg.nak(delay);
      } catch (nakErr) {
        // Not committed; without the nak the server redelivers it after ack_wait.
        this.logger.warn({ err: nakErr, eventId: event.id }, 'nak not sent');
      }
      return;
    }
    await this.deadLetter(msg, `handler failed ${deliveries} times: ${errorMessage(err)}`);
  }

  /**
   * Copies the message to the dead-letter stream, then terminates it. The copy must be stored
   * first: after its last delivery the server will not redeliver, so a lost copy would be a lost
   * event. While JetStream refuses it, keep trying (and keep the message's ack timer fresh).
   */
  private async deadLetter(msg: JsMsg, reason: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await publishToDeadLetter(this.opts.js, this.ns, this.opts.durable, msg, reason, this.ackTimeoutMs);
        msg.term();
        this.logger.error(
          { durable: this.opts.durable, subject: msg.subject, streamSeq: msg.info.streamSequence, reason },
          'message dead-lettered',
        );
        return;
      } catch (err) {
        this.logger.error(
          { err, durable: this.opts.durable, attempt },
          'cannot dead-letter message; retrying',
        );
        if (this.stopping) {
          // Left unacked: the server redelivers it (if deliveries remain) to whoever consumes next.
          msg.nak();
          return;
        }
        msg.working();
        await this.pause(backoffDelay(attempt, { initialMs: 500, maxMs: 10_000 }));
      }
    }
  }

  /** Waits `ms`; stop() cuts it short. Several handlers may be pausing at once (dead-letter retries). */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakePauses.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakePauses.add(done);
    });
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
