import type {
  Anniversary,
  Card,
  ChurnStatus,
  Contact,
  Customer,
  CustomerClass,
  CustomerKind,
  CustomerLevel,
  CustomerStatus,
  CustomFieldValues,
} from '../domain/customer';

// The customers table's row and its mapping to the domain record (contacts and cards come from their
// own tables, see customer-contacts / customer-cards repositories).

export interface CustomerRow {
  id: string;
  seq: string;
  branch_id: string;
  department_id: string | null;
  owner_id: string | null;
  kind: CustomerKind;
  name: string;
  name_normalized: string;
  phones: string[];
  email: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address_detail: string | null;
  source: string | null;
  tags: string[];
  notes: string | null;
  custom_fields: CustomFieldValues;
  level: CustomerLevel;
  grade_class: CustomerClass | null;
  purchase_quantity: string;
  status: CustomerStatus;
  review_note: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  version: number;
  created_by: string;
  updated_by: string | null;
  deleted_at: Date | null;
  deleted_by: string | null;
  merged_into: string | null;
  owned_since: Date | null;
  released_at: Date | null;
  previous_owner_id: string | null;
  last_follow_up_at: Date | null;
  last_activity_at: Date | null;
  churn_status: ChurnStatus;
  churn_flagged_at: Date | null;
  churn_pause_plan: string | null;
  /** YYYY-MM-DD (selected as text). */
  churn_pause_until: string | null;
  churn_reason: string | null;
  churn_changed_by: string | null;
  churn_changed_at: Date | null;
  anniversaries: Anniversary[];
  created_at: Date;
  updated_at: Date;
  /** The sort key of name order, when listing by name. */
  sort_name?: string;
}

const COLUMNS = [
  'id',
  'seq',
  'branch_id',
  'department_id',
  'owner_id',
  'kind',
  'name',
  'name_normalized',
  'phones',
  'email',
  'province',
  'city',
  'district',
  'address_detail',
  'source',
  'tags',
  'notes',
  'custom_fields',
  'level',
  'grade_class',
  'status',
  'review_note',
  'reviewed_by',
  'reviewed_at',
  'version',
  'created_by',
  'updated_by',
  'deleted_at',
  'deleted_by',
  'merged_into',
  'owned_since',
  'released_at',
  'previous_owner_id',
  'last_follow_up_at',
  'last_activity_at',
  'churn_status',
  'churn_flagged_at',
  'churn_pause_plan',
  'churn_reason',
  'churn_changed_by',
  'churn_changed_at',
  'anniversaries',
  'created_at',
  'updated_at',
];

/** The select list of a customer row under a table alias (the quantity as text, without trailing zeros). */
export const customerColumns = (alias: string) =>
  [
    ...COLUMNS.map((c) => `${alias}.${c}`),
    `trim_scale(${alias}.purchase_quantity)::text AS purchase_quantity`,
    `${alias}.churn_pause_until::text AS churn_pause_until`,
  ].join(', ');

/** The columns of the data-scope condition (@crm/auth scopeCondition) on customers aliased `c`. */
export const CUSTOMER_SCOPE_COLUMNS = {
  branch: 'c.branch_id',
  owner: 'c.owner_id',
  department: 'c.department_id',
};

/**
 * The profile columns insert and update both write, in the order of their placeholders $2..$20
 * (after the id at $1): one list, so the two statements cannot drift apart.
 */
export const profileValues = (c: Customer): unknown[] => [
  c.branchId,
  c.departmentId,
  c.ownerId,
  c.kind,
  c.name,
  c.nameNormalized,
  c.phones,
  c.email,
  c.address.province,
  c.address.city,
  c.address.district,
  c.address.detail,
  c.source,
  c.tags,
  c.notes,
  JSON.stringify(c.customFields),
  c.level,
  c.customerClass,
  c.status,
];

/** Child rows (contacts, cards) grouped by the customer they belong to. */
export function groupByCustomer<R extends { customer_id: string }, T>(
  rows: R[],
  map: (row: R) => T,
): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const r of rows) (by.get(r.customer_id) ?? by.set(r.customer_id, []).get(r.customer_id)!).push(map(r));
  return by;
}

export function toCustomer(row: CustomerRow, contacts: Contact[], cards: Card[]): Customer {
  return {
    id: row.id,
    branchId: row.branch_id,
    departmentId: row.department_id,
    ownerId: row.owner_id,
    kind: row.kind,
    name: row.name,
    nameNormalized: row.name_normalized,
    phones: row.phones,
    email: row.email,
    address: { province: row.province, city: row.city, district: row.district, detail: row.address_detail },
    contacts,
    source: row.source,
    tags: row.tags,
    notes: row.notes,
    customFields: row.custom_fields,
    level: row.level,
    customerClass: row.grade_class,
    status: row.status,
    version: row.version,
    purchaseQuantity: row.purchase_quantity,
    cards,
    deletedAt: row.deleted_at,
    deletedBy: row.deleted_by,
    mergedInto: row.merged_into,
    ownedSince: row.owned_since,
    releasedAt: row.released_at,
    previousOwnerId: row.previous_owner_id,
    lastFollowUpAt: row.last_follow_up_at,
    churn: {
      status: row.churn_status,
      flaggedAt: row.churn_flagged_at,
      // Before any activity the clock runs from the record's creation.
      lastActivityAt: row.last_activity_at ?? row.created_at,
      pausePlan: row.churn_pause_plan,
      pauseUntil: row.churn_pause_until,
      reason: row.churn_reason,
      changedBy: row.churn_changed_by,
      changedAt: row.churn_changed_at,
    },
    anniversaries: row.anniversaries,
    reviewNote: row.review_note,
    reviewedBy: row.reviewed_by,
    reviewedAt: row.reviewed_at,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
