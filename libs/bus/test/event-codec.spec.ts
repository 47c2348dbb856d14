import { decodeEvent, encodeEvent, EventDecodeError, isEventEnvelope, newEvent } from '../src';

const actor = { userId: 'u-1', kind: 'user' as const };

describe('event envelope and codec', () => {
  it('newEvent fills id, time and the given fields', () => {
    const before = Date.now();
    const event = newEvent('crm.customers.customer.created', 'branch-1', actor, { name: 'Ada' });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(event.occurredAt)).toBeGreaterThanOrEqual(before - 1);
    expect(event).toMatchObject({
      type: 'crm.customers.customer.created',
      branchId: 'branch-1',
      actor,
      payload: { name: 'Ada' },
    });
    // No tracer provider or propagator registered here: no trace context to carry.
    expect(event.traceparent).toBeUndefined();
    expect(newEvent('crm.a.b.c', 'b', actor, {}).id).not.toBe(event.id);
  });

  it('refuses event types that are not plain subjects', () => {
    for (const type of [
      'crm.customers.*',
      'crm.customers.>',
      'crm customers',
      'crm',
      '',
      'crm..x',
      'Crm.A',
    ]) {
      expect(() => newEvent(type, 'b', actor, {})).toThrow(/invalid event type/);
    }
    expect(() => newEvent('crm.a.b', '', actor, {})).toThrow(/branchId/);
  });

  it('round-trips through bytes', () => {
    const event = newEvent(
      'crm.sales.order.placed',
      'branch-2',
      { userId: 's-1', kind: 'site' },
      { total: 12.5 },
    );
    expect(decodeEvent(encodeEvent(event))).toEqual(event);
    expect(isEventEnvelope(event)).toBe(true);
  });

  it.each([
    ['not JSON', 'hello', /not a JSON event/],
    ['an array', '[]', /not an object/],
    ['a bad id', JSON.stringify({ ...valid(), id: '42' }), /id must be a UUID/],
    ['a bad type', JSON.stringify({ ...valid(), type: 'x' }), /type/],
    ['a bad time', JSON.stringify({ ...valid(), occurredAt: 'yesterday' }), /occurredAt/],
    ['no branch', JSON.stringify({ ...valid(), branchId: '' }), /branchId/],
    ['a bad actor', JSON.stringify({ ...valid(), actor: { userId: 'u', kind: 'robot' } }), /actor.kind/],
    ['no payload', JSON.stringify({ ...valid(), payload: undefined }), /payload/],
  ])('rejects %s', (_label, text, pattern) => {
    const run = () => decodeEvent(new TextEncoder().encode(text));
    expect(run).toThrow(EventDecodeError);
    expect(run).toThrow(pattern);
  });

  it('rejects bytes that are not UTF-8', () => {
    expect(() => decodeEvent(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toThrow(EventDecodeError);
  });
});

function valid() {
  return newEvent('crm.customers.customer.created', 'b', actor, { a: 1 });
}
