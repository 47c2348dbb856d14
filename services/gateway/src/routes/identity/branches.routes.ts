import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import {
  branchResource,
  clearable,
  identityOf,
  idParams,
  page,
  pageQuery,
  required,
  text,
  toBranch,
} from './identity-resources';

const createBody = z.strictObject({
  code: text(100),
  name: text(),
  address: text().nullish(),
  phone: text(100).nullish(),
});
const updateBody = z.strictObject({
  name: text().optional(),
  address: text().nullable().optional(),
  phone: text(100).nullable().optional(),
});

export function branchesRoutes(clients: DownstreamClients): ApiRoute[] {
  const branches = () => identityOf(clients).branches;
  return [
    defineRoute({
      method: 'get',
      path: '/branches',
      summary: 'List branches',
      tag: 'branches',
      permission: 'branches.read',
      query: z.strictObject(pageQuery),
      responses: { 200: { description: 'A page of branches', schema: page(branchResource) } },
      async handler({ query }) {
        const c = branches();
        const r = await call(c.listBranches.bind(c), query);
        return {
          status: 200,
          body: { items: r.branches.map(toBranch), nextPageToken: r.nextPageToken || null },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/branches',
      summary: 'Create a branch (needs data scope all); codes are unique',
      tag: 'branches',
      permission: 'branches.write',
      body: createBody,
      responses: { 201: { description: 'Created', schema: branchResource } },
      async handler({ body }) {
        const c = branches();
        const { branch } = await call(c.createBranch.bind(c), {
          code: body.code,
          name: body.name,
          address: body.address ?? '',
          phone: body.phone ?? '',
        });
        const created = required(branch);
        return {
          status: 201,
          body: toBranch(created),
          headers: { Location: `/api/v1/branches/${created.id}` },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/branches/:id',
      summary: 'Get a branch',
      tag: 'branches',
      permission: 'branches.read',
      params: idParams,
      responses: { 200: { description: 'The branch', schema: branchResource } },
      async handler({ params }) {
        const c = branches();
        return { status: 200, body: toBranch(required((await call(c.getBranch.bind(c), params)).branch)) };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/branches/:id',
      summary: 'Change a branch (its own administrators, or scope all)',
      tag: 'branches',
      permission: 'branches.write',
      params: idParams,
      body: updateBody,
      responses: { 200: { description: 'The changed branch', schema: branchResource } },
      async handler({ params, body }) {
        const c = branches();
        const { branch } = await call(c.updateBranch.bind(c), {
          id: params.id,
          name: body.name,
          address: clearable(body.address),
          phone: clearable(body.phone),
        });
        return { status: 200, body: toBranch(required(branch)) };
      },
    }),
  ];
}
