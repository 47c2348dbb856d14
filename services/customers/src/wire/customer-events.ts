import type { Principal } from '@crm/auth';
import { newEvent, type EventEnvelope } from '@crm/bus';
import type { customersV1Types, identityV1Types } from '@crm/proto';
import { currentRequestContext } from '@crm/telemetry';
import type { Card, Customer } from '../domain/customer';
import type { CustomerChange } from '../domain/customer-change';
import type { CustomFieldDefinition } from '../domain/custom-fields';
import type { CustomerSettings } from '../domain/customer-settings';
import type { TimelineEntry } from '../domain/timeline.use-case';
import {
  toCardMessage,
  toCustomerMessage,
  toFieldDefinitionMessage,
  toSettingsMessage,
  toTimelineEntryMessage,
} from './customer.mapper';

// The events this service publishes, as they go out: subject and proto payload. They are built here,
// below store/ (which appends them to the outbox in the transaction of the change) and events/ (whose
// consumers write through store/), so that the imports between the three point one way.

/** Subjects this service publishes (crm.<service>.<entity>.<verb>, past tense). */
export const customerEventTypes = {
  created: 'crm.customers.customer.created',
  updated: 'crm.customers.customer.updated',
  merged: 'crm.customers.customer.merged',
  deleted: 'crm.customers.customer.deleted',
  restored: 'crm.customers.customer.restored',
  purged: 'crm.customers.customer.purged',
  transferred: 'crm.customers.customer.transferred',
  released: 'crm.customers.customer.released',
  claimed: 'crm.customers.customer.claimed',
  poolReturnDue: 'crm.customers.customer.pool_return_due',
  cardIssued: 'crm.customers.card.issued',
  cardRevoked: 'crm.customers.card.revoked',
  cardReplaced: 'crm.customers.card.replaced',
  fieldDefinitionCreated: 'crm.customers.field_definition.created',
  fieldDefinitionUpdated: 'crm.customers.field_definition.updated',
  fieldDefinitionDeleted: 'crm.customers.field_definition.deleted',
  settingsUpdated: 'crm.customers.settings.updated',
  followUpRecorded: 'crm.customers.follow_up.recorded',
  /** Payload crm.identity.v1.AuditRecorded; the identity service keeps the audit log (R-ID-4). */
  auditRecorded: 'crm.customers.audit.recorded',
} as const;

const actorOf = (p: Principal) => ({ userId: p.userId, kind: p.kind });

function event<T>(type: string, branchId: string, actor: Principal, payload: T): EventEnvelope<T> {
  return newEvent(type, branchId, actorOf(actor), payload);
}

/** A snapshot for the audit log: the record as the API shows it (there are no secrets in it). */
const snapshot = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));

export function auditEvent(
  actor: Principal,
  entry: {
    action: string;
    entityType: string;
    entityId: string;
    branchId: string;
    before?: unknown;
    after?: unknown;
  },
): EventEnvelope<identityV1Types.AuditRecorded> {
  return event(customerEventTypes.auditRecorded, entry.branchId, actor, {
    occurredAt: new Date().toISOString(),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    actorId: actor.userId,
    actorName: actor.username ?? '',
    branchId: entry.branchId,
    requestId: currentRequestContext()?.requestId ?? '',
    beforeJson: snapshot(entry.before),
    afterJson: snapshot(entry.after),
  });
}

const customerAudit = (actor: Principal, action: string, before?: Customer, after?: Customer) => {
  const c = (after ?? before)!;
  return auditEvent(actor, {
    action,
    entityType: 'customer',
    entityId: c.id,
    branchId: c.branchId,
    before: before && toCustomerMessage(before),
    after: after && toCustomerMessage(after),
  });
};

const cardAudit = (actor: Principal, action: string, before: Card | undefined, after: Card) =>
  auditEvent(actor, {
    action,
    entityType: 'card',
    entityId: after.id,
    branchId: after.branchId,
    before: before && toCardMessage(before),
    after: toCardMessage(after),
  });

export function customerCreatedEvents(customer: Customer, actor: Principal): EventEnvelope[] {
  const payload: customersV1Types.CustomerCreated = { customer: toCustomerMessage(customer) };
  return [
    event(customerEventTypes.created, customer.branchId, actor, payload),
    customerAudit(actor, 'customer.created', undefined, customer),
  ];
}

