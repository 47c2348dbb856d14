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
export type EventHandler<T> = (event: EventEnvelope<T>, client: pg.PoolClient) => Promise<void>;

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
  /** Messages pulled at a time (default 10); they are handled one after another, in order. */
  batchSize?: number;
  /** How long to wait for JetStream to confirm an ack or a dead-letter publish (default 5 s). */
  ackTimeoutMs?: number;
}

const DEFAULT_MAX_DELIVER = 5;

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
  private wakePause: (() => void) | undefined;

  constructor(opts: IdempotentConsumerOptions<T>) {
    this.opts = opts;
    this.ns = opts.ns ?? productionNamespace;
    this.logger = opts.logger ?? fallbackLogger;
    this.retry = { initialMs: opts.retry?.initialMs ?? 1_000, maxMs: opts.retry?.maxMs ?? 60_000 };
    this.ackTimeoutMs = opts.ackTimeoutMs ?? 5_000;
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
    this.messages = await consumer.consume({ max_messages: this.opts.batchSize ?? 10 });
    this.loopDone = this.loop(this.messages);
  }

  /**
   * Drains: stops pulling, lets the handler in flight (and the few messages already pulled) finish
   * and be acked, then resolves. Nothing is acked that was not committed.
   */
  async stop(): Promise<void> {
    if (!this.consumer) return;
    this.stopping = true;
    this.wakePause?.();
    await this.messages?.close();
    await this.loopDone;
    this.consumer = undefined;
    this.messages = undefined;
  }

  private async loop(first: ConsumerMessages): Promise<void> {
    let messages = first;
    for (;;) {
      void this.watchStatus(messages);
      try {
        for await (const msg of messages) await this.process(msg);
      } catch (err) {
        this.logger.error({ err, durable: this.opts.durable }, 'consumer stopped pulling; restarting');
      }
      if (this.stopping || !this.consumer) return;
      // The iterator ended without stop() (e.g. the consumer was deleted and re-created): resume.
      await this.pause(1_000);
      if (this.stopping) return;
      try {
        messages = await this.consumer.consume({ max_messages: this.opts.batchSize ?? 10 });
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

  /** Never throws: every outcome ends in ack, nak, or dead-letter + term. */
  private async process(msg: JsMsg): Promise<void> {
    let event: EventEnvelope<T>;
    try {
      const decoded = decodeEvent(msg.data);
      const payload = this.opts.parsePayload
        ? this.opts.parsePayload(decoded.payload)
        : (decoded.payload as T);
      event = { ...decoded, payload };
    } catch (err) {
      await this.deadLetter(msg, `undecodable: ${errorMessage(err)}`);
      return;
    }
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
          const handled = await withTransaction(this.opts.pool, async (client) => {
            if (!(await recordInInbox(client, this.opts.durable, event.id))) return false;
            await this.opts.handler(event, client);
            return true;
          });
          if (!handled) span.setAttribute('crm.duplicate', true);
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

  private async ack(msg: JsMsg, event: EventEnvelope<T>): Promise<void> {
    try {
      await msg.ackAck({ timeout: this.ackTimeoutMs });
    } catch (err) {
      // Committed already; if the ack was lost the redelivery will hit the inbox row and change nothing.
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
      msg.nak(delay);
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

  /** Waits `ms`; stop() cuts it short. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakePause = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakePause = done;
    });
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
