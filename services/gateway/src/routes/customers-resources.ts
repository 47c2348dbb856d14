import { z } from 'zod';
import { DomainError, PROBLEM_CONTENT_TYPE, toProblem } from '@crm/errors';
import type { customersV1Types as t } from '@crm/proto';
import type { ApiResult, RouteInput } from '../http/api-route';
import { pageQuery, toPage } from './route-helpers';

// REST shapes of the customers service's records: enums without their proto prefix, absent values as
// null. Request schemas check shape and size only (generous limits, so the service names the exact
// rule); the customers service owns the business rules.

const orNull = (v: string) => (v === '' ? null : v);
const strip = <P extends string>(prefix: P, v: string) => v.replace(prefix, '');

export const kinds = { COMPANY: 'CUSTOMER_KIND_COMPANY', INDIVIDUAL: 'CUSTOMER_KIND_INDIVIDUAL' } as const;
export const levels = {
  ORDINARY: 'CUSTOMER_LEVEL_ORDINARY',
  HIGH_INTENT: 'CUSTOMER_LEVEL_HIGH_INTENT',
} as const;
export const classes = { A: 'CUSTOMER_CLASS_A', B: 'CUSTOMER_CLASS_B', C: 'CUSTOMER_CLASS_C' } as const;
export const statuses = {
  ACTIVE: 'CUSTOMER_STATUS_ACTIVE',
  PENDING_REVIEW: 'CUSTOMER_STATUS_PENDING_REVIEW',
  REJECTED: 'CUSTOMER_STATUS_REJECTED',
} as const;
export const sorts = {
  created: 'CUSTOMER_SORT_CREATED_DESC',
  name: 'CUSTOMER_SORT_NAME_ASC',
  purchaseQuantity: 'CUSTOMER_SORT_PURCHASE_QUANTITY_DESC',
} as const;
export const fieldTypes = {
  TEXT: 'CUSTOM_FIELD_TYPE_TEXT',
  NUMBER: 'CUSTOM_FIELD_TYPE_NUMBER',
  DATE: 'CUSTOM_FIELD_TYPE_DATE',
  OPTION: 'CUSTOM_FIELD_TYPE_OPTION',
} as const;
export const entryReviews = {
  NONE: 'ENTRY_REVIEW_NONE',
  DUPLICATES: 'ENTRY_REVIEW_DUPLICATES',
  ALL: 'ENTRY_REVIEW_ALL',
} as const;

const keys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

// ── request parts ──────────────────────────────────────────────────────────────────────────────

const text = (max: number) => z.string().max(max);
export const addressBody = z.strictObject({
  province: text(1000).optional(),
  city: text(1000).optional(),
  district: text(1000).optional(),
  detail: text(2000).optional(),
});
export const contactBody = z.strictObject({
  id: text(64).optional(),
  name: text(1000),
  title: text(1000).optional(),
  phones: z.array(text(100)).max(20).optional(),
  email: text(1000).optional(),
  birthday: text(40).optional(),
});
export const customFieldsBody = z
  .record(text(100), z.union([text(10_000), z.number(), z.null()]))
  .describe('Values keyed by custom field key (text, number, date YYYY-MM-DD, option); null removes one');
export const phonesBody = z.array(text(100)).max(50);
export const tagsBody = z.array(text(200)).max(100);

export const wireAddress = (a: z.infer<typeof addressBody> | null | undefined): t.Address | undefined =>
  a === undefined
    ? undefined
    : {
        province: a?.province ?? '',
        city: a?.city ?? '',
        district: a?.district ?? '',
        detail: a?.detail ?? '',
      };
export const wireContacts = (list: z.infer<typeof contactBody>[]): t.Contact[] =>
  list.map((c) => ({ ...c, phones: c.phones ?? [] }));

// ── responses ──────────────────────────────────────────────────────────────────────────────────

export const cardResource = z.object({
  id: z.string(),
  customerId: z.string(),
  branchId: z.string(),
  uid: z.string().describe('Upper-case hex'),
  status: z.enum(['ACTIVE', 'REVOKED', 'REPLACED']),
  issuedAt: z.string(),
  issuedBy: z.string(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  revokeReason: z.string().nullable(),
  replacedByCardId: z.string().nullable(),
});

const contactResource = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  phones: z.array(z.string()),
  email: z.string().nullable(),
  birthday: z.string().nullable(),
});

export const churnStatuses = ['active', 'at_risk', 'paused', 'confirmed'] as const;

