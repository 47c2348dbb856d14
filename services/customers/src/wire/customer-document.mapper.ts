import type { customersV1Types as t } from '@crm/proto';
import type { CustomerDocument } from '../domain/documents.use-case';

/** Domain → wire: a document's facts (never its bytes). */
export function toDocumentMessage(d: CustomerDocument): t.CustomerDocument {
  return {
    id: d.id,
    customerId: d.customerId,
    branchId: d.branchId,
    fileName: d.fileName,
    contentType: d.contentType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    uploadedBy: d.uploadedBy,
    uploadedAt: d.uploadedAt.toISOString(),
  };
}
