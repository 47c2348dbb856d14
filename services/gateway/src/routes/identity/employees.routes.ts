import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import {
  clearable,
  employeeCategories,
  employeeResource,
  id,
  identityOf,
  idParams,
  page,
  pageQuery,
  required,
  text,
  toCategoryEnum,
  toEmployee,
} from './identity-resources';

const listQuery = z.strictObject({
  q: text(200).optional().describe('substring of name (Chinese included), number or phone'),
  branchId: id().optional(),
  departmentId: id().optional(),
  ...pageQuery,
});
const createBody = z.strictObject({
  number: text(100),
  name: text(),
  category: z.enum(employeeCategories),
  phone: text(100).nullish(),
  address: text().nullish(),
  email: text().nullish(),
  branchId: id(),
  departmentId: id().nullish(),
  userId: id().nullish(),
});
const updateBody = z.strictObject({
  number: text(100).optional(),
  name: text().optional(),
  category: z.enum(employeeCategories).optional(),
  phone: text(100).nullable().optional(),
  address: text().nullable().optional(),
  email: text().nullable().optional(),
  departmentId: id().nullable().optional(),
  userId: id().nullable().optional(),
});

export function employeesRoutes(clients: DownstreamClients): ApiRoute[] {
  const employees = () => identityOf(clients).employees;
  return [
    defineRoute({
      method: 'get',
      path: '/employees',
      summary: 'Search employees by name, number or phone, newest first',
      tag: 'employees',
      permission: 'employees.read',
      query: listQuery,
      responses: { 200: { description: 'A page of employees', schema: page(employeeResource) } },
      async handler({ query }) {
        const c = employees();
        const r = await call(c.listEmployees.bind(c), query);
        return {
          status: 200,
          body: { items: r.employees.map(toEmployee), nextPageToken: r.nextPageToken || null },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/employees',
      summary: 'Create an employee; numbers are unique per branch',
      tag: 'employees',
      permission: 'employees.write',
      body: createBody,
      responses: { 201: { description: 'Created', schema: employeeResource } },
      async handler({ body }) {
        const c = employees();
        const { employee } = await call(c.createEmployee.bind(c), {
          number: body.number,
          name: body.name,
          category: toCategoryEnum(body.category),
          phone: body.phone ?? '',
          address: body.address ?? '',
          email: body.email ?? '',
          branchId: body.branchId,
          departmentId: body.departmentId ?? '',
          userId: body.userId ?? '',
        });
        const created = required(employee);
        return {
          status: 201,
          body: toEmployee(created),
          headers: { Location: `/api/v1/employees/${created.id}` },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/employees/:id',
      summary: 'Get an employee',
      tag: 'employees',
      permission: 'employees.read',
      params: idParams,
      responses: { 200: { description: 'The employee', schema: employeeResource } },
      async handler({ params }) {
        const c = employees();
        return {
          status: 200,
          body: toEmployee(required((await call(c.getEmployee.bind(c), params)).employee)),
        };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/employees/:id',
      summary: 'Change an employee (null clears an optional field)',
      tag: 'employees',
      permission: 'employees.write',
      params: idParams,
      body: updateBody,
      responses: { 200: { description: 'The changed employee', schema: employeeResource } },
      async handler({ params, body }) {
        const c = employees();
        const { employee } = await call(c.updateEmployee.bind(c), {
          id: params.id,
          number: body.number,
          name: body.name,
          category: body.category ? toCategoryEnum(body.category) : undefined,
          phone: clearable(body.phone),
          address: clearable(body.address),
          email: clearable(body.email),
          departmentId: clearable(body.departmentId),
          userId: clearable(body.userId),
        });
        return { status: 200, body: toEmployee(required(employee)) };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/employees/:id',
      summary: 'Delete an employee',
      tag: 'employees',
      permission: 'employees.write',
      params: idParams,
      responses: { 204: { description: 'Deleted' } },
      async handler({ params }) {
        const c = employees();
        await call(c.deleteEmployee.bind(c), params);
        return { status: 204 };
      },
    }),
  ];
}