/** Churn (流失, R-CUS-8); lower-case statuses, as the portal's contract has them. */
export const churnResource = z.object({
  status: z.enum(churnStatuses),
  flaggedAt: z.string().nullable().describe('When the current at-risk episode was flagged'),
  lastActivityAt: z.string().nullable().describe('Latest follow-up or reactivation (creation before any)'),
  pausePlan: z.string().nullable(),
  pauseUntil: z.string().nullable().describe('YYYY-MM-DD'),
  reason: z.string().nullable().describe('Why the churn was confirmed'),
  changedBy: z.string().nullable(),
  changedAt: z.string().nullable(),
});

export const anniversaryBody = z.strictObject({
  label: text(200),
  date: text(40).describe('YYYY-MM-DD'),
});
export const anniversariesBody = z.array(anniversaryBody).max(50);

export const toChurnResource = (c: t.CustomerChurn__Output | null): z.infer<typeof churnResource> => ({
  status: (c ? c.status.replace('CHURN_STATUS_', '').toLowerCase() : 'active') as 'active',
  flaggedAt: orNull(c?.flaggedAt ?? ''),
  lastActivityAt: orNull(c?.lastActivityAt ?? ''),
  pausePlan: orNull(c?.pausePlan ?? ''),
  pauseUntil: orNull(c?.pauseUntil ?? ''),
  reason: orNull(c?.reason ?? ''),
  changedBy: orNull(c?.changedBy ?? ''),
  changedAt: orNull(c?.changedAt ?? ''),
});

export const customerResource = z.object({
  id: z.string(),
  branchId: z.string(),
  departmentId: z.string().nullable(),
  ownerId: z.string().nullable().describe('null: in the public pool'),
  kind: z.enum(keys(kinds)),
  name: z.string(),
  phone: z.string().nullable().describe('E.164; the first of phones'),
  email: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  phones: z.array(z.string()).describe('E.164'),
  address: z.object({
    province: z.string().nullable(),
    city: z.string().nullable(),
    district: z.string().nullable(),
    detail: z.string().nullable(),
  }),
  contacts: z.array(contactResource),
  source: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  customFields: z.record(z.string(), z.union([z.string(), z.number()])),
  level: z.enum(keys(levels)),
  customerClass: z.enum(keys(classes)).nullable(),
  status: z.enum(keys(statuses)),
  version: z.number().int().describe('Send it back with PATCH (optimistic concurrency)'),
  purchaseQuantity: z.number(),
  cards: z.array(cardResource),
  deletedAt: z.string().nullable(),
  deletedBy: z.string().nullable(),
  mergedInto: z.string().nullable(),
  createdBy: z.string(),
  updatedBy: z.string().nullable(),
  reviewNote: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  ownedSince: z.string().nullable().describe('Since when the owner has it; null in the pool'),
  releasedAt: z.string().nullable().describe('When it last went to the public pool'),
  previousOwnerId: z.string().nullable(),
  lastFollowUpAt: z.string().nullable(),
  churn: churnResource,
  anniversaries: z.array(z.object({ label: z.string(), date: z.string().describe('YYYY-MM-DD') })),
});
export type CustomerResource = z.infer<typeof customerResource>;

export const duplicateResource = z.object({
  customerId: z.string(),
  name: z.string(),
  maskedPhone: z.string().nullable(),
  ownerId: z.string().nullable(),
  branchId: z.string(),
  matchedOn: z.array(z.enum(['name', 'phone'])),
  inScope: z.boolean().describe('Whether the caller may open the record'),
  status: z.enum(keys(statuses)),
});

/** The paging parameters of the customers lists (their page tokens carry a sort key). */
export const customersPageQuery = pageQuery(2000);

/** A customers page as REST (a listed customer is never absent). */
export const toCustomerPage = (r: { customers: t.Customer__Output[]; nextPageToken: string }) =>
  toPage(r.customers, r.nextPageToken, (c) => toCustomerResource(c)!);

export function toCardResource(c: t.Card__Output | null): z.infer<typeof cardResource> | null {
  if (!c) return null;
  return {
    id: c.id,
    customerId: c.customerId,
    branchId: c.branchId,
    uid: c.uid,
    status: strip('CARD_STATUS_', c.status) as 'ACTIVE',
    issuedAt: c.issuedAt,
    issuedBy: c.issuedBy,
    revokedAt: orNull(c.revokedAt),
    revokedBy: orNull(c.revokedBy),
    revokeReason: orNull(c.revokeReason),
    replacedByCardId: orNull(c.replacedByCardId),
  };
}

function parseCustomFields(json: string): Record<string, string | number> {
  try {
    return json ? (JSON.parse(json) as Record<string, string | number>) : {};
  } catch {
    return {};
  }
}

