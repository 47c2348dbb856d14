import type { Principal } from '@crm/auth';
import type { UnaryHandler } from '@crm/grpc';
import type { customersV1Types as t } from '@crm/proto';
import {
  attachDocument,
  getDocumentContent,
  listDocuments,
  removeDocument,
  type DocumentsPort,
} from '../domain/documents.use-case';
import { toDocumentMessage } from '../wire/customer-document.mapper';

/** Thin handlers of customer documents (R-CUS-10): decode, call the use case, encode. */
export function customerDocumentsGrpcService(
  documents: DocumentsPort,
  handle: UnaryHandler,
  options: { maxBytes: number },
): t.CustomerDocumentsServiceHandlers {
  const rpc = <Req, Res>(name: string, fn: (req: Req, principal: Principal | undefined) => Promise<Res>) =>
    handle<Req, Res>(name, (req, ctx) => fn(req, ctx.principal));
  return {
    ListDocuments: rpc<t.ListDocumentsRequest__Output, t.ListDocumentsResponse>(
      'ListDocuments',
      async (req, p) => ({
        documents: (await listDocuments(documents, p, req.customerId)).map(toDocumentMessage),
      }),
    ),
    AttachDocument: rpc<t.AttachDocumentRequest__Output, t.AttachDocumentResponse>(
      'AttachDocument',
      async (req, p) => ({
        document: toDocumentMessage(
          await attachDocument(
            documents,
            p,
            {
              customerId: req.customerId,
              fileName: req.fileName,
              declaredContentType: req.declaredContentType,
              content: req.content,
            },
            { maxBytes: options.maxBytes },
          ),
        ),
      }),
    ),
    GetDocumentContent: rpc<t.GetDocumentContentRequest__Output, t.GetDocumentContentResponse>(
      'GetDocumentContent',
      async (req, p) => {
        const found = await getDocumentContent(documents, p, req);
        return { document: toDocumentMessage(found.document), content: found.content };
      },
    ),
    RemoveDocument: rpc<t.RemoveDocumentRequest__Output, t.RemoveDocumentResponse>(
      'RemoveDocument',
      async (req, p) => {
        await removeDocument(documents, p, req);
        return {};
      },
    ),
  };
}
