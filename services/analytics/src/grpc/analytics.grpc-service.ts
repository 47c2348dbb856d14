import type { UnaryHandler } from '@crm/grpc';
import type { analyticsV1Types as t } from '@crm/proto';
import { getBranchCustomerCounts } from '../domain/get-branch-customer-counts.use-case';
import type { CustomerCountRepository } from '../store/customer-count.repository';

export function analyticsGrpcService(
  counts: CustomerCountRepository,
  handle: UnaryHandler,
): t.AnalyticsServiceHandlers {
  return {
    GetBranchCustomerCounts: handle<
      t.GetBranchCustomerCountsRequest__Output,
      t.GetBranchCustomerCountsResponse
    >('GetBranchCustomerCounts', async (req, { principal }) => {
      const rows = await getBranchCustomerCounts(counts, principal, req.branchId);
      return {
        counts: rows.map((r) => ({
          branchId: r.branchId,
          ...(r.branchName === null ? {} : { branchName: r.branchName }),
          customers: r.customers.toString(),
        })),
      };
    }),
  };
}
