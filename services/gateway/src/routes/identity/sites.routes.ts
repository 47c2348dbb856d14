import { z } from 'zod';
import { call } from '@crm/grpc';
import type { DownstreamClients } from '../../clients/downstream-clients';
import { defineRoute, type ApiRoute } from '../../http/api-route';
import { created, getRoute, idParams, listRoute, toPage } from '../route-helpers';
import {
  id,
  identityOf,
  identityPageQuery,
  required,
  siteResource,
  siteWithKeyResource,
  text,
  toSite,
} from './identity-resources';

const listQuery = z.strictObject({ branchId: id().optional(), ...identityPageQuery });
const createBody = z.strictObject({ branchId: id(), name: text() });

export function sitesRoutes(clients: DownstreamClients): ApiRoute[] {
  const sites = () => identityOf(clients).sites;
  const doc = { path: '/sites', tag: 'sites' };
  // A site key is shown once: no cache may keep an answer that carries one.
  const noStore = { 'Cache-Control': 'no-store' };
  return [
    listRoute({
      ...doc,
      summary: 'List edge sites, newest first',
      permission: 'sites.read',
      query: listQuery,
      description: 'A page of sites',
      item: siteResource,
      async list(query) {
        const c = sites();
        const r = await call(c.listSites.bind(c), query);
        return toPage(r.sites, r.nextPageToken, toSite);
      },
    }),
    defineRoute({
      ...doc,
      method: 'post',
      summary: 'Register an edge site; its key is in this answer only',
      permission: 'sites.write',
      body: createBody,
      responses: { 201: { description: 'Created, with the key', schema: siteWithKeyResource } },
      async handler({ body }) {
        const c = sites();
        const r = await call(c.createSite.bind(c), body);
        const site = required(r.site);
        return created({ site: toSite(site), siteKey: r.siteKey }, `/sites/${site.id}`, noStore);
      },
    }),
    getRoute({
      ...doc,
      path: '/sites/:id',
      summary: 'Get an edge site',
      permission: 'sites.read',
      description: 'The site',
      schema: siteResource,
      async load(id) {
        const c = sites();
        return toSite(required((await call(c.getSite.bind(c), { id })).site));
      },
    }),
    defineRoute({
      ...doc,
      method: 'post',
      path: '/sites/:id/rotate-key',
      summary: 'Give a site a new key; the old one stops working',
      permission: 'sites.write',
      params: idParams,
      responses: { 200: { description: 'The site with its new key', schema: siteWithKeyResource } },
      async handler({ params }) {
        const c = sites();
        const r = await call(c.rotateSiteKey.bind(c), params);
        return {
          status: 200,
          body: { site: toSite(required(r.site)), siteKey: r.siteKey },
          headers: noStore,
        };
      },
    }),
    defineRoute({
      ...doc,
      method: 'post',
      path: '/sites/:id/revoke',
      summary: 'Revoke a site: its key stops working at once',
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
