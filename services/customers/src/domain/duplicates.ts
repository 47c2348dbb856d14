import { canSee, type Principal } from '@crm/auth';
import { DomainError } from '@crm/errors';
import type { CustomerStatus } from './customer';
import { maskPhone } from './phone-number';

/** What identifies a record for the duplicate check (查重, R-CUS-6). */
export interface DuplicateKeys {
  nameNormalized: string | null;
  phones: string[];
}

/** An existing record matching the keys, as storage finds it (any owner, any branch, the pool). */
export interface DuplicateCandidate {
  id: string;
  name: string;
  nameNormalized: string;
  ownerId: string | null;
  branchId: string;
  departmentId: string | null;
  status: CustomerStatus;
  /** Every phone of the record and of its contacts. */
  phones: string[];
}

/** What the caller is told about a match: a summary, never the full record. */
export interface DuplicateMatch {
  customerId: string;
  name: string;
  maskedPhone: string;
  ownerId: string | null;
  branchId: string;
  matchedOn: ('name' | 'phone')[];
  inScope: boolean;
  status: CustomerStatus;
}

export const entryReviewPolicies = ['none', 'duplicates', 'all'] as const;
export type EntryReview = (typeof entryReviewPolicies)[number];

/** The keys worth checking: an empty normalised name (all punctuation) matches nothing. */
export function duplicateKeys(nameNormalized: string | null, phones: string[]): DuplicateKeys {
  return { nameNormalized: nameNormalized || null, phones: [...new Set(phones)] };
}

export function toDuplicateMatch(
  candidate: DuplicateCandidate,
  keys: DuplicateKeys,
  caller: Principal,
): DuplicateMatch {
  const matchingPhone = candidate.phones.find((p) => keys.phones.includes(p));
  const matchedOn: DuplicateMatch['matchedOn'] = [];
  if (keys.nameNormalized && candidate.nameNormalized === keys.nameNormalized) matchedOn.push('name');
  if (matchingPhone) matchedOn.push('phone');
  const shownPhone = matchingPhone ?? candidate.phones[0];
  return {
    customerId: candidate.id,
    name: candidate.name,
    maskedPhone: shownPhone ? maskPhone(shownPhone) : '',
    ownerId: candidate.ownerId,
    branchId: candidate.branchId,
    matchedOn,
    inScope: canSee(caller, candidate),
    status: candidate.status,
  };
}

/** The error of a refused record; the transport adds the matches (CheckDuplicates gives them in full). */
export function duplicatesError(matches: DuplicateMatch[]): DomainError {
  const violations = matches.flatMap((m) =>
    m.matchedOn.map((on) => ({
      field: on === 'name' ? 'name' : 'phones',
      message: `matches customer ${m.customerId}`,
    })),
  );
  return new DomainError(
    'ALREADY_EXISTS',
    `${matches.length} existing customer(s) have the same name or phone; set acknowledgeDuplicates to create anyway`,
    violations,
  );
}

/**
 * What becomes of a new record (R-CUS-6): with `all`, every record waits for review; with
 * `duplicates`, one with matches waits; otherwise matches refuse it unless the user acknowledged them.
 */
export function decideNewRecord(
  policy: EntryReview,
  matches: DuplicateMatch[],
  acknowledged: boolean,
): 'active' | 'pending_review' {
  if (policy === 'all') return 'pending_review';
  if (matches.length === 0) return 'active';
  if (policy === 'duplicates') return 'pending_review';
  if (!acknowledged) throw duplicatesError(matches);
  return 'active';
}