/** The events of a change to one record, its audit entry last. */
export function customerChangeEvents(
  change: CustomerChange,
  before: Customer,
  after: Customer,
  actor: Principal,
): EventEnvelope[] {
  const branch = after.branchId;
  switch (change.kind) {
    case 'updated': {
      const payload: customersV1Types.CustomerUpdated = {
        customer: toCustomerMessage(after),
        changedFields: change.changedFields,
      };
      return [
        event(customerEventTypes.updated, branch, actor, payload),
        customerAudit(actor, change.action, before, after),
      ];
    }
    case 'deleted': {
      const payload: customersV1Types.CustomerDeleted = { customer: toCustomerMessage(after) };
      return [
        event(customerEventTypes.deleted, branch, actor, payload),
        customerAudit(actor, 'customer.deleted', before, after),
      ];
    }
    case 'restored': {
      const payload: customersV1Types.CustomerRestored = { customer: toCustomerMessage(after) };
      return [
        event(customerEventTypes.restored, branch, actor, payload),
        customerAudit(actor, 'customer.restored', before, after),
      ];
    }
    case 'transferred': {
      const payload: customersV1Types.CustomerTransferred = {
        customer: toCustomerMessage(after),
        fromOwnerId: change.fromOwnerId,
        toOwnerId: change.toOwnerId,
      };
      return [
        event(customerEventTypes.transferred, branch, actor, payload),
        customerAudit(actor, 'customer.transferred', before, after),
      ];
    }
    case 'released': {
      const payload: customersV1Types.CustomerReleased = {
        customer: toCustomerMessage(after),
        previousOwnerId: change.previousOwnerId,
        automatic: change.automatic,
      };
      return [
        event(customerEventTypes.released, branch, actor, payload),
        customerAudit(actor, 'customer.released', before, after),
      ];
    }
    case 'claimed': {
      const payload: customersV1Types.CustomerClaimed = { customer: toCustomerMessage(after) };
      return [
        event(customerEventTypes.claimed, branch, actor, payload),
        customerAudit(actor, 'customer.claimed', before, after),
      ];
    }
    case 'card.issued': {
      const payload: customersV1Types.CardIssued = { card: toCardMessage(change.card) };
      return [
        event(customerEventTypes.cardIssued, branch, actor, payload),
        cardAudit(actor, 'card.issued', undefined, change.card),
      ];
    }
    case 'card.revoked': {
      const previous = before.cards.find((c) => c.id === change.card.id);
      const payload: customersV1Types.CardRevoked = { card: toCardMessage(change.card) };
      return [
        event(customerEventTypes.cardRevoked, branch, actor, payload),
        cardAudit(actor, 'card.revoked', previous, change.card),
      ];
    }
    case 'card.replaced': {
      const previous = before.cards.find((c) => c.id === change.oldCard.id);
      const payload: customersV1Types.CardReplaced = {
        oldCard: toCardMessage(change.oldCard),
        newCard: toCardMessage(change.newCard),
      };
      return [
        event(customerEventTypes.cardReplaced, branch, actor, payload),
        cardAudit(actor, 'card.replaced', previous, change.oldCard),
        cardAudit(actor, 'card.issued', undefined, change.newCard),
      ];
    }
  }
}

export function customerMergedEvents(
  merge: {
    targetBefore: Customer;
    targetAfter: Customer;
    sourceBefore: Customer;
    sourceAfter: Customer;
    movedContactIds: string[];
    movedCardIds: string[];
  },
  actor: Principal,
): EventEnvelope[] {
  const payload: customersV1Types.CustomerMerged = {
    customer: toCustomerMessage(merge.targetAfter),
    sourceId: merge.sourceAfter.id,
    movedContactIds: merge.movedContactIds,
    movedCardIds: merge.movedCardIds,
  };
  return [
    event(customerEventTypes.merged, merge.targetAfter.branchId, actor, payload),
    customerAudit(actor, 'customer.merged', merge.targetBefore, merge.targetAfter),
    customerAudit(actor, 'customer.merged_away', merge.sourceBefore, merge.sourceAfter),
  ];
}

export function customerPurgedEvents(customer: Customer, actor: Principal): EventEnvelope[] {
  const payload: customersV1Types.CustomerPurged = { customerId: customer.id, branchId: customer.branchId };
  return [
    event(customerEventTypes.purged, customer.branchId, actor, payload),
    customerAudit(actor, 'customer.purged', customer, undefined),
  ];
}

export function fieldDefinitionEvents(
  verb: 'created' | 'updated' | 'deleted',
  before: CustomFieldDefinition | undefined,
  after: CustomFieldDefinition,
  actor: Principal,
): EventEnvelope[] {
  const type = {
    created: customerEventTypes.fieldDefinitionCreated,
    updated: customerEventTypes.fieldDefinitionUpdated,
    deleted: customerEventTypes.fieldDefinitionDeleted,
  }[verb];
  const payload: customersV1Types.CustomFieldDefinitionChanged = {
    definition: toFieldDefinitionMessage(after),
  };
  return [
    event(type, after.branchId, actor, payload),
    auditEvent(actor, {
      action: `field_definition.${verb}`,
      entityType: 'customer_field_definition',
      entityId: after.id,
      branchId: after.branchId,
      before: before && toFieldDefinitionMessage(before),
      after: verb === 'deleted' ? undefined : toFieldDefinitionMessage(after),
    }),
  ];
}

export function settingsUpdatedEvents(
  before: CustomerSettings,
  after: CustomerSettings,
  actor: Principal,
): EventEnvelope[] {
  const payload: customersV1Types.CustomerSettingsUpdated = { settings: toSettingsMessage(after) };
  return [
    event(customerEventTypes.settingsUpdated, after.branchId, actor, payload),
    auditEvent(actor, {
      action: 'settings.updated',
      entityType: 'customer_settings',
      entityId: after.branchId,
      branchId: after.branchId,
      before: toSettingsMessage(before),
      after: toSettingsMessage(after),
    }),
  ];
}

/** A follow-up written on a customer's timeline, with its audit entry. */
export function followUpRecordedEvents(entry: TimelineEntry, actor: Principal): EventEnvelope[] {
  const message = toTimelineEntryMessage(entry);
  const payload: customersV1Types.FollowUpRecorded = { entry: message };
  return [
    event(customerEventTypes.followUpRecorded, entry.branchId, actor, payload),
    auditEvent(actor, {
      action: 'follow_up.recorded',
      entityType: 'customer_timeline',
      entityId: entry.id,
      branchId: entry.branchId,
      after: message,
    }),
  ];
}

/** The owner is reminded that the customer returns to the pool at `dueAt` unless followed up. */
export function poolReturnDueEvents(customer: Customer, dueAt: Date, actor: Principal): EventEnvelope[] {
  const payload: customersV1Types.CustomerPoolReturnDue = {
    customer: toCustomerMessage(customer),
    ownerId: customer.ownerId ?? '',
    dueAt: dueAt.toISOString(),
  };
  return [event(customerEventTypes.poolReturnDue, customer.branchId, actor, payload)];
}
