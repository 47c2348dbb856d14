import { createHash } from 'node:crypto';
import { requirePermission, type Principal } from '@crm/auth';
import { notFound } from '@crm/errors';
import { customerPermissions, type Customer } from './customer';
import { requireLive, requireVisible } from './customer-change';
import { checkDocument } from './document-rules';
import { requireUuid } from './get-customer.use-case';

/** A file attached to a customer (R-CUS-10); the bytes are loaded only for a download. */
export interface CustomerDocument {
  id: string;
  customerId: string;
  branchId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: Date;
}

export interface DocumentsPort {
  findById(id: string): Promise<Customer | undefined>;
  listDocuments(customerId: string): Promise<CustomerDocument[]>;
  /** The document of that customer with its bytes. */
  documentContent(
    customerId: string,
    documentId: string,
  ): Promise<{ document: CustomerDocument; content: Buffer } | undefined>;
  /**
   * In one transaction: locks the customer, lets `check` refuse, stores the document with its timeline
   * entry and event.
   */
  insertDocument(
    doc: CustomerDocument,
    content: Buffer,
    actor: Principal,
    check: (current: Customer) => void,
  ): Promise<void>;
  /** Likewise for a removal; false when the customer has no such document. */
  deleteDocument(
    customerId: string,
    documentId: string,
    actor: Principal,
    check: (current: Customer) => void,
  ): Promise<boolean>;
}

async function visibleCustomer(port: DocumentsPort, caller: Principal, id: string): Promise<Customer> {
  requireUuid(id, 'customerId');
  return requireVisible(caller, await port.findById(id), id);
}

export async function listDocuments(
  port: DocumentsPort,
  principal: Principal | undefined,
  customerId: string,
): Promise<CustomerDocument[]> {
  const caller = requirePermission(principal, customerPermissions.read);
  await visibleCustomer(port, caller, customerId);
  return port.listDocuments(customerId);
}

/** Attaches a file after checking its size, name and type (sniffed from the bytes). Nothing is stored on refusal. */
export async function attachDocument(
  port: DocumentsPort,
  principal: Principal | undefined,
  input: { customerId: string; fileName: string; declaredContentType: string; content: Buffer },
  options: { maxBytes: number; now?: Date },
): Promise<CustomerDocument> {
  const caller = requirePermission(principal, customerPermissions.update);
  // Scope first: a caller who may not see the customer learns nothing about its files, or the rules.
  const customer = await visibleCustomer(port, caller, input.customerId);
  requireLive(customer);
  const { fileName, contentType } = checkDocument(input, options.maxBytes);
  const doc: CustomerDocument = {
    id: crypto.randomUUID(),
    customerId: customer.id,
    branchId: customer.branchId,
    fileName,
    contentType,
    sizeBytes: input.content.byteLength,
    sha256: createHash('sha256').update(input.content).digest('hex'),
    uploadedBy: caller.userId,
    uploadedAt: options.now ?? new Date(),
  };
  await port.insertDocument(doc, input.content, caller, (current) => {
    requireVisible(caller, current, input.customerId);
    requireLive(current);
  });
  return doc;
}

export async function getDocumentContent(
  port: DocumentsPort,
  principal: Principal | undefined,
  input: { customerId: string; documentId: string },
): Promise<{ document: CustomerDocument; content: Buffer }> {
  const caller = requirePermission(principal, customerPermissions.read);
  await visibleCustomer(port, caller, input.customerId);
  requireUuid(input.documentId, 'documentId');
  const found = await port.documentContent(input.customerId, input.documentId);
  if (!found) throw notFound('document', input.documentId);
  return found;
}

export async function removeDocument(
  port: DocumentsPort,
  principal: Principal | undefined,
  input: { customerId: string; documentId: string },
): Promise<void> {
  const caller = requirePermission(principal, customerPermissions.update);
  await visibleCustomer(port, caller, input.customerId);
  requireUuid(input.documentId, 'documentId');
  const removed = await port.deleteDocument(input.customerId, input.documentId, caller, (current) => {
    requireVisible(caller, current, input.customerId);
    requireLive(current);
  });
  if (!removed) throw notFound('document', input.documentId);
}
