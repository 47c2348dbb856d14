import type { UnaryHandler } from '@crm/grpc';
import type { identityV1Types as t } from '@crm/proto';
import {
  createEmployee,
  deleteEmployee,
  getEmployee,
  listEmployees,
  updateEmployee,
  type EmployeeDeps,
} from '../domain/employees.use-case';
import type { CallerResolver } from './caller';
import { fromCategoryEnum, nonEmpty, toEmployeeMessage } from '../wire/identity.mapper';

const nullable = (v: string | undefined) => (v === undefined ? undefined : (nonEmpty(v) ?? null));

export function employeesGrpcService(
  deps: EmployeeDeps,
  caller: CallerResolver,
  handle: UnaryHandler,
): t.EmployeeServiceHandlers {
  return {
    ListEmployees: handle<t.ListEmployeesRequest__Output, t.ListEmployeesResponse>(
      'ListEmployees',
      async (req, ctx) => {
        const page = await listEmployees(deps, await caller(ctx), {
          q: nonEmpty(req.q),
          branchId: nonEmpty(req.branchId),
          departmentId: nonEmpty(req.departmentId),
          pageSize: req.pageSize,
          pageToken: nonEmpty(req.pageToken),
        });
        return { employees: page.items.map(toEmployeeMessage), nextPageToken: page.nextPageToken };
      },
    ),
    CreateEmployee: handle<t.CreateEmployeeRequest__Output, t.CreateEmployeeResponse>(
      'CreateEmployee',
      async (req, ctx) => ({
        employee: toEmployeeMessage(
          await createEmployee(deps, await caller(ctx), {
            number: req.number,
            name: req.name,
            category: fromCategoryEnum(req.category) as never,
            phone: req.phone,
            address: req.address,
            email: req.email,
            branchId: req.branchId,
            departmentId: nonEmpty(req.departmentId),
            userId: nonEmpty(req.userId),
          }),
        ),
      }),
    ),
    GetEmployee: handle<t.GetEmployeeRequest__Output, t.GetEmployeeResponse>(
      'GetEmployee',
      async (req, ctx) => ({
        employee: toEmployeeMessage(await getEmployee(deps, await caller(ctx), req.id)),
      }),
    ),
    UpdateEmployee: handle<t.UpdateEmployeeRequest__Output, t.UpdateEmployeeResponse>(
      'UpdateEmployee',
      async (req, ctx) => ({
        employee: toEmployeeMessage(
          await updateEmployee(deps, await caller(ctx), {
            id: req.id,
            number: req.number,
            name: req.name,
            category:
              req.category === undefined
                ? undefined
                : ((fromCategoryEnum(req.category) ?? req.category) as never),
            phone: req.phone,
            address: req.address,
            email: req.email,
            departmentId: nullable(req.departmentId),
            userId: nullable(req.userId),
          }),
        ),
      }),
    ),
    DeleteEmployee: handle<t.DeleteEmployeeRequest__Output, t.DeleteEmployeeResponse>(
      'DeleteEmployee',
      async (req, ctx) => {
        await deleteEmployee(deps, await caller(ctx), req.id);
        return {};
      },
    ),
  };
}
