import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import {
  id,
  identityOf,
  idParams,
  page,
  pageQuery,
  required,
  siteResource,
  siteWithKeyResource,
  text,
  toSite,
} from './identity-resources';

const listQuery = z.strictObject({ branchId: id().optional(), ...pageQuery });
const createBody = z.strictObject({ branchId: id(), name: text() });

export function sitesRoutes(clients: DownstreamClients): ApiRoute[] {
  const sites = () => identityOf(clients).sites;
  return [
    defineRoute({
      method: 'get',
      path: '/sites',
      summary: 'List edge sites, newest first',
      tag: 'sites',
      permission: 'sites.read',
      query: listQuery,
      responses: { 200: { description: 'A page of sites', schema: page(siteResource) } },
      async handler({ query }) {
        const c = sites();
        const r = await call(c.listSites.bind(c), query);
        return { status: 200, body: { items: r.sites.map(toSite), nextPageToken: r.nextPageToken || null } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/sites',
      summary: 'Register an edge site; its key is in this answer only',
      tag: 'sites',
      permission: 'sites.write',
      body: createBody,
      responses: { 201: { description: 'Created, with the key', schema: siteWithKeyResource } },
      async handler({ body }) {
        const c = sites();
        const r = await call(c.createSite.bind(c), body);
        const site = required(r.site);
        return {
          status: 201,
          body: { site: toSite(site), siteKey: r.siteKey },
          headers: { Location: `/api/v1/sites/${site.id}`, 'Cache-Control': 'no-store' },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/sites/:id',
      summary: 'Get an edge site',
      tag: 'sites',
      permission: 'sites.read',
      params: idParams,
      responses: { 200: { description: 'The site', schema: siteResource } },
      async handler({ params }) {
        const c = sites();
        return { status: 200, body: toSite(required((await call(c.getSite.bind(c), params)).site)) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/sites/:id/rotate-key',
      summary: 'Give a site a new key; the old one stops working',
      tag: 'sites',
      permission: 'sites.write',
      params: idParams,
      responses: { 200: { description: 'The site with its new key', schema: siteWithKeyResource } },
      async handler({ params }) {
        const c = sites();
        const r = await call(c.rotateSiteKey.bind(c), params);
        return {
          status: 200,
          body: { site: toSite(required(r.site)), siteKey: r.siteKey },
          headers: { 'Cache-Control': 'no-store' },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/sites/:id/revoke',
      summary: 'Revoke a site: its key stops working at once',
      tag: 'sites',
      permission: 'sites.write',
      params: idParams,
      responses: { 200: { description: 'The revoked site', schema: siteResource } },
      async handler({ params }) {
        const c = sites();
        return { status: 200, body: toSite(required((await call(c.revokeSite.bind(c), params)).site)) };
      },
    }),
  ];
}
