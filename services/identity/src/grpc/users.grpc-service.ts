import type { UnaryHandler } from '@crm/grpc';
import type { identityV1Types as t } from '@crm/proto';
import {
  createUser,
  getUser,
  listUsers,
  resetPassword,
  unlockUser,
  updateUser,
  type UserDeps,
} from '../domain/users.use-case';
import type { CallerResolver } from './caller';
import { nonEmpty, toUserMessage } from '../wire/identity.mapper';

export function usersGrpcService(
  deps: UserDeps,
  caller: CallerResolver,
  handle: UnaryHandler,
): t.UserServiceHandlers {
  return {
    ListUsers: handle<t.ListUsersRequest__Output, t.ListUsersResponse>('ListUsers', async (req, ctx) => {
      const page = await listUsers(deps, await caller(ctx), {
        q: nonEmpty(req.q),
        branchId: nonEmpty(req.branchId),
        pageSize: req.pageSize,
        pageToken: nonEmpty(req.pageToken),
      });
      return { users: page.items.map(toUserMessage), nextPageToken: page.nextPageToken };
    }),
    CreateUser: handle<t.CreateUserRequest__Output, t.CreateUserResponse>('CreateUser', async (req, ctx) => ({
      user: toUserMessage(
        await createUser(deps, await caller(ctx), {
          username: req.username,
          displayName: req.displayName,
          password: req.password,
          branchId: req.branchId,
          departmentId: nonEmpty(req.departmentId),
          roleIds: req.roleIds,
          extension: req.extension,
        }),
      ),
    })),
    GetUser: handle<t.GetUserRequest__Output, t.GetUserResponse>('GetUser', async (req, ctx) => ({
      user: toUserMessage(await getUser(deps, await caller(ctx), req.id)),
    })),
    UpdateUser: handle<t.UpdateUserRequest__Output, t.UpdateUserResponse>('UpdateUser', async (req, ctx) => ({
      user: toUserMessage(
        await updateUser(deps, await caller(ctx), {
          id: req.id,
          displayName: req.displayName,
          branchId: req.branchId,
          departmentId: req.departmentId === undefined ? undefined : (nonEmpty(req.departmentId) ?? null),
          roleIds: req.roleIds?.values,
          disabled: req.disabled,
          extension: req.extension,
        }),
      ),
    })),
    ResetUserPassword: handle<t.ResetUserPasswordRequest__Output, t.ResetUserPasswordResponse>(
      'ResetUserPassword',
      async (req, ctx) => {
        await resetPassword(deps, await caller(ctx), { id: req.id, newPassword: req.newPassword });
        return {};
      },
    ),
    UnlockUser: handle<t.UnlockUserRequest__Output, t.UnlockUserResponse>('UnlockUser', async (req, ctx) => {
      await unlockUser(deps, await caller(ctx), req.id);
      return {};
    }),
  };
}
