// The customers REST contract beyond the record itself (services/gateway/src/routes/customers*.ts).
import type { Customer, CustomerCard, CustomerClass, CustomerKind, CustomerLevel, Problem } from './types';

export type { Customer, CustomerCard };

/** GET /customers filters (all optional; the server ANDs them). */
export interface CustomerFilters {
  q?: string;
  phone?: string;
  cardUid?: string;
  address?: string;
  city?: string;
  tag?: string;
  ownerId?: string;
  level?: CustomerLevel;
  customerClass?: CustomerClass;
  status?: 'ACTIVE' | 'PENDING_REVIEW' | 'REJECTED';
  kind?: CustomerKind;
  branchId?: string;
  sort?: CustomerSort;
}
export const CUSTOMER_SORTS = ['created', 'name', 'purchaseQuantity'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export interface AddressInput {
  province?: string;
  city?: string;
  district?: string;
  detail?: string;
}
export interface ContactInput {
  id?: string;
  name: string;
  title?: string;
  phones?: string[];
  email?: string;
  birthday?: string;
}

export interface CreateCustomerInput {
  kind: CustomerKind;
  name: string;
  phones?: string[];
  email?: string;
  branchId?: string;
  address?: AddressInput;
  contacts?: ContactInput[];
  source?: string;
  tags?: string[];
  notes?: string;
  customFields?: Record<string, string | number | null>;
  level?: CustomerLevel;
  customerClass?: CustomerClass | null;
  acknowledgeDuplicates?: boolean;
}

export interface UpdateCustomerInput {
  version: number;
  kind?: CustomerKind;
  name?: string;
  phones?: string[];
  email?: string | null;
  address?: AddressInput | null;
  contacts?: ContactInput[];
  source?: string | null;
  tags?: string[];
  notes?: string | null;
  customFields?: Record<string, string | number | null>;
  level?: CustomerLevel;
  customerClass?: CustomerClass | null;
  acknowledgeDuplicates?: boolean;
}

/** A record with the same name or phone, as much as the caller may know of it (查重). */
export interface DuplicateMatch {
  customerId: string;
  name: string;
  maskedPhone: string | null;
  /** null: in the public pool. */
  ownerId: string | null;
  branchId: string;
  matchedOn: ('name' | 'phone')[];
  /** Whether the caller may open the record. */
  inScope: boolean;
  status: 'ACTIVE' | 'PENDING_REVIEW' | 'REJECTED';
}

/** 201/200 of create/update: the record, plus the duplicates acknowledged or sent to review. */
export type CustomerWithDuplicates = Customer & { duplicates?: DuplicateMatch[] };

/** The 409 of a refused duplicate. */
export interface DuplicatesProblem extends Problem {
  code: 'ALREADY_EXISTS';
  duplicates: DuplicateMatch[];
}

export const FOLLOW_UP_KINDS = ['VISIT', 'CALL', 'MESSAGE', 'NOTE'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export type TimelineKind = FollowUpKind | 'CARD_TAP' | 'CALL_IN' | 'QUOTE' | 'ORDER' | 'TICKET';

export interface TimelineEntry {
  id: string;
  customerId: string;
  branchId: string;
  kind: TimelineKind;
  occurredAt: string;
  authorId: string | null;
  summary: string;
  details: Record<string, unknown>;
  sourceEventId: string | null;
  createdAt: string;
}

export interface FollowUpInput {
  kind: FollowUpKind;
  occurredAt?: string;
  summary: string;
}

export type CustomFieldType = 'TEXT' | 'NUMBER' | 'DATE' | 'OPTION';
export interface CustomFieldDefinition {
  id: string;
  branchId: string;
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
  position: number;
  version: number;
}

export interface CustomerSettings {
  branchId: string;
  entryReview: 'NONE' | 'DUPLICATES' | 'ALL';
  version: number;
  pool: {
    maxOwned: number;
    reclaimBlockDays: number;
    autoReturnDays: { ordinary: number; highIntent: number };
    returnReminderDays: number;
  };
  followUpDays: { A: number; B: number; C: number; unclassified: number };
}

export interface TransferInput {
  customerIds: string[];
  fromOwnerId: string;
  toOwnerId: string;
}
