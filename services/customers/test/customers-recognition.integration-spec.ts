/**
 * Issue 5 item 4: recognition in the customers service. An edge event on CRM_EDGE (as the gateway's
 * ingress publishes it) → the customer via the lookup hot path → a card_tap / call_in timeline row and
 * crm.customers.customer.recognized (or .unrecognized) through the outbox, once per edge event.
 */
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import {
  encodeEvent,
  namespacedConsumer,
  namespacedStream,
  namespacedSubject,
  newEvent,
  type EventEnvelope,
} from '@crm/bus';
import { waitFor } from '@crm/testing';
import { outboxEvents, startCustomersStack, type CustomersStack } from './support/customers-test-stack';

let stack: CustomersStack;
beforeAll(async () => {
  stack = await startCustomersStack();
}, 30_000);
afterAll(async () => {
  await stack?.stop();
});

const SITE = 'site-counter-1';

async function customer(body: Record<string, unknown>) {
  const r = await stack.api('/api/v1/customers', { method: 'POST', body: { kind: 'INDIVIDUAL', ...body } });
  expect(r.status).toBe(201);
  return r.body as { id: string; branchId: string; name: string };
}

function edgeEvent(type: string, branchId: string, payload: Record<string, unknown>): EventEnvelope {
  return newEvent(type, branchId, { kind: 'site', userId: SITE }, { siteId: SITE, seq: 1, ...payload });
}

/** Publishes as the ingress does; without msgID JetStream stores a second copy (a resend). */
async function publish(envelope: EventEnvelope, opts: { dedupe?: boolean } = {}) {
  const js = jetstream(stack.nc);
  await js.publish(
    namespacedSubject(stack.ns, envelope.type),
    encodeEvent(envelope),
    opts.dedupe === false ? {} : { msgID: envelope.id },
  );
}

/** Waits until the consumer has handled and acked everything in CRM_EDGE. */
async function drained() {
  const jsm = await jetstreamManager(stack.nc);
  await waitFor(
    async () => {
      const info = await jsm.consumers.info(
        namespacedStream(stack.ns, 'CRM_EDGE'),
        namespacedConsumer(stack.ns, 'customers-recognition'),
      );
      return info.num_pending === 0 && info.num_ack_pending === 0 && info.delivered.stream_seq > 0;
    },
    { message: 'customers-recognition did not drain CRM_EDGE' },
  );
}

const answersTo = async (edgeEventId: string) =>
  (await outboxEvents(stack.pool, 'crm.customers.customer.%recognized')).filter(
    (e) => e.payload.edgeEventId === edgeEventId,
  );

const timelineRows = async (sourceEventId: string) =>
  (
    await stack.pool.query<{ customer_id: string; kind: string; details: Record<string, unknown> }>(
      'SELECT customer_id, kind, details FROM customer_timeline WHERE source_event_id = $1',
      [sourceEventId],
    )
  ).rows;

