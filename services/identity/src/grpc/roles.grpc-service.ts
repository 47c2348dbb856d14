import type { UnaryHandler } from '@crm/grpc';
import type { identityV1Types as t } from '@crm/proto';
import {
  createRole,
  deleteRole,
  getRole,
  listPermissions,
  listRoles,
  updateRole,
  type RoleDeps,
} from '../domain/roles.use-case';
import type { CallerResolver } from './caller';
import { fromDataScopeEnum, toRoleMessage } from '../wire/identity.mapper';

export function rolesGrpcService(
  deps: RoleDeps,
  caller: CallerResolver,
  handle: UnaryHandler,
): t.RoleServiceHandlers {
  return {
    ListPermissions: handle<t.ListPermissionsRequest__Output, t.ListPermissionsResponse>(
      'ListPermissions',
      async (_req, ctx) => ({ permissions: listPermissions(deps, await caller(ctx)) }),
    ),
    ListRoles: handle<t.ListRolesRequest__Output, t.ListRolesResponse>('ListRoles', async (_req, ctx) => ({
      roles: (await listRoles(deps, await caller(ctx))).map(toRoleMessage),
    })),
    CreateRole: handle<t.CreateRoleRequest__Output, t.CreateRoleResponse>('CreateRole', async (req, ctx) => ({
      role: toRoleMessage(
        await createRole(deps, await caller(ctx), {
          name: req.name,
          description: req.description,
          permissions: req.permissions,
          dataScope: fromDataScopeEnum(req.dataScope) as never,
        }),
      ),
    })),
    GetRole: handle<t.GetRoleRequest__Output, t.GetRoleResponse>('GetRole', async (req, ctx) => ({
      role: toRoleMessage(await getRole(deps, await caller(ctx), req.id)),
    })),
    UpdateRole: handle<t.UpdateRoleRequest__Output, t.UpdateRoleResponse>('UpdateRole', async (req, ctx) => ({
      role: toRoleMessage(
        await updateRole(deps, await caller(ctx), {
          id: req.id,
          name: req.name,
          description: req.description,
          permissions: req.permissions?.values,
          // A present but unspecified scope is reported as invalid, not ignored.
          dataScope:
            req.dataScope === undefined
              ? undefined
              : ((fromDataScopeEnum(req.dataScope) ?? req.dataScope) as never),
        }),
      ),
    })),
    DeleteRole: handle<t.DeleteRoleRequest__Output, t.DeleteRoleResponse>('DeleteRole', async (req, ctx) => {
      await deleteRole(deps, await caller(ctx), req.id);
      return {};
    }),
  };
}
