import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import {
  clearable,
  id,
  identityOf,
  idParams,
  page,
  pageQuery,
  required,
  text,
  toUser,
  userResource,
} from './identity-resources';

const listQuery = z.strictObject({ q: text(200).optional(), branchId: id().optional(), ...pageQuery });
const createBody = z.strictObject({
  username: text(),
  displayName: text(),
  password: z.string().max(1024),
  branchId: id(),
  departmentId: id().nullish(),
  roleIds: z.array(id()).max(100),
});
const updateBody = z.strictObject({
  displayName: text().optional(),
  branchId: id().optional(),
  departmentId: id().nullable().optional().describe('null clears it'),
  roleIds: z.array(id()).max(100).optional(),
  disabled: z.boolean().optional(),
});
const resetBody = z.strictObject({ newPassword: z.string().max(1024) });

export function usersRoutes(clients: DownstreamClients): ApiRoute[] {
  const users = () => identityOf(clients).users;
  return [
    defineRoute({
      method: 'get',
      path: '/users',
      summary: 'List users (username or display name substring), newest first',
      tag: 'users',
      permission: 'users.read',
      query: listQuery,
      responses: { 200: { description: 'A page of users', schema: page(userResource) } },
      async handler({ query }) {
        const c = users();
        const r = await call(c.listUsers.bind(c), query);
        return { status: 200, body: { items: r.users.map(toUser), nextPageToken: r.nextPageToken || null } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/users',
      summary: 'Create a user; only roles within the caller’s own rights can be granted',
      tag: 'users',
      permission: 'users.write',
      body: createBody,
      responses: { 201: { description: 'Created', schema: userResource } },
      async handler({ body }) {
        const c = users();
        const user = required(
          (await call(c.createUser.bind(c), { ...body, departmentId: body.departmentId ?? '' })).user,
        );
        return { status: 201, body: toUser(user), headers: { Location: `/api/v1/users/${user.id}` } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/users/:id',
      summary: 'Get a user',
      tag: 'users',
      permission: 'users.read',
      params: idParams,
      responses: { 200: { description: 'The user', schema: userResource } },
      async handler({ params }) {
        const c = users();
        return { status: 200, body: toUser(required((await call(c.getUser.bind(c), params)).user)) };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/users/:id',
      summary: 'Change a user (nobody changes their own roles)',
      tag: 'users',
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
        });
        return { status: 200, body: toUser(required(user)) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/users/:id/reset-password',
      summary: 'Set a password the user must change at next login; their sessions end',
      tag: 'users',
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
      method: 'post',
      path: '/users/:id/unlock',
      summary: 'Lift a lockout after failed logins',
      tag: 'users',
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
