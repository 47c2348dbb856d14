// Customer settings of a branch and its custom field definitions (客户设置), and the due follow-ups
// list (待跟进): services/gateway/src/routes/customers-admin.routes.ts and customers-timeline.routes.ts.
import type { CustomerSettings, CustomFieldDefinition, CustomFieldType } from './customers.types';
import type { Customer } from './types';

export const ENTRY_REVIEWS = ['NONE', 'DUPLICATES', 'ALL'] as const;
export type EntryReview = (typeof ENTRY_REVIEWS)[number];

export const CUSTOM_FIELD_TYPES = [
  'TEXT',
  'NUMBER',
  'DATE',
  'OPTION',
] as const satisfies readonly CustomFieldType[];

/** Customer classes with a follow-up interval; `unclassified` is a customer without a class. */
export const FOLLOW_UP_CLASSES = ['A', 'B', 'C', 'unclassified'] as const;
export type FollowUpClass = (typeof FOLLOW_UP_CLASSES)[number];

/** The whole settings resource (the older CustomerSettings type has only what the pool page reads). */
export interface BranchCustomerSettings extends CustomerSettings {
  entryReview: EntryReview;
  /** Days without activity before a customer is at risk of churn; 0 = never. */
  churnAtRiskDays: number;
  /** Days ahead of a birthday or anniversary the care reminder goes out (0–60). */
  careLeadDays: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/**
 * PUT body: the sections to change (at least one). It carries no version: the gateway does not take
 * one, so the page compares versions itself before saving.
 */
export interface CustomerSettingsInput {
  entryReview?: EntryReview;
  pool?: BranchCustomerSettings['pool'];
  followUpDays?: BranchCustomerSettings['followUpDays'];
  churnAtRiskDays?: number;
  careLeadDays?: number;
  /** The version the form was loaded with: a save over someone else's change is refused (409). */
  version?: number;
}

export interface CreateFieldDefinitionInput {
  branchId?: string;
  /** a-z, 0-9 and _, starting with a letter; fixed once created. */
  key: string;
  label: string;
  /** Fixed once created. */
  type: CustomFieldType;
  options?: string[];
  required?: boolean;
  position?: number;
}

/** PATCH body: `version` as read (a stale one is a 409) and what changes. */
export interface UpdateFieldDefinitionInput {
  version: number;
  label?: string;
  options?: string[];
  required?: boolean;
  position?: number;
}

export type { CustomFieldDefinition, CustomFieldType };

export interface DueFollowUp {
  customer: Customer;
  /** When the next follow-up fell due (last follow-up, or since-owned time, + the class interval). */
  dueAt: string;
}
