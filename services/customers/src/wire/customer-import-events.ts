import type { Principal } from '@crm/auth';
import { newEvent, type EventEnvelope } from '@crm/bus';
import type { customersV1Types } from '@crm/proto';
import type { Customer } from '../domain/customer';
import type { ImportSummary } from '../domain/import-customers.use-case';
import { toCustomerMessage } from './customer.mapper';
import { auditEvent, customerEventTypes } from './customer-events';

export const importCompletedType = 'crm.customers.import.completed';

const actorOf = (p: Principal) => ({ userId: p.userId, kind: p.kind });

/**
 * The created event of each imported record, the same as create publishes (analytics counts them).
 * The audit log gets one entry for the whole import (importCompletedEvents) rather than one per row:
 * 100,000 audit rows would say nothing the import's entry and the created events do not.
 */
export function importedCustomerEvents(customers: Customer[], actor: Principal): EventEnvelope[] {
  return customers.map((c) => {
    const payload: customersV1Types.CustomerCreated = { customer: toCustomerMessage(c) };
    return newEvent(customerEventTypes.created, c.branchId, actorOf(actor), payload);
  });
}

export function importCompletedEvents(summary: ImportSummary, actor: Principal): EventEnvelope[] {
  const payload: customersV1Types.CustomerImportCompleted = {
    importId: summary.importId,
    branchId: summary.branchId,
    mode: summary.mode,
    fileName: summary.fileName,
    totalRows: summary.totalRows,
    imported: summary.imported,
    updated: summary.updated,
    failed: summary.failed,
  };
  return [
    newEvent(importCompletedType, summary.branchId, actorOf(actor), payload),
    auditEvent(actor, {
      action: 'customers.imported',
      entityType: 'customer_import',
      entityId: summary.importId,
      branchId: summary.branchId,
      after: payload,
    }),
  ];
}
