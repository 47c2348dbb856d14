/** A customer as the customers service owns it (R-CUS-1). */
export interface Customer {
  id: string;
  branchId: string;
  departmentId: string | null;
  /** null: in the public pool (公海). */
  ownerId: string | null;
  kind: CustomerKind;
  name: string;
  /** NFKC, lower case, without spaces and punctuation: the key of the duplicate check. */
  nameNormalized: string;
  /** E.164, in the order given; the first is "the" phone. */
  phones: string[];
  email: string | null;
  address: Address;
  contacts: Contact[];
  source: string | null;
  tags: string[];
  notes: string | null;
  customFields: CustomFieldValues;
  level: CustomerLevel;
  customerClass: CustomerClass | null;
  status: CustomerStatus;
  version: number;
  /** Decimal string; 0 until sales events feed it. */
  purchaseQuantity: string;
  /** Every card ever issued, newest first. */
  cards: Card[];
  deletedAt: Date | null;
  deletedBy: string | null;
  mergedInto: string | null;
  /** Since when the current owner has it (the idle clock of the pool starts there); null in the pool. */
  ownedSince: Date | null;
  /** When it last went to the pool, and whose it was. */
  releasedAt: Date | null;
  previousOwnerId: string | null;
  /** The latest follow-up on its timeline (written by the timeline, read-only here). */
  lastFollowUpAt: Date | null;
  /** Churn (R-CUS-8): written by the churn use cases and sweep only, never by a profile update. */
  churn: ChurnState;
  /** Yearly dates of the customer, e.g. 合作纪念日 (special care, R-CUS-9). */
  anniversaries: Anniversary[];
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  createdBy: string;
  updatedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Address {
  province: string | null;
  city: string | null;
  district: string | null;
  detail: string | null;
}

export interface Contact {
  id: string;
  name: string;
  title: string | null;
  /** E.164. */
  phones: string[];
  email: string | null;
  /** YYYY-MM-DD. */
  birthday: string | null;
}

export interface Card {
  id: string;
  customerId: string;
  branchId: string;
  /** Upper-case hex, 4–10 bytes. */
  uid: string;
  status: CardStatus;
  issuedAt: Date;
  issuedBy: string;
  revokedAt: Date | null;
  revokedBy: string | null;
  revokeReason: string | null;
  replacedBy: string | null;
}

export const churnStatuses = ['active', 'at_risk', 'paused', 'confirmed'] as const;
export type ChurnStatus = (typeof churnStatuses)[number];

/** Where a customer stands on the way to being lost (流失, R-CUS-8). */
export interface ChurnState {
  status: ChurnStatus;
  /** When the current at-risk episode was flagged (the churn_flagged event went out for it). */
  flaggedAt: Date | null;
  /** The latest sign of life: follow-up, reactivation (purchases later); the creation time before any. */
  lastActivityAt: Date | null;
  /** 暂缓流失: the plan and the calendar day (YYYY-MM-DD) until which the flag is suppressed. */
  pausePlan: string | null;
  pauseUntil: string | null;
  /** 确定流失: why. */
  reason: string | null;
  changedBy: string | null;
  changedAt: Date | null;
}

export const activeChurn = (lastActivityAt: Date | null = null): ChurnState => ({
  status: 'active',
  flaggedAt: null,
  lastActivityAt,
  pausePlan: null,
  pauseUntil: null,
  reason: null,
  changedBy: null,
  changedAt: null,
});

/** A yearly date (label + YYYY-MM-DD); Feb 29 is celebrated on Feb 28 in other years. */
export interface Anniversary {
  label: string;
  date: string;
}

export type CustomFieldValue = string | number;
export type CustomFieldValues = Record<string, CustomFieldValue>;

export const customerKinds = ['CUSTOMER_KIND_COMPANY', 'CUSTOMER_KIND_INDIVIDUAL'] as const;
export type CustomerKind = (typeof customerKinds)[number];

export const customerLevels = ['ordinary', 'high_intent'] as const;
export type CustomerLevel = (typeof customerLevels)[number];

export const customerClasses = ['A', 'B', 'C'] as const;
export type CustomerClass = (typeof customerClasses)[number];

export const customerStatuses = ['active', 'pending_review', 'rejected'] as const;
export type CustomerStatus = (typeof customerStatuses)[number];

export const cardStatuses = ['active', 'revoked', 'replaced'] as const;
export type CardStatus = (typeof cardStatuses)[number];

export const emptyAddress = (): Address => ({ province: null, city: null, district: null, detail: null });

/** Permissions this service checks itself (the gateway checks them too). */
export const customerPermissions = {
  create: 'customers.create',
  read: 'customers.read',
  update: 'customers.update',
  delete: 'customers.delete',
  purge: 'customers.purge',
  review: 'customers.review',
  cards: 'customers.cards',
  settings: 'customers.settings',
  transfer: 'customers.transfer',
  claim: 'customers.claim',
  import: 'customers.import',
  export: 'customers.export',
} as const;

/** Size limits of a record; the database checks the same ones. */
export const limits = {
  name: 200,
  phones: 10,
  contacts: 20,
  contactName: 100,
  title: 100,
  email: 254,
  addressPart: 100,
  addressDetail: 500,
  source: 100,
  tags: 20,
  tag: 32,
  notes: 5000,
  customFieldsBytes: 16_384,
  customFieldText: 2000,
  reason: 500,
  anniversaries: 10,
  anniversaryLabel: 50,
  churnPlan: 2000,
  churnReason: 500,
} as const;

/** The phones of the customer and of its contacts: what a call can be recognised by. */
export function allPhones(c: Pick<Customer, 'phones' | 'contacts'>): string[] {
  return [...new Set([...c.phones, ...c.contacts.flatMap((k) => k.phones)])];
}

/** The UIDs of the customer's active cards: what a card tap can be recognised by. */
export function activeCardUids(c: Pick<Customer, 'cards'>): string[] {
  return c.cards.filter((card) => card.status === 'active').map((card) => card.uid);
}

export const isDeleted = (c: Pick<Customer, 'deletedAt'>) => c.deletedAt !== null;