/** The REST shape of a customer. */
export function toCustomerResource(c: t.Customer__Output | null): CustomerResource | null {
  if (!c) return null;
  return {
    id: c.id,
    branchId: c.branchId,
    departmentId: orNull(c.departmentId),
    ownerId: orNull(c.ownerId),
    kind: strip('CUSTOMER_KIND_', c.kind) as 'COMPANY',
    name: c.name,
    phone: orNull(c.phone),
    email: orNull(c.email),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    phones: c.phones,
    address: {
      province: orNull(c.address?.province ?? ''),
      city: orNull(c.address?.city ?? ''),
      district: orNull(c.address?.district ?? ''),
      detail: orNull(c.address?.detail ?? ''),
    },
    contacts: c.contacts.map((k) => ({
      id: k.id,
      name: k.name,
      title: orNull(k.title),
      phones: k.phones,
      email: orNull(k.email),
      birthday: orNull(k.birthday),
    })),
    source: orNull(c.source),
    tags: c.tags,
    notes: orNull(c.notes),
    customFields: parseCustomFields(c.customFieldsJson),
    level: strip('CUSTOMER_LEVEL_', c.level) as 'ORDINARY',
    customerClass:
      c.customerClass === 'CUSTOMER_CLASS_UNSPECIFIED'
        ? null
        : (strip('CUSTOMER_CLASS_', c.customerClass) as 'A'),
    status: strip('CUSTOMER_STATUS_', c.status) as 'ACTIVE',
    version: c.version,
    purchaseQuantity: Number(c.purchaseQuantity || 0),
    cards: c.cards.map((card) => toCardResource(card)!),
    deletedAt: orNull(c.deletedAt),
    deletedBy: orNull(c.deletedBy),
    mergedInto: orNull(c.mergedInto),
    createdBy: c.createdBy,
    updatedBy: orNull(c.updatedBy),
    reviewNote: orNull(c.reviewNote),
    reviewedBy: orNull(c.reviewedBy),
    reviewedAt: orNull(c.reviewedAt),
    ownedSince: orNull(c.ownedSince),
    releasedAt: orNull(c.releasedAt),
    previousOwnerId: orNull(c.previousOwnerId),
    lastFollowUpAt: orNull(c.lastFollowUpAt),
    churn: toChurnResource(c.churn),
    anniversaries: c.anniversaries.map((a) => ({ label: a.label, date: a.date })),
  };
}

export function toDuplicateResource(d: t.DuplicateMatch__Output): z.infer<typeof duplicateResource> {
  return {
    customerId: d.customerId,
    name: d.name,
    maskedPhone: orNull(d.maskedPhone),
    ownerId: orNull(d.ownerId),
    branchId: d.branchId,
    matchedOn: d.matchedOn as ('name' | 'phone')[],
    inScope: d.inScope,
    status: strip('CUSTOMER_STATUS_', d.status) as 'ACTIVE',
  };
}

/** A customer resource with the acknowledged (or reviewed) duplicates, when there were any. */
export function withDuplicates(customer: CustomerResource | null, duplicates: t.DuplicateMatch__Output[]) {
  return duplicates.length > 0 ? { ...customer, duplicates: duplicates.map(toDuplicateResource) } : customer;
}

/**
 * The 409 of a refused duplicate (R-CUS-6): the problem body of ALREADY_EXISTS plus `duplicates`, the
 * matches (summaries, never full records outside the caller's scope), fetched from CheckDuplicates.
 */
export async function duplicatesProblem(
  err: unknown,
  input: Pick<RouteInput<unknown, unknown, unknown>, 'req' | 'res'>,
  fetchMatches: () => Promise<t.DuplicateMatch__Output[]>,
): Promise<ApiResult> {
  if (
    !(err instanceof DomainError) ||
    err.code !== 'ALREADY_EXISTS' ||
    !err.violations.some((v) => v.message.startsWith('matches customer '))
  )
    throw err;
  let duplicates: t.DuplicateMatch__Output[] = [];
  try {
    duplicates = await fetchMatches();
  } catch {
    throw err;
  }
  const problem = toProblem(err, {
    instance: input.req.originalUrl,
    requestId: input.res.locals.requestId as string,
  });
  return {
    status: problem.status,
    body: { ...problem, duplicates: duplicates.map(toDuplicateResource) },
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE },
  };
}

export const duplicatesConflict = z.object({
  type: z.string(),
  title: z.string(),
  status: z.literal(409),
  detail: z.string(),
  code: z.literal('ALREADY_EXISTS'),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  duplicates: z.array(duplicateResource),
});
