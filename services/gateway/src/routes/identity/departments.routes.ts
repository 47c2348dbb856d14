import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import {
  clearable,
  departmentResource,
  id,
  identityOf,
  idParams,
  page,
  pageQuery,
  required,
  text,
  toDepartment,
} from './identity-resources';

const listQuery = z.strictObject({ branchId: id().optional(), ...pageQuery });
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
  return [
    defineRoute({
      method: 'get',
      path: '/departments',
      summary: 'List departments (a whole branch at once with pageSize up to 200)',
      tag: 'departments',
      permission: 'departments.read',
      query: listQuery,
      responses: { 200: { description: 'A page of departments', schema: page(departmentResource) } },
      async handler({ query }) {
        const c = departments();
        const r = await call(c.listDepartments.bind(c), query);
        return {
          status: 200,
          body: { items: r.departments.map(toDepartment), nextPageToken: r.nextPageToken || null },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/departments',
      summary: 'Create a department; numbers are unique per branch',
      tag: 'departments',
      permission: 'departments.write',
      body: createBody,
      responses: { 201: { description: 'Created', schema: departmentResource } },
      async handler({ body }) {
        const c = departments();
        const { department } = await call(c.createDepartment.bind(c), {
          ...body,
          parentId: body.parentId ?? '',
        });
        const created = required(department);
        return {
          status: 201,
          body: toDepartment(created),
          headers: { Location: `/api/v1/departments/${created.id}` },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/departments/:id',
      summary: 'Get a department',
      tag: 'departments',
      permission: 'departments.read',
      params: idParams,
      responses: { 200: { description: 'The department', schema: departmentResource } },
      async handler({ params }) {
        const c = departments();
        return {
          status: 200,
          body: toDepartment(required((await call(c.getDepartment.bind(c), params)).department)),
        };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/departments/:id',
      summary: 'Change a department (no cycles)',
      tag: 'departments',
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
    defineRoute({
      method: 'delete',
      path: '/departments/:id',
      summary: 'Delete a department without sub-departments, employees or users (else 422)',
      tag: 'departments',
      permission: 'departments.write',
      params: idParams,
      responses: { 204: { description: 'Deleted' } },
      async handler({ params }) {
        const c = departments();
        await call(c.deleteDepartment.bind(c), params);
        return { status: 204 };
      },
    }),
  ];
}
