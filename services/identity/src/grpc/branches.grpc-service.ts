import type { UnaryHandler } from '@crm/grpc';
import type { identityV1Types as t } from '@crm/proto';
import {
  createBranch,
  getBranch,
  listBranches,
  updateBranch,
  type BranchDeps,
} from '../domain/branches.use-case';
import type { CallerResolver } from './caller';
import { nonEmpty, toBranchMessage } from '../wire/identity.mapper';

export function branchesGrpcService(
  deps: BranchDeps,
  caller: CallerResolver,
  handle: UnaryHandler,
): t.BranchServiceHandlers {
  return {
    ListBranches: handle<t.ListBranchesRequest__Output, t.ListBranchesResponse>(
      'ListBranches',
      async (req, ctx) => {
        const page = await listBranches(deps, await caller(ctx), {
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
          await createBranch(deps, await caller(ctx), {
            code: req.code,
            name: req.name,
            address: req.address,
            phone: req.phone,
          }),
        ),
      }),
    ),
    GetBranch: handle<t.GetBranchRequest__Output, t.GetBranchResponse>('GetBranch', async (req, ctx) => ({
      branch: toBranchMessage(await getBranch(deps, await caller(ctx), req.id)),
    })),
    UpdateBranch: handle<t.UpdateBranchRequest__Output, t.UpdateBranchResponse>(
      'UpdateBranch',
      async (req, ctx) => ({
        branch: toBranchMessage(
          await updateBranch(deps, await caller(ctx), {
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
