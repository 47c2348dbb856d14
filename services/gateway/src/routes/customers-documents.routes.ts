import { z } from 'zod';
import { call } from '@crm/grpc';
import type { customersV1Types as t } from '@crm/proto';
import type { DownstreamClients } from '../clients/downstream-clients';
import { defineRoute, type ApiResult, type ApiRoute } from '../http/api-route';
import { contentDisposition, readSingleUpload, uploadTooLarge } from '../http/multipart-upload';
import { idParams } from './route-helpers';

// Documents attached to customers (R-CUS-10). The gateway streams the upload with a size limit and
// passes the bytes on; the customers service sniffs the type and decides.

const documentParams = z.strictObject({ id: z.string().max(64), documentId: z.string().max(64) });

export const documentResource = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});

export function toDocumentResource(d: t.CustomerDocument__Output | null): z.infer<typeof documentResource> {
  if (!d) throw new Error('the customers service answered without a document');
  return {
    id: d.id,
    fileName: d.fileName,
    contentType: d.contentType,
    sizeBytes: Number(d.sizeBytes),
    uploadedBy: d.uploadedBy,
    uploadedAt: d.uploadedAt,
  };
}

export function customerDocumentsRoutes(clients: DownstreamClients): ApiRoute[] {
  const docs = clients.customerDocuments;
  const maxBytes = clients.documentMaxBytes;
  return [
    defineRoute({
      method: 'get',
      path: '/customers/:id/documents',
      summary: "A customer's documents, newest first",
      tag: 'customer documents',
      permission: 'customers.read',
      params: idParams,
      responses: {
        200: { description: 'The documents', schema: z.object({ items: z.array(documentResource) }) },
      },
      async handler({ params }) {
        const r = await call(docs.listDocuments.bind(docs), { customerId: params.id });
        return { status: 200, body: { items: r.documents.map(toDocumentResource) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/customers/:id/documents',
      summary: `Attach a file (PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, PPTX, text, CSV) to a customer`,
      tag: 'customer documents',
      permission: 'customers.update',
      params: idParams,
      upload: {
        field: 'file',
        description: 'The file; its type is checked from its bytes against its name and declared type',
      },
      responses: {
        201: { description: 'Attached', schema: z.object({ document: documentResource }) },
        413: { description: `Larger than the limit (DOCUMENT_MAX_BYTES)` },
      },
      async handler({ params, req, res }): Promise<ApiResult> {
        const upload = await readSingleUpload(req, 'file', maxBytes);
        if (!upload.ok) {
          return uploadTooLarge(req, res, maxBytes);
        }
        const r = await call(docs.attachDocument.bind(docs), {
          customerId: params.id,
          fileName: upload.fileName,
          declaredContentType: upload.mimeType,
          content: upload.content,
        });
        const document = toDocumentResource(r.document);
        return {
          status: 201,
          body: { document },
          headers: { Location: `/api/v1/customers/${params.id}/documents/${document.id}/content` },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/customers/:id/documents/:documentId/content',
      summary: 'Download a document (always as an attachment)',
      tag: 'customer documents',
      permission: 'customers.read',
      params: documentParams,
      responses: { 200: { description: 'The file', binary: true } },
      async handler({ params }) {
        const r = await call(docs.getDocumentContent.bind(docs), {
          customerId: params.id,
          documentId: params.documentId,
        });
        const d = toDocumentResource(r.document);
        return {
          status: 200,
          body: r.content,
          headers: {
            'Content-Type': d.contentType.startsWith('text/')
              ? `${d.contentType}; charset=utf-8`
              : d.contentType,
            'Content-Disposition': contentDisposition(d.fileName),
            'X-Content-Type-Options': 'nosniff',
            'Cache-Control': 'private, no-store',
          },
        };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/customers/:id/documents/:documentId',
      summary: 'Remove a document',
      tag: 'customer documents',
      permission: 'customers.update',
      params: documentParams,
      responses: { 204: { description: 'Removed' } },
      async handler({ params }) {
        await call(docs.removeDocument.bind(docs), { customerId: params.id, documentId: params.documentId });
        return { status: 204 };
      },
    }),
  ];
}
