import type { Principal } from '@crm/auth';
import { newEvent, type EventEnvelope } from '@crm/bus';
import type { customersV1Types } from '@crm/proto';
import type { CustomerDocument } from '../domain/documents.use-case';
import { toDocumentMessage } from './customer-document.mapper';
import { auditEvent } from './customer-events';

export const documentEventTypes = {
  attached: 'crm.customers.document.attached',
  removed: 'crm.customers.document.removed',
} as const;

/** A document attached or removed (never its bytes), with its audit entry. */
export function documentEvents(
  verb: 'attached' | 'removed',
  doc: CustomerDocument,
  actor: Principal,
): EventEnvelope[] {
  const payload: customersV1Types.DocumentChanged = {
    documentId: doc.id,
    customerId: doc.customerId,
    branchId: doc.branchId,
    fileName: doc.fileName,
    contentType: doc.contentType,
    sizeBytes: doc.sizeBytes,
    sha256: doc.sha256,
  };
  const message = toDocumentMessage(doc);
  return [
    newEvent(documentEventTypes[verb], doc.branchId, { userId: actor.userId, kind: actor.kind }, payload),
    auditEvent(actor, {
      action: `document.${verb}`,
      entityType: 'customer_document',
      entityId: doc.id,
      branchId: doc.branchId,
      before: verb === 'removed' ? message : undefined,
      after: verb === 'attached' ? message : undefined,
    }),
  ];
}
