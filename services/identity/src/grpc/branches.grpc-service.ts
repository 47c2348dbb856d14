import type { UnaryHandler } from '@crm/grpc';
import type { identityV1Types as t } from '@crm/proto';
import type { BranchUseCases } from '../domain/branches.use-case';
import type { CallerResolver } from './caller';
import { nonEmpty, toBranchMessage } from '../wire/identity.mapper';

export function branchesGrpcService(
  branches: BranchUseCases,
  caller: CallerResolver,
  handle: UnaryHandler,
): t.BranchServiceHandlers {
  return {
    ListBranches: handle<t.ListBranchesRequest__Output, t.ListBranchesResponse>(
      'ListBranches',
      async (req, ctx) => {
        const page = await branches.list(await caller(ctx), {
          pageSize: req.pageSize,
          pageToken: nonEmpty(req.pageToken),
        });
        return { branches: page.items.map(toBranchMessage), nextPageToken: page.nextPageToken };
      },
    ),
    CreateBranch: handle<t.CreateBranchRequest__Output, t.CreateBranchResponse>(
      'CreateBranch',
      async (req, ctx) => ({
        branch: toBranchMessage(
          await branches.create(await caller(ctx), {
            code: req.code,
            name: req.name,
            address: req.address,
            phone: req.phone,
          }),
        ),
      }),
    ),
    GetBranch: handle<t.GetBranchRequest__Output, t.GetBranchResponse>('GetBranch', async (req, ctx) => ({
      branch: toBranchMessage(await branches.get(await caller(ctx), req.id)),
    })),
    UpdateBranch: handle<t.UpdateBranchRequest__Output, t.UpdateBranchResponse>(
      'UpdateBranch',
      async (req, ctx) => ({
        branch: toBranchMessage(
          await branches.update(await caller(ctx), {
            id: req.id,
            name: req.name,
            address: req.address,
            phone: req.phone,
          }),
        ),
      }),
    ),
  };
}
