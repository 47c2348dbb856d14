import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import { created, getRoute, idParams, listRoute, toPage } from '../route-helpers';
import {
  clearable,
  id,
  identityOf,
  identityPageQuery,
  required,
  text,
  toUser,
  userResource,
} from './identity-resources';

const listQuery = z.strictObject({
  q: text(200).optional(),
  branchId: id().optional(),
  ...identityPageQuery,
});
const createBody = z.strictObject({
  username: text(),
  displayName: text(),
  password: z.string().max(1024),
  branchId: id(),
  departmentId: id().nullish(),
  roleIds: z.array(id()).max(100),
  extension: text(32).nullish().describe('telephone extension, 2–8 digits'),
});
const updateBody = z.strictObject({
  displayName: text().optional(),
  branchId: id().optional(),
  departmentId: id().nullable().optional().describe('null clears it'),
  roleIds: z.array(id()).max(100).optional(),
  disabled: z.boolean().optional(),
  extension: text(32).nullable().optional().describe('null clears it'),
});
const resetBody = z.strictObject({ newPassword: z.string().max(1024) });

export function usersRoutes(clients: DownstreamClients): ApiRoute[] {
  const users = () => identityOf(clients).users;
  const doc = { path: '/users', tag: 'users' };
  return [
    listRoute({
      ...doc,
      summary: 'List users (username or display name substring), newest first',
      permission: 'users.read',
      query: listQuery,
      description: 'A page of users',
      item: userResource,
      async list(query) {
        const c = users();
        const r = await call(c.listUsers.bind(c), query);
        return toPage(r.users, r.nextPageToken, toUser);
      },
    }),
    defineRoute({
      ...doc,
      method: 'post',
      summary: 'Create a user; only roles within the caller’s own rights can be granted',
      permission: 'users.write',
      body: createBody,
      responses: { 201: { description: 'Created', schema: userResource } },
      async handler({ body }) {
        const c = users();
        const user = required(
          (
            await call(c.createUser.bind(c), {
              ...body,
              departmentId: body.departmentId ?? '',
              extension: body.extension ?? '',
            })
          ).user,
        );
        return created(toUser(user), `/users/${user.id}`);
      },
    }),
    getRoute({
      ...doc,
      path: '/users/:id',
      summary: 'Get a user',
      permission: 'users.read',
      description: 'The user',
      schema: userResource,
      async load(id) {
        const c = users();
        return toUser(required((await call(c.getUser.bind(c), { id })).user));
      },
    }),
    defineRoute({
      ...doc,
      method: 'patch',
      path: '/users/:id',
      summary: 'Change a user (nobody changes their own roles)',
      permission: 'users.write',
      params: idParams,
      body: updateBody,
      responses: { 200: { description: 'The changed user', schema: userResource } },
      async handler({ params, body }) {
        const c = users();
        const { user } = await call(c.updateUser.bind(c), {
          id: params.id,
          displayName: body.displayName,
          branchId: body.branchId,
          departmentId: clearable(body.departmentId),
          roleIds: body.roleIds ? { values: body.roleIds } : null,
          disabled: body.disabled,
          extension: clearable(body.extension),
        });
        return { status: 200, body: toUser(required(user)) };
      },
    }),
    defineRoute({
      ...doc,
      method: 'post',
      path: '/users/:id/reset-password',
      summary: 'Set a password the user must change at next login; their sessions end',
      permission: 'users.write',
      params: idParams,
      body: resetBody,
      responses: { 204: { description: 'Reset' } },
      async handler({ params, body }) {
        const c = users();
        await call(c.resetUserPassword.bind(c), { id: params.id, newPassword: body.newPassword });
        return { status: 204 };
      },
    }),
    defineRoute({
      ...doc,
      method: 'post',
      path: '/users/:id/unlock',
      summary: 'Lift a lockout after failed logins',
      permission: 'users.write',
      params: idParams,
      responses: { 204: { description: 'Unlocked' } },
      async handler({ params }) {
        const c = users();
        await call(c.unlockUser.bind(c), params);
        return { status: 204 };
      },
    }),
  ];
}
