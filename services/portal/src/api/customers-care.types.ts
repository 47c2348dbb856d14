// Churn (流失预警) and special care (客户关怀) contract
// (services/gateway/src/routes/customers-care.routes.ts).
import type { Customer } from './types';

export const CHURN_STATUSES = ['active', 'at_risk', 'paused', 'confirmed'] as const;
export type ChurnStatus = (typeof CHURN_STATUSES)[number];
/** The statuses the churn list shows (an active customer is not on it). */
export const CHURN_LIST_STATUSES = ['at_risk', 'paused', 'confirmed'] as const;
export type ChurnListStatus = (typeof CHURN_LIST_STATUSES)[number];

export interface ChurnState {
  status: ChurnStatus;
  flaggedAt: string | null;
  lastActivityAt: string | null;
  /** 暂缓流失: what the owner will do, and until when (YYYY-MM-DD) the flag is suppressed. */
  pausePlan: string | null;
  pauseUntil: string | null;
  /** 确定流失: why. */
  reason: string | null;
}

export interface ChurnItem {
  customer: Customer;
  churn: ChurnState;
}

export interface ChurnPage {
  items: ChurnItem[];
  nextCursor: string | null;
}

export interface PauseChurnInput {
  plan: string;
  /** YYYY-MM-DD, in the future. */
  until: string;
}

export const CARE_OCCASIONS = ['birthday', 'anniversary'] as const;
export type CareOccasion = (typeof CARE_OCCASIONS)[number];

/** An upcoming birthday (of a contact) or anniversary (of the customer). */
export interface CareDueItem {
  customerId: string;
  customerName: string;
  contactId?: string | null;
  contactName?: string | null;
  occasion: CareOccasion;
  label: string;
  /** The next occurrence, YYYY-MM-DD. */
  date: string;
  daysUntil: number;
}

/** A day the customer celebrates (e.g. 合作纪念日), YYYY-MM-DD. */
export interface Anniversary {
  label: string;
  date: string;
}

/** What the churn and care work adds to the customer resource (absent from an older gateway). */
export interface CustomerCareFields {
  churn?: ChurnState;
  anniversaries?: Anniversary[];
}
