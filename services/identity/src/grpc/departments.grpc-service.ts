import type { UnaryHandler } from '@crm/grpc';
import type { identityV1Types as t } from '@crm/proto';
import type { DepartmentUseCases } from '../domain/departments.use-case';
import type { CallerResolver } from './caller';
import { nonEmpty, toDepartmentMessage } from '../wire/identity.mapper';

export function departmentsGrpcService(
  departments: DepartmentUseCases,
  caller: CallerResolver,
  handle: UnaryHandler,
): t.DepartmentServiceHandlers {
  return {
    ListDepartments: handle<t.ListDepartmentsRequest__Output, t.ListDepartmentsResponse>(
      'ListDepartments',
      async (req, ctx) => {
        const page = await departments.list(await caller(ctx), {
          branchId: nonEmpty(req.branchId),
          pageSize: req.pageSize,
          pageToken: nonEmpty(req.pageToken),
        });
        return { departments: page.items.map(toDepartmentMessage), nextPageToken: page.nextPageToken };
      },
    ),
    CreateDepartment: handle<t.CreateDepartmentRequest__Output, t.CreateDepartmentResponse>(
      'CreateDepartment',
      async (req, ctx) => ({
        department: toDepartmentMessage(
          await departments.create(await caller(ctx), {
            branchId: req.branchId,
            number: req.number,
            name: req.name,
            parentId: nonEmpty(req.parentId),
          }),
        ),
      }),
    ),
    GetDepartment: handle<t.GetDepartmentRequest__Output, t.GetDepartmentResponse>(
      'GetDepartment',
      async (req, ctx) => ({
        department: toDepartmentMessage(await departments.get(await caller(ctx), req.id)),
      }),
    ),
    UpdateDepartment: handle<t.UpdateDepartmentRequest__Output, t.UpdateDepartmentResponse>(
      'UpdateDepartment',
      async (req, ctx) => ({
        department: toDepartmentMessage(
          await departments.update(await caller(ctx), {
            id: req.id,
            number: req.number,
            name: req.name,
            parentId: req.parentId === undefined ? undefined : (nonEmpty(req.parentId) ?? null),
          }),
        ),
      }),
    ),
    DeleteDepartment: handle<t.DeleteDepartmentRequest__Output, t.DeleteDepartmentResponse>(
      'DeleteDepartment',
      async (req, ctx) => {
        await departments.delete(await caller(ctx), req.id);
        return {};
      },
    ),
  };
}
