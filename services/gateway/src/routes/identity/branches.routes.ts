import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import { created, getRoute, idParams, listRoute, toPage } from '../route-helpers';
import {
  branchResource,
  clearable,
  identityOf,
  identityPageQuery,
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
  const doc = { path: '/branches', tag: 'branches' };
  return [
    listRoute({
      ...doc,
      summary: 'List branches',
      permission: 'branches.read',
      query: z.strictObject(identityPageQuery),
      description: 'A page of branches',
      item: branchResource,
      async list(query) {
        const c = branches();
        const r = await call(c.listBranches.bind(c), query);
        return toPage(r.branches, r.nextPageToken, toBranch);
      },
    }),
    defineRoute({
      ...doc,
      method: 'post',
      summary: 'Create a branch (needs data scope all); codes are unique',
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
        const made = required(branch);
        return created(toBranch(made), `/branches/${made.id}`);
      },
    }),
    getRoute({
      ...doc,
      path: '/branches/:id',
      summary: 'Get a branch',
      permission: 'branches.read',
      description: 'The branch',
      schema: branchResource,
      async load(id) {
        const c = branches();
        return toBranch(required((await call(c.getBranch.bind(c), { id })).branch));
      },
    }),
    defineRoute({
      ...doc,
      method: 'patch',
      path: '/branches/:id',
      summary: 'Change a branch (its own administrators, or scope all)',
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
