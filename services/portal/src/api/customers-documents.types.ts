// Documents attached to a customer (services/gateway/src/routes/customers-documents.routes.ts).

export interface CustomerDocument {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string;
  uploadedAt: string;
}
