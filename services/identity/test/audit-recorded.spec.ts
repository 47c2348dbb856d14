import { newEvent } from '@crm/bus';
import { auditEntryFromEvent, auditRecordedSchema } from '../src/events/audit-recorded.consumer';

const payload = {
  occurredAt: '2026-05-01T08:00:00.000Z',
  action: 'customer.created',
  entityType: 'customer',
  entityId: 'c-1',
  actorId: 'u-1',
  actorName: '王销售',
  branchId: 'b-1',
  requestId: 'req-1',
  beforeJson: '',
  afterJson: '{"name":"青山家禽养殖场"}',
};

describe('AuditRecorded payloads', () => {
  it('become audit entries named after the publishing service, with the event id as their id', () => {
    const event = newEvent(
      'crm.customers.audit.recorded',
      'b-1',
      { userId: 'u-1', kind: 'user' },
      auditRecordedSchema.parse(payload),
    );
    expect(auditEntryFromEvent(event)).toEqual({
      id: event.id,
      occurredAt: new Date(payload.occurredAt),
      service: 'customers',
      action: 'customer.created',
      entityType: 'customer',
      entityId: 'c-1',
      actorId: 'u-1',
      actorName: '王销售',
      branchId: 'b-1',
      requestId: 'req-1',
      before: null,
      after: { name: '青山家禽养殖场' },
    });
  });

  it('accept JSON null and missing optional members, falling back to the envelope', () => {
    const parsed = auditRecordedSchema.parse({
      ...payload,
      beforeJson: 'null',
      actorId: undefined,
      branchId: undefined,
    });
    expect(parsed).toMatchObject({ beforeJson: null, actorId: '', branchId: '' });
    const entry = auditEntryFromEvent(
      newEvent('crm.sales.audit.recorded', 'b-9', { userId: 'u-9', kind: 'user' }, parsed),
    );
    expect(entry).toMatchObject({ service: 'sales', actorId: 'u-9', branchId: 'b-9' });
  });

  it.each([
    ['a missing action', { ...payload, action: '' }],
    ['a bad timestamp', { ...payload, occurredAt: 'yesterday' }],
    ['a non-object state', { ...payload, afterJson: '[1,2]' }],
    ['broken JSON', { ...payload, afterJson: '{"name":' }],
  ])('refuse %s (the consumer dead-letters them)', (_name, bad) => {
    expect(auditRecordedSchema.safeParse(bad).success).toBe(false);
  });
});
