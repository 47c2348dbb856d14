import type { UnaryHandler } from '@crm/grpc';
import type { identityV1Types as t } from '@crm/proto';
import {
  createDepartment,
  deleteDepartment,
  getDepartment,
  listDepartments,
  updateDepartment,
  type DepartmentDeps,
} from '../domain/departments.use-case';
import type { CallerResolver } from './caller';
import { nonEmpty, toDepartmentMessage } from '../wire/identity.mapper';

export function departmentsGrpcService(
  deps: DepartmentDeps,
  caller: CallerResolver,
  handle: UnaryHandler,
): t.DepartmentServiceHandlers {
  return {
    ListDepartments: handle<t.ListDepartmentsRequest__Output, t.ListDepartmentsResponse>(
      'ListDepartments',
      async (req, ctx) => {
        const page = await listDepartments(deps, await caller(ctx), {
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
          await createDepartment(deps, await caller(ctx), {
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
        department: toDepartmentMessage(await getDepartment(deps, await caller(ctx), req.id)),
      }),
    ),
    UpdateDepartment: handle<t.UpdateDepartmentRequest__Output, t.UpdateDepartmentResponse>(
      'UpdateDepartment',
      async (req, ctx) => ({
        department: toDepartmentMessage(
          await updateDepartment(deps, await caller(ctx), {
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
        await deleteDepartment(deps, await caller(ctx), req.id);
        return {};
      },
    ),
  };
}
