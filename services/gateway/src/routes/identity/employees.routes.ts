import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import { created, deleteRoute, getRoute, idParams, listRoute, toPage } from '../route-helpers';
import {
  clearable,
  employeeCategories,
  employeeResource,
  id,
  identityOf,
  identityPageQuery,
  required,
  text,
  toCategoryEnum,
  toEmployee,
} from './identity-resources';

const listQuery = z.strictObject({
  q: text(200).optional().describe('substring of name (Chinese included), number or phone'),
  branchId: id().optional(),
  departmentId: id().optional(),
  ...identityPageQuery,
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
  const doc = { path: '/employees', tag: 'employees' };
  return [
    listRoute({
      ...doc,
      summary: 'Search employees by name, number or phone, newest first',
      permission: 'employees.read',
      query: listQuery,
      description: 'A page of employees',
      item: employeeResource,
      async list(query) {
        const c = employees();
        const r = await call(c.listEmployees.bind(c), query);
        return toPage(r.employees, r.nextPageToken, toEmployee);
      },
    }),
    defineRoute({
      ...doc,
      method: 'post',
      summary: 'Create an employee; numbers are unique per branch',
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
        const made = required(employee);
        return created(toEmployee(made), `/employees/${made.id}`);
      },
    }),
    getRoute({
      ...doc,
      path: '/employees/:id',
      summary: 'Get an employee',
      permission: 'employees.read',
      description: 'The employee',
      schema: employeeResource,
      async load(id) {
        const c = employees();
        return toEmployee(required((await call(c.getEmployee.bind(c), { id })).employee));
      },
    }),
    defineRoute({
      ...doc,
      method: 'patch',
      path: '/employees/:id',
      summary: 'Change an employee (null clears an optional field)',
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
    deleteRoute({
      ...doc,
      path: '/employees/:id',
      summary: 'Delete an employee',
      permission: 'employees.write',
      description: 'Deleted',
      async remove(id) {
        const c = employees();
        await call(c.deleteEmployee.bind(c), { id });
      },
    }),
  ];
}
