import type { Principal } from '@crm/auth';
import { DomainError } from '@crm/errors';
import type { BranchCustomerCount } from '../src/domain/branch-customer-count';
import {
  getBranchCustomerCounts,
  type CustomerCountsPort,
} from '../src/domain/get-branch-customer-counts.use-case';

const reader = (overrides: Partial<Principal> = {}): Principal => ({
  kind: 'user',
  userId: 'u1',
  username: 'manager',
  roles: ['branch_manager'],
  permissions: ['analytics.read'],
  branchId: 'b1',
  dataScope: 'branch',
  ...overrides,
});

/** A port that records what it was asked for and answers one row per branch asked. */
function recordingPort() {
  const asked: (string[] | 'all')[] = [];
  const port: CustomerCountsPort = {
    async list(branchIds) {
      asked.push(branchIds);
      const ids = branchIds === 'all' ? ['b1', 'b2'] : branchIds;
      return ids.map((branchId): BranchCustomerCount => ({ branchId, branchName: null, customers: 1n }));
    },
  };
  return { port, asked };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (err: unknown) => (err instanceof DomainError ? err.code : String(err)),
  );

describe('getBranchCustomerCounts', () => {
  it('answers every branch, or the one asked for, to a caller with data scope all', async () => {
    const { port, asked } = recordingPort();
    const all = reader({ dataScope: 'all' });
    expect(await getBranchCustomerCounts(port, all, '')).toHaveLength(2);
    expect(await getBranchCustomerCounts(port, all, 'b2')).toEqual([
      { branchId: 'b2', branchName: null, customers: 1n },
    ]);
    expect(asked).toEqual(['all', ['b2']]);
  });

  it('limits any other scope to the caller’s own branch', async () => {
    for (const dataScope of ['branch', 'department', 'own'] as const) {
      const { port, asked } = recordingPort();
      expect(await getBranchCustomerCounts(port, reader({ dataScope }), '')).toEqual([
        { branchId: 'b1', branchName: null, customers: 1n },
      ]);
      expect(await getBranchCustomerCounts(port, reader({ dataScope }), 'b1')).toHaveLength(1);
      expect(asked).toEqual([['b1'], ['b1']]);
    }
  });

  it('shows nothing of another branch to a caller limited to theirs, without reading it', async () => {
    const { port, asked } = recordingPort();
    expect(await getBranchCustomerCounts(port, reader(), 'b2')).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('refuses an anonymous caller and one without analytics.read, before reading anything', async () => {
    const { port, asked } = recordingPort();
    expect(await codeOf(getBranchCustomerCounts(port, undefined, ''))).toBe('UNAUTHENTICATED');
    expect(await codeOf(getBranchCustomerCounts(port, reader({ permissions: ['customers.read'] }), ''))).toBe(
      'PERMISSION_DENIED',
    );
    expect(asked).toEqual([]);
  });
});
