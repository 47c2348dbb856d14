import { http } from './index';
import type { CustomerDocument } from './customers-documents.types';

const enc = encodeURIComponent;
const base = (customerId: string) => `/customers/${enc(customerId)}/documents`;
// A 10 MiB file over a slow branch line takes longer than the default 30 s.
const TRANSFER_TIMEOUT_MS = 5 * 60_000;

export const customerDocumentsApi = {
  list: (customerId: string) => http.get<{ items: CustomerDocument[] }>(base(customerId)),
  upload: (customerId: string, file: Blob, fileName: string) => {
    const form = new FormData();
    form.append('file', file, fileName);
    return http
      .upload<CustomerDocument | { document: CustomerDocument }>(base(customerId), form, {
        timeoutMs: TRANSFER_TIMEOUT_MS,
      })
      .then((r) => ('document' in r ? r.document : r));
  },
  download: (customerId: string, documentId: string) =>
    http.download(`${base(customerId)}/${enc(documentId)}/content`, undefined, {
      timeoutMs: TRANSFER_TIMEOUT_MS,
    }),
  remove: (customerId: string, documentId: string) => http.del(`${base(customerId)}/${enc(documentId)}`),
};
