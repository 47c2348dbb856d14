import { SpanKind, trace, type SpanContext } from '@opentelemetry/api';
import { initTestTelemetry } from '@crm/telemetry';
import { withTransaction } from '@crm/db';
import { createTestLogger, waitFor } from '@crm/testing';
import {
  appendToOutbox,
  encodeEvent,
  IdempotentConsumer,
  newEvent,
  OutboxRelay,
  type BusNamespace,
  type EventEnvelope,
} from '../src';
import { createBusTestKit, topologyWithoutBackoff, type BusTestKit } from './bus-test-kit';

jest.setTimeout(30_000);

const actor = { userId: 'u-1', kind: 'user' as const };

// A registered provider (AsyncLocalStorage context manager, W3C propagator, in-memory exporter),
// as a service's main.ts would register one.
const { exporter } = initTestTelemetry();

describe('trace context across NATS', () => {
  let kit: BusTestKit;
  let ns: BusNamespace;
  let relay: OutboxRelay;
  let consumer: IdempotentConsumer;
  const seen = new Map<string, SpanContext | undefined>();

  beforeAll(async () => {
    kit = await createBusTestKit();
    ns = await kit.newNamespace(topologyWithoutBackoff());
    relay = new OutboxRelay({ pool: kit.db.pool, js: kit.js, ns, logger: createTestLogger() });
    consumer = new IdempotentConsumer({
      js: kit.js,
      pool: kit.db.pool,
      stream: 'CRM_CUSTOMERS',
      durable: 'analytics-customers',
      ns,
      logger: createTestLogger(),
      handler: async (event) => {
        seen.set(event.id, trace.getActiveSpan()?.spanContext());
      },
    });
    await relay.start();
    await consumer.start();
  });

  afterAll(async () => {
    await consumer.stop();
    await relay.stop();
    await kit.close();
  });

  it('runs the handler in the trace of the request that wrote the event (outbox → relay → consumer)', async () => {
    const tracer = trace.getTracer('test');
    const request = await tracer.startActiveSpan('POST /api/v1/customers', async (span) => {
      const event = newEvent('crm.customers.customer.created', 'branch-1', actor, { name: 'Ada' });
      await withTransaction(kit.db.pool, (client) => appendToOutbox(client, event));
      span.end();
      return { event, spanContext: span.spanContext() };
    });
    expect(request.event.traceparent).toBe(
      `00-${request.spanContext.traceId}-${request.spanContext.spanId}-01`,
    );

    const handlerSpan = await waitFor(() => seen.get(request.event.id), { message: 'the handler to run' });

    expect(handlerSpan.traceId).toBe(request.spanContext.traceId);
    expect(handlerSpan.spanId).not.toBe(request.spanContext.spanId);
    const processSpan = await waitFor(
      () => exporter.getFinishedSpans().find((s) => s.spanContext().spanId === handlerSpan.spanId),
      { message: 'the consumer span to end' },
    );
    expect(processSpan.name).toBe('crm.customers.customer.created process');
    expect(processSpan.kind).toBe(SpanKind.CONSUMER);
    expect(processSpan.parentSpanContext?.spanId).toBe(request.spanContext.spanId);
  });

  it('falls back to the envelope’s traceparent when the message has no header', async () => {
    const event: EventEnvelope = {
      ...newEvent('crm.customers.customer.updated', 'branch-1', actor, { name: 'Ada' }),
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    };
    await kit.js.publish(`${ns.subjectPrefix}${event.type}`, encodeEvent(event));

    const handlerSpan = await waitFor(() => seen.get(event.id), { message: 'the handler to run' });

    expect(handlerSpan.traceId).toBe('0af7651916cd43dd8448eb211c80319c');
  });

  it('starts a new trace for an event that carries none', async () => {
    const event = newEvent('crm.customers.customer.deleted', 'branch-1', actor, {});
    expect(event.traceparent).toBeUndefined();
    await kit.js.publish(`${ns.subjectPrefix}${event.type}`, encodeEvent(event));

    const handlerSpan = await waitFor(() => seen.get(event.id), { message: 'the handler to run' });

    expect(handlerSpan.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(handlerSpan.traceId).not.toBe('0'.repeat(32));
  });
});
