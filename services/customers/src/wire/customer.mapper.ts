import type { customersV1Types as t } from '@crm/proto';
import type {
  Card,
  CardStatus,
  ChurnState,
  ChurnStatus,
  Contact,
  Customer,
  CustomerClass,
  CustomerLevel,
  CustomerStatus,
} from '../domain/customer';
import type { CustomFieldDefinition, CustomFieldType } from '../domain/custom-fields';
import type { DuplicateMatch, EntryReview } from '../domain/duplicates';
import type { CustomerSettings } from '../domain/customer-settings';
import type { TimelineEntry, TimelineKind } from '../domain/timeline.use-case';

/** Domain ↔ wire enum values (the wire has the proto names, the domain short lower-case ones). */
export const levelToWire: Record<CustomerLevel, t.CustomerLevel> = {
  ordinary: 'CUSTOMER_LEVEL_ORDINARY',
  high_intent: 'CUSTOMER_LEVEL_HIGH_INTENT',
};
export const classToWire: Record<CustomerClass, t.CustomerClass> = {
  A: 'CUSTOMER_CLASS_A',
  B: 'CUSTOMER_CLASS_B',
  C: 'CUSTOMER_CLASS_C',
};
export const statusToWire: Record<CustomerStatus, t.CustomerStatus> = {
  active: 'CUSTOMER_STATUS_ACTIVE',
  pending_review: 'CUSTOMER_STATUS_PENDING_REVIEW',
  rejected: 'CUSTOMER_STATUS_REJECTED',
};
export const churnStatusToWire: Record<ChurnStatus, t.ChurnStatus> = {
  active: 'CHURN_STATUS_ACTIVE',
  at_risk: 'CHURN_STATUS_AT_RISK',
  paused: 'CHURN_STATUS_PAUSED',
  confirmed: 'CHURN_STATUS_CONFIRMED',
};
export const cardStatusToWire: Record<CardStatus, t.CardStatus> = {
  active: 'CARD_STATUS_ACTIVE',
  revoked: 'CARD_STATUS_REVOKED',
  replaced: 'CARD_STATUS_REPLACED',
};
export const fieldTypeToWire: Record<CustomFieldType, t.CustomFieldType> = {
  text: 'CUSTOM_FIELD_TYPE_TEXT',
  number: 'CUSTOM_FIELD_TYPE_NUMBER',
  date: 'CUSTOM_FIELD_TYPE_DATE',
  option: 'CUSTOM_FIELD_TYPE_OPTION',
};
export const entryReviewToWire: Record<EntryReview, t.EntryReview> = {
  none: 'ENTRY_REVIEW_NONE',
  duplicates: 'ENTRY_REVIEW_DUPLICATES',
  all: 'ENTRY_REVIEW_ALL',
};

/**
 * Wire → domain for an enum input: the unspecified value (and anything unknown) is undefined, so the
 * use case applies its default or reports the field.
 */
export function fromWire<D extends string>(
  map: Record<D, string | number>,
  value: string | number | undefined | null,
): D | undefined {
  if (value === undefined || value === null) return undefined;
  for (const [domain, wire] of Object.entries(map) as [D, string | number][])
    if (wire === value) return domain;
  return undefined;
}

/** Like fromWire, but an unknown value is passed on as is so that validation names the field. */
export function enumInput<D extends string>(
  map: Record<D, string | number>,
  value: string | number | undefined | null,
  unspecified: string,
): D | undefined {
  if (value === undefined || value === null || value === unspecified) return undefined;
  return fromWire(map, value) ?? (String(value) as D);
}

const iso = (d: Date | null) => (d ? d.toISOString() : '');

export function toContactMessage(c: Contact): t.Contact {
  return {
    id: c.id,
    name: c.name,
    title: c.title ?? '',
    phones: c.phones,
    email: c.email ?? '',
    birthday: c.birthday ?? '',
  };
}

export function toCardMessage(c: Card): t.Card {
  return {
    id: c.id,
    customerId: c.customerId,
    uid: c.uid,
    status: cardStatusToWire[c.status],
    issuedAt: c.issuedAt.toISOString(),
    issuedBy: c.issuedBy,
    revokedAt: iso(c.revokedAt),
    revokedBy: c.revokedBy ?? '',
    revokeReason: c.revokeReason ?? '',
    replacedByCardId: c.replacedBy ?? '',
    branchId: c.branchId,
  };
}

export function toChurnMessage(c: ChurnState): t.CustomerChurn {
  return {
    status: churnStatusToWire[c.status],
    flaggedAt: iso(c.flaggedAt),
    lastActivityAt: iso(c.lastActivityAt),
    pausePlan: c.pausePlan ?? '',
    pauseUntil: c.pauseUntil ?? '',
    reason: c.reason ?? '',
    changedBy: c.changedBy ?? '',
    changedAt: iso(c.changedAt),
  };
}

