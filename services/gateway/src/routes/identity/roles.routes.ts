import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import { created, deleteRoute, getRoute, idParams } from '../route-helpers';
import {
  dataScopes,
  identityOf,
  required,
  roleResource,
  text,
  toDataScopeEnum,
  toRole,
} from './identity-resources';

const permissions = () => z.array(z.string().max(100)).max(200);
const createBody = z.strictObject({
  name: text(),
  description: text(2000).optional(),
  permissions: permissions(),
  dataScope: z.enum(dataScopes),
});
const updateBody = z.strictObject({
  name: text().optional(),
  description: text(2000).optional(),
  permissions: permissions().optional(),
  dataScope: z.enum(dataScopes).optional(),
});
const permissionList = z.object({ items: z.array(z.object({ key: z.string(), group: z.string() })) });
const roleList = z.object({ items: z.array(roleResource), nextPageToken: z.null() });

export function rolesRoutes(clients: DownstreamClients): ApiRoute[] {
  const roles = () => identityOf(clients).roles;
  return [
    defineRoute({
      method: 'get',
      path: '/permissions',
      summary: 'The permission catalogue',
      tag: 'roles',
      permission: 'roles.read',
      responses: { 200: { description: 'Every permission with its group', schema: permissionList } },
      async handler() {
        const c = roles();
        const r = await call(c.listPermissions.bind(c), {});
        return { status: 200, body: { items: r.permissions.map((p) => ({ key: p.key, group: p.group })) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/roles',
      summary: 'Every role, built-in ones first',
      tag: 'roles',
      permission: 'roles.read',
      responses: { 200: { description: 'The roles', schema: roleList } },
      async handler() {
        const c = roles();
        const r = await call(c.listRoles.bind(c), {});
        return { status: 200, body: { items: r.roles.map(toRole), nextPageToken: null } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/roles',
      summary: 'Create a custom role (within the caller’s own permissions and scope)',
      tag: 'roles',
      permission: 'roles.write',
      body: createBody,
      responses: { 201: { description: 'Created', schema: roleResource } },
      async handler({ body }) {
        const c = roles();
        const { role } = await call(c.createRole.bind(c), {
          ...body,
          dataScope: toDataScopeEnum(body.dataScope),
        });
        const made = required(role);
        return created(toRole(made), `/roles/${made.id}`);
      },
    }),
    getRoute({
      path: '/roles/:id',
      summary: 'Get a role',
      tag: 'roles',
      permission: 'roles.read',
      description: 'The role',
      schema: roleResource,
      async load(id) {
        const c = roles();
        return toRole(required((await call(c.getRole.bind(c), { id })).role));
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/roles/:id',
      summary: 'Change a custom role (built-in roles: 422)',
      tag: 'roles',
      permission: 'roles.write',
      params: idParams,
      body: updateBody,
      responses: { 200: { description: 'The changed role', schema: roleResource } },
      async handler({ params, body }) {
        const c = roles();
        const { role } = await call(c.updateRole.bind(c), {
          id: params.id,
          name: body.name,
          description: body.description,
          permissions: body.permissions ? { values: body.permissions } : null,
          dataScope: body.dataScope ? toDataScopeEnum(body.dataScope) : undefined,
        });
        return { status: 200, body: toRole(required(role)) };
      },
    }),
    deleteRoute({
      path: '/roles/:id',
      summary: 'Delete a custom role that nobody holds (else 422)',
      tag: 'roles',
      permission: 'roles.write',
      description: 'Deleted',
      async remove(id) {
        const c = roles();
        await call(c.deleteRole.bind(c), { id });
      },
    }),
  ];
}
