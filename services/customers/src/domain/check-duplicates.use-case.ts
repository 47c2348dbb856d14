import { z } from 'zod';
import { requirePermission, type Principal } from '@crm/auth';
import { DomainError } from '@crm/errors';
import { customerPermissions, limits } from './customer';
import { phoneList } from './customer-input';
import { violationsOf } from './create-customer.use-case';
import {
  duplicateKeys,
  toDuplicateMatch,
  type DuplicateCandidate,
  type DuplicateKeys,
  type DuplicateMatch,
} from './duplicates';
import { normalizeName } from './name-normalizer';
import { isUuid, singleLine } from './text-rules';

export interface CheckDuplicatesPort {
  findDuplicates(keys: DuplicateKeys, excludeIds: string[]): Promise<DuplicateCandidate[]>;
}

const checkInput = z.object({
  name: singleLine(limits.name).optional(),
  phones: phoneList(limits.phones + limits.contacts * 5).default([]),
  excludeCustomerId: z
    .string()
    .optional()
    .refine((v) => !v || isUuid(v), 'must be a UUID'),
});

/**
 * The duplicates a record with this name and these phones would have (查重), across every owner,
 * branch and the pool; records outside the caller's scope are summarised, never shown in full.
 */
export async function checkDuplicates(
  port: CheckDuplicatesPort,
  principal: Principal | undefined,
  input: z.input<typeof checkInput>,
): Promise<DuplicateMatch[]> {
  const caller = requirePermission(principal, customerPermissions.read);
  const parsed = checkInput.safeParse(input);
  if (!parsed.success)
    throw new DomainError('INVALID_ARGUMENT', 'duplicate check is invalid', violationsOf(parsed.error));
  const { name, phones, excludeCustomerId } = parsed.data;
  const keys = duplicateKeys(name ? normalizeName(name) : null, phones);
  const candidates = await port.findDuplicates(keys, excludeCustomerId ? [excludeCustomerId] : []);
  return candidates.map((c) => toDuplicateMatch(c, keys, caller));
}