/** Domain → wire. Absent optional values are empty strings on the wire (proto3). */
export function toCustomerMessage(c: Customer): t.Customer {
  return {
    id: c.id,
    branchId: c.branchId,
    departmentId: c.departmentId ?? '',
    ownerId: c.ownerId ?? '',
    kind: c.kind,
    name: c.name,
    phone: c.phones[0] ?? '',
    phones: c.phones,
    email: c.email ?? '',
    address: {
      province: c.address.province ?? '',
      city: c.address.city ?? '',
      district: c.address.district ?? '',
      detail: c.address.detail ?? '',
    },
    contacts: c.contacts.map(toContactMessage),
    source: c.source ?? '',
    tags: c.tags,
    notes: c.notes ?? '',
    customFieldsJson: JSON.stringify(c.customFields),
    level: levelToWire[c.level],
    customerClass: c.customerClass ? classToWire[c.customerClass] : 'CUSTOMER_CLASS_UNSPECIFIED',
    status: statusToWire[c.status],
    version: c.version,
    purchaseQuantity: c.purchaseQuantity,
    cards: c.cards.map(toCardMessage),
    deletedAt: iso(c.deletedAt),
    deletedBy: c.deletedBy ?? '',
    mergedInto: c.mergedInto ?? '',
    ownedSince: iso(c.ownedSince),
    releasedAt: iso(c.releasedAt),
    previousOwnerId: c.previousOwnerId ?? '',
    lastFollowUpAt: iso(c.lastFollowUpAt),
    churn: toChurnMessage(c.churn),
    anniversaries: c.anniversaries.map((a) => ({ label: a.label, date: a.date })),
    createdBy: c.createdBy,
    updatedBy: c.updatedBy ?? '',
    reviewNote: c.reviewNote ?? '',
    reviewedBy: c.reviewedBy ?? '',
    reviewedAt: iso(c.reviewedAt),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function toDuplicateMatchMessage(m: DuplicateMatch): t.DuplicateMatch {
  return {
    customerId: m.customerId,
    name: m.name,
    maskedPhone: m.maskedPhone,
    ownerId: m.ownerId ?? '',
    branchId: m.branchId,
    matchedOn: m.matchedOn,
    inScope: m.inScope,
    status: statusToWire[m.status],
  };
}

export function toFieldDefinitionMessage(d: CustomFieldDefinition): t.CustomFieldDefinition {
  return {
    id: d.id,
    branchId: d.branchId,
    key: d.key,
    label: d.label,
    type: fieldTypeToWire[d.type],
    options: d.options,
    required: d.required,
    position: d.position,
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

export function toSettingsMessage(s: CustomerSettings): t.CustomerSettings {
  return {
    branchId: s.branchId,
    entryReview: entryReviewToWire[s.entryReview],
    version: s.version,
    updatedAt: iso(s.updatedAt),
    updatedBy: s.updatedBy ?? '',
    pool: {
      maxOwned: s.pool.maxOwned,
      reclaimBlockDays: s.pool.reclaimBlockDays,
      autoReturnDaysOrdinary: s.pool.autoReturnDays.ordinary,
      autoReturnDaysHighIntent: s.pool.autoReturnDays.high_intent,
      returnReminderDays: s.pool.returnReminderDays,
    },
    followUpDays: {
      classA: s.followUpDays.A,
      classB: s.followUpDays.B,
      classC: s.followUpDays.C,
      unclassified: s.followUpDays.unclassified,
    },
    churnAtRiskDays: s.churnAtRiskDays,
    careLeadDays: s.careLeadDays,
  };
}

export const timelineKindToWire: Record<TimelineKind, t.TimelineEntryKind> = {
  visit: 'TIMELINE_ENTRY_KIND_VISIT',
  call: 'TIMELINE_ENTRY_KIND_CALL',
  message: 'TIMELINE_ENTRY_KIND_MESSAGE',
  note: 'TIMELINE_ENTRY_KIND_NOTE',
  card_tap: 'TIMELINE_ENTRY_KIND_CARD_TAP',
  call_in: 'TIMELINE_ENTRY_KIND_CALL_IN',
  quote: 'TIMELINE_ENTRY_KIND_QUOTE',
  order: 'TIMELINE_ENTRY_KIND_ORDER',
  ticket: 'TIMELINE_ENTRY_KIND_TICKET',
  churn: 'TIMELINE_ENTRY_KIND_CHURN',
  document: 'TIMELINE_ENTRY_KIND_DOCUMENT',
};

export function toTimelineEntryMessage(e: TimelineEntry): t.TimelineEntry {
  return {
    id: e.id,
    customerId: e.customerId,
    branchId: e.branchId,
    kind: timelineKindToWire[e.kind],
    occurredAt: e.occurredAt.toISOString(),
    authorId: e.authorId ?? '',
    summary: e.summary,
    detailsJson: JSON.stringify(e.details),
    sourceEventId: e.sourceEventId ?? '',
    createdAt: e.createdAt.toISOString(),
  };
}
