import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import { created, deleteRoute, getRoute, idParams, listRoute, toPage } from '../route-helpers';
import {
  clearable,
  departmentResource,
  id,
  identityOf,
  identityPageQuery,
  required,
  text,
  toDepartment,
} from './identity-resources';

const listQuery = z.strictObject({ branchId: id().optional(), ...identityPageQuery });
const createBody = z.strictObject({
  branchId: id(),
  number: text(100),
  name: text(),
  parentId: id().nullish(),
});
const updateBody = z.strictObject({
  number: text(100).optional(),
  name: text().optional(),
  parentId: id().nullable().optional().describe('null makes it top-level'),
});

export function departmentsRoutes(clients: DownstreamClients): ApiRoute[] {
  const departments = () => identityOf(clients).departments;
  const doc = { path: '/departments', tag: 'departments' };
  return [
    listRoute({
      ...doc,
      summary: 'List departments (a whole branch at once with pageSize up to 200)',
      permission: 'departments.read',
      query: listQuery,
      description: 'A page of departments',
      item: departmentResource,
      async list(query) {
        const c = departments();
        const r = await call(c.listDepartments.bind(c), query);
        return toPage(r.departments, r.nextPageToken, toDepartment);
      },
    }),
    defineRoute({
      ...doc,
      method: 'post',
      summary: 'Create a department; numbers are unique per branch',
      permission: 'departments.write',
      body: createBody,
      responses: { 201: { description: 'Created', schema: departmentResource } },
      async handler({ body }) {
        const c = departments();
        const { department } = await call(c.createDepartment.bind(c), {
          ...body,
          parentId: body.parentId ?? '',
        });
        const made = required(department);
        return created(toDepartment(made), `/departments/${made.id}`);
      },
    }),
    getRoute({
      ...doc,
      path: '/departments/:id',
      summary: 'Get a department',
      permission: 'departments.read',
      description: 'The department',
      schema: departmentResource,
      async load(id) {
        const c = departments();
        return toDepartment(required((await call(c.getDepartment.bind(c), { id })).department));
      },
    }),
    defineRoute({
      ...doc,
      method: 'patch',
      path: '/departments/:id',
      summary: 'Change a department (no cycles)',
      permission: 'departments.write',
      params: idParams,
      body: updateBody,
      responses: { 200: { description: 'The changed department', schema: departmentResource } },
      async handler({ params, body }) {
        const c = departments();
        const { department } = await call(c.updateDepartment.bind(c), {
          id: params.id,
          number: body.number,
          name: body.name,
          parentId: clearable(body.parentId),
        });
        return { status: 200, body: toDepartment(required(department)) };
      },
    }),
    deleteRoute({
      ...doc,
      path: '/departments/:id',
      summary: 'Delete a department without sub-departments, employees or users (else 422)',
      permission: 'departments.write',
      description: 'Deleted',
      async remove(id) {
        const c = departments();
        await call(c.deleteDepartment.bind(c), { id });
      },
    }),
  ];
}