describe('recognition of edge events', () => {
  it('recognises a tapped card: one recognized event with the pop and hints, one card_tap row', async () => {
    const c = await customer({ name: '识别客户', phones: ['13811112201'] });
    expect(
      (
        await stack.api(`/api/v1/customers/${c.id}/cards`, {
          method: 'POST',
          body: { uid: '04A224B2C35E81' },
        })
      ).status,
    ).toBe(201);
    // An A-class, high-intent customer of 60 days never followed up.
    await stack.pool.query(
      `UPDATE customers SET grade_class = 'A', level = 'high_intent', created_at = now() - interval '60 days'
       WHERE id = $1`,
      [c.id],
    );
    const tap = edgeEvent('crm.edge.card.tapped', c.branchId, {
      cardUid: '04:a2:24:b2:c3:5e:81',
      reader: 'ACS ACR122U',
      desk: 'counter-1',
    });
    await publish(tap);

    const [recognized] = await waitFor(
      async () => {
        const found = await answersTo(tap.id);
        return found.length > 0 && found;
      },
      { message: 'no recognized event' },
    );
    expect(recognized!.subject).toBe('crm.customers.customer.recognized');
    expect(recognized!.actor).toMatchObject({ userId: SITE });
    expect(recognized!.payload).toMatchObject({
      siteId: SITE,
      source: 'card',
      desk: 'counter-1',
      cardUid: '04A224B2C35E81',
      edgeEventId: tap.id,
      otherCustomerIds: [],
      pop: {
        customerId: c.id,
        name: '识别客户',
        customerClass: 'CUSTOMER_CLASS_A',
        level: 'CUSTOMER_LEVEL_HIGH_INTENT',
        phones: ['+8613811112201'],
        lastFollowUpAt: '',
        lastPurchases: [],
        openTickets: [],
      },
    });
    const pop = recognized!.payload.pop as { hints: { code: string; textZhCn: string; textEnUs: string }[] };
    expect(pop.hints.map((h) => h.code)).toEqual(['priority_service', 'offer_member_price']);
    expect(pop.hints[1]!.textEnUs).toMatch(/member price/);

    await drained();
    expect(await answersTo(tap.id)).toHaveLength(1);
    const rows = await timelineRows(tap.id);
    expect(rows).toEqual([
      expect.objectContaining({
        customer_id: c.id,
        kind: 'card_tap',
        details: expect.objectContaining({ desk: 'counter-1' }),
      }),
    ]);
    // The tap shows on the customer's timeline through the API.
    const timeline = await stack.api(`/api/v1/customers/${c.id}/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.items.map((e: { kind: string }) => e.kind)).toEqual(['CARD_TAP']);
  });

  it('handles the same edge event delivered twice once: one row, one recognized event', async () => {
    const c = await customer({ name: '重复刷卡', phones: ['13811112202'] });
    await stack.api(`/api/v1/customers/${c.id}/cards`, { method: 'POST', body: { uid: 'DEADBEE1' } });
    const tap = edgeEvent('crm.edge.card.tapped', c.branchId, { cardUid: 'DEADBEE1', desk: 'counter-2' });
    await publish(tap, { dedupe: false });
    await publish(tap, { dedupe: false });
    await drained();
    expect(await answersTo(tap.id)).toHaveLength(1);
    expect(await timelineRows(tap.id)).toHaveLength(1);
  });

  it('publishes unrecognized for an unknown card, writing no timeline row', async () => {
    const tap = edgeEvent('crm.edge.card.tapped', 'main', { cardUid: 'cafe f00d', desk: 'counter-3' });
    await publish(tap);
    const found = await waitFor(
      async () => {
        const f = await answersTo(tap.id);
        return f.length > 0 && f;
      },
      { message: 'no unrecognized event' },
    );
    expect(found).toEqual([
      expect.objectContaining({
        subject: 'crm.customers.customer.unrecognized',
        payload: expect.objectContaining({
          siteId: SITE,
          branchId: 'main',
          source: 'card',
          cardUid: 'CAFEF00D',
          callerNumber: '',
          desk: 'counter-3',
          edgeEventId: tap.id,
        }),
      }),
    ]);
    expect(await timelineRows(tap.id)).toHaveLength(0);
  });

  it('recognises a caller whose number comes in another format, writing a call_in row', async () => {
    const c = await customer({ name: '来电客户', phones: ['13811112203'] });
    const call = edgeEvent('crm.edge.call.ringing', c.branchId, {
      callerNumber: '+86 138-1111-2203',
      calledNumber: '010-65529988',
      extension: '8001',
      source: 'pbx',
    });
    await publish(call);
    const [recognized] = await waitFor(
      async () => {
        const f = await answersTo(call.id);
        return f.length > 0 && f;
      },
      { message: 'no recognized event for the call' },
    );
    expect(recognized).toMatchObject({
      subject: 'crm.customers.customer.recognized',
      payload: {
        source: 'call',
        callerNumber: '+8613811112203',
        extension: '8001',
        pop: { customerId: c.id, name: '来电客户' },
      },
    });
    // Created just now: the welcome hint.
    expect((recognized!.payload.pop as { hints: { code: string }[] }).hints.map((h) => h.code)).toContain(
      'welcome',
    );
    await waitFor(async () => (await timelineRows(call.id)).length === 1, { message: 'no call_in row' });
    expect((await timelineRows(call.id))[0]).toMatchObject({ customer_id: c.id, kind: 'call_in' });
  });

  it('publishes unrecognized for an unknown number', async () => {
    const call = edgeEvent('crm.edge.call.ringing', 'main', {
      callerNumber: '13999990000',
      extension: '8002',
    });
    await publish(call);
    const found = await waitFor(
      async () => {
        const f = await answersTo(call.id);
        return f.length > 0 && f;
      },
      { message: 'no unrecognized event for the call' },
    );
    expect(found[0]).toMatchObject({
      subject: 'crm.customers.customer.unrecognized',
      payload: { source: 'call', callerNumber: '+8613999990000', extension: '8002' },
    });
  });
});
