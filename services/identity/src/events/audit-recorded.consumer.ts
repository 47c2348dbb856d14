import type { Pool } from 'pg';
import { z } from 'zod';
import { IdempotentConsumer, type BusConnection, type EventEnvelope, type Logger } from '@crm/bus';
import type { AuditEntry } from '../domain/identity';
import { insertAuditEntry } from '../store/audit.repository';

/** Durable consumer name, one per source stream (JetStream streams may not overlap subjects). */
export const AUDIT_CONSUMER = 'identity-audit';
/** Streams of services that publish crm.<service>.audit.recorded; add a service's stream here and in consumers.json. */
export const AUDIT_SOURCE_STREAMS = ['CRM_CUSTOMERS'] as const;

const AUDIT_SUBJECT = /^crm\.([a-z0-9_-]+)\.audit\.recorded$/;

const jsonObject = z
  .string()
  .max(1_000_000)
  .default('')
  .transform((text, ctx) => {
    // '' and JSON null both mean "no object" (a publisher may serialise an absent state either way).
    if (text === '' || text === 'null') return null;
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'object' && value !== null && !Array.isArray(value))
        return value as Record<string, unknown>;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
    return z.NEVER;
  });

/** The AuditRecorded payload (crm/identity/v1/events.proto), checked: a bad one is dead-lettered. */
export const auditRecordedSchema = z.object({
  occurredAt: z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'must be an RFC 3339 timestamp'),
  action: z.string().min(1).max(100),
  entityType: z.string().min(1).max(64),
  entityId: z.string().min(1).max(200),
  actorId: z.string().max(200).default(''),
  actorName: z.string().max(200).default(''),
  branchId: z.string().max(64).default(''),
  requestId: z.string().max(200).default(''),
  beforeJson: jsonObject,
  afterJson: jsonObject,
});
export type AuditRecordedPayload = z.output<typeof auditRecordedSchema>;

/** The audit entry an event describes; the event id is its id, so it is stored once whatever happens. */
export function auditEntryFromEvent(event: EventEnvelope<AuditRecordedPayload>): AuditEntry {
  const service = AUDIT_SUBJECT.exec(event.type)?.[1];
  if (!service) throw new Error(`${event.type} is not an audit event`);
  const p = event.payload;
  return {
    id: event.id,
    occurredAt: new Date(p.occurredAt),
    service,
    action: p.action,
    entityType: p.entityType,
    entityId: p.entityId,
    actorId: p.actorId || event.actor.userId,
    actorName: p.actorName || null,
    branchId: p.branchId || event.branchId,
    requestId: p.requestId || null,
    before: p.beforeJson,
    after: p.afterJson,
  };
}

/** Stores other services' audit entries in the audit log (R-ID-4), each exactly once (inbox + event id). */
export function auditRecordedConsumers(bus: BusConnection, pool: Pool, logger: Logger) {
  return AUDIT_SOURCE_STREAMS.map(
    (stream) =>
      new IdempotentConsumer<AuditRecordedPayload>({
        js: bus.js,
        ns: bus.ns,
        pool,
        logger,
        stream,
        durable: AUDIT_CONSUMER,
        parsePayload: (payload) => auditRecordedSchema.parse(payload),
        handler: async (event, tx) => {
          if (!AUDIT_SUBJECT.test(event.type)) return;
          await insertAuditEntry(tx, auditEntryFromEvent(event), event.id);
        },
      }),
  );
}
