import type { Pool, PoolClient } from 'pg';
import type { Principal } from '@crm/auth';
import { appendToOutbox } from '@crm/bus';
import { withTransaction } from '@crm/db';
import { notFound } from '@crm/errors';
import type { Customer } from '../domain/customer';
import type { CustomerDocument, DocumentsPort } from '../domain/documents.use-case';
import { documentEvents } from '../wire/customer-document-events';
import { selectCustomer } from './customer-records.repository';
import { appendTimelineEntry } from './timeline-entries';

// Documents live in the customers database as bytea (see migration 0007): they survive restarts and
// are in the database backup with the records they belong to.

interface DocumentRow {
  id: string;
  customer_id: string;
  branch_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: Date;
}

const COLUMNS =
  'id, customer_id, branch_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at';

const toDocument = (r: DocumentRow): CustomerDocument => ({
  id: r.id,
  customerId: r.customer_id,
  branchId: r.branch_id,
  fileName: r.file_name,
  contentType: r.content_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  uploadedBy: r.uploaded_by,
  uploadedAt: r.uploaded_at,
});

/** Merge: the source's documents belong to the target from now on. */
export async function moveDocuments(tx: PoolClient, targetId: string, sourceId: string): Promise<void> {
  await tx.query(
    `UPDATE customer_documents SET customer_id = $1, branch_id = (SELECT branch_id FROM customers WHERE id = $1)
     WHERE customer_id = $2`,
    [targetId, sourceId],
  );
}

/** Files attached to customers (R-CUS-10); lists never load the bytes. */
export class CustomerDocumentsRepository implements DocumentsPort {
  constructor(private readonly pool: Pool) {}

  findById(id: string): Promise<Customer | undefined> {
    return selectCustomer(this.pool, id);
  }

  async listDocuments(customerId: string): Promise<CustomerDocument[]> {
    const { rows } = await this.pool.query<DocumentRow>(
      `SELECT ${COLUMNS} FROM customer_documents WHERE customer_id = $1 ORDER BY uploaded_at DESC, id DESC`,
      [customerId],
    );
    return rows.map(toDocument);
  }

  async documentContent(
    customerId: string,
    documentId: string,
  ): Promise<{ document: CustomerDocument; content: Buffer } | undefined> {
    const { rows } = await this.pool.query<DocumentRow & { content: Buffer }>(
      `SELECT ${COLUMNS}, content FROM customer_documents WHERE id = $1 AND customer_id = $2`,
      [documentId, customerId],
    );
    const r = rows[0];
    return r && { document: toDocument(r), content: r.content };
  }

  async insertDocument(
    doc: CustomerDocument,
    content: Buffer,
    actor: Principal,
    check: (current: Customer) => void,
  ): Promise<void> {
    await withTransaction(this.pool, async (tx) => {
      // The customer is locked so that a merge or delete cannot slip in between check and insert.
      const current = await selectCustomer(tx, doc.customerId, { forUpdate: true });
      if (!current) throw notFound('customer', doc.customerId);
      check(current);
      await tx.query(
        `INSERT INTO customer_documents (${COLUMNS}, content) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          doc.id,
          doc.customerId,
          current.branchId,
          doc.fileName,
          doc.contentType,
          doc.sizeBytes,
          doc.sha256,
          doc.uploadedBy,
          doc.uploadedAt,
          content,
        ],
      );
      await appendTimelineEntry(tx, {
        customerId: doc.customerId,
        branchId: current.branchId,
        kind: 'document',
        authorId: actor.userId,
        summary: `上传文件：${doc.fileName}`,
        details: { action: 'attached', documentId: doc.id, fileName: doc.fileName },
        at: doc.uploadedAt,
      });
      await appendToOutbox(tx, documentEvents('attached', doc, actor));
    });
  }

  deleteDocument(
    customerId: string,
    documentId: string,
    actor: Principal,
    check: (current: Customer) => void,
  ): Promise<boolean> {
    return withTransaction(this.pool, async (tx) => {
      const current = await selectCustomer(tx, customerId, { forUpdate: true });
      if (!current) throw notFound('customer', customerId);
      check(current);
      const { rows } = await tx.query<DocumentRow>(
        `DELETE FROM customer_documents WHERE id = $1 AND customer_id = $2 RETURNING ${COLUMNS}`,
        [documentId, customerId],
      );
      const r = rows[0];
      if (!r) return false;
      const doc = toDocument(r);
      await appendTimelineEntry(tx, {
        customerId,
        branchId: current.branchId,
        kind: 'document',
        authorId: actor.userId,
        summary: `删除文件：${doc.fileName}`,
        details: { action: 'removed', documentId: doc.id, fileName: doc.fileName },
        at: new Date(),
      });
      await appendToOutbox(tx, documentEvents('removed', doc, actor));
      return true;
    });
  }
}
