import { requirePermission, type Principal } from '@crm/auth';
import { failedPrecondition, invalidArgument, permissionDenied } from '@crm/errors';
import { customerPermissions, limits, type Customer } from './customer';
import { requireLive, requireVisible, touched, type CustomerMutationPort } from './customer-change';
import { requireUuid } from './get-customer.use-case';
import { hasNoControlCharacters } from './text-rules';

/**
 * Entry review (一对一审核, R-CUS-6): a supervisor with customers.review approves or rejects a record
 * waiting for review. Nobody reviews their own entry (four eyes).
 */
export async function reviewCustomer(
  port: CustomerMutationPort,
  principal: Principal | undefined,
  input: { id: string; decision: 'approve' | 'reject'; note: string },
  now: Date = new Date(),
): Promise<Customer> {
  const caller = requirePermission(principal, customerPermissions.review);
  requireUuid(input.id);
  const note = input.note.normalize('NFC').trim();
  if ([...note].length > limits.reason || !hasNoControlCharacters(note))
    throw invalidArgument('note is invalid', [
      {
        field: input.decision === 'approve' ? 'note' : 'reason',
        message: `at most ${limits.reason} characters, no control characters`,
      },
    ]);
  const { after } = await port.mutate(input.id, caller, async (current) => {
    requireVisible(caller, current, input.id);
    requireLive(current);
    if (current.status !== 'pending_review')
      throw failedPrecondition(`customer ${current.id} is not waiting for review (status ${current.status})`);
    if (current.createdBy === caller.userId) throw permissionDenied('nobody reviews their own entry');
    const next = touched(
      {
        ...current,
        status: input.decision === 'approve' ? 'active' : 'rejected',
        reviewNote: note || null,
        reviewedBy: caller.userId,
        reviewedAt: now,
      },
      caller,
      now,
    );
    return {
      next,
      change: {
        kind: 'updated',
        action: input.decision === 'approve' ? 'customer.approved' : 'customer.rejected',
        changedFields: ['status'],
      },
    };
  });
  return after;
}
