import type { UnaryHandler } from '@crm/grpc';
import type { identityV1Types as t } from '@crm/proto';
import {
  createSite,
  getSite,
  listSites,
  revokeSite,
  rotateSiteKey,
  verifySiteKey,
  type SiteDeps,
} from '../domain/sites.use-case';
import type { CallerResolver } from './caller';
import { nonEmpty, toBranchMessage, toSiteMessage } from '../wire/identity.mapper';

export function sitesGrpcService(
  deps: SiteDeps,
  caller: CallerResolver,
  handle: UnaryHandler,
): t.SiteServiceHandlers {
  return {
    ListSites: handle<t.ListSitesRequest__Output, t.ListSitesResponse>('ListSites', async (req, ctx) => {
      const page = await listSites(deps, await caller(ctx), {
        branchId: nonEmpty(req.branchId),
        pageSize: req.pageSize,
        pageToken: nonEmpty(req.pageToken),
      });
      return { sites: page.items.map(toSiteMessage), nextPageToken: page.nextPageToken };
    }),
    CreateSite: handle<t.CreateSiteRequest__Output, t.CreateSiteResponse>('CreateSite', async (req, ctx) => {
      const { site, siteKey } = await createSite(deps, await caller(ctx), {
        branchId: req.branchId,
        name: req.name,
      });
      return { site: toSiteMessage(site), siteKey };
    }),
    GetSite: handle<t.GetSiteRequest__Output, t.GetSiteResponse>('GetSite', async (req, ctx) => ({
      site: toSiteMessage(await getSite(deps, await caller(ctx), req.id)),
    })),
    RotateSiteKey: handle<t.RotateSiteKeyRequest__Output, t.RotateSiteKeyResponse>(
      'RotateSiteKey',
      async (req, ctx) => {
        const { site, siteKey } = await rotateSiteKey(deps, await caller(ctx), req.id);
        return { site: toSiteMessage(site), siteKey };
      },
    ),
    RevokeSite: handle<t.RevokeSiteRequest__Output, t.RevokeSiteResponse>('RevokeSite', async (req, ctx) => ({
      site: toSiteMessage(await revokeSite(deps, await caller(ctx), req.id)),
    })),
    // No user: the gateway's edge ingress asks on behalf of a site.
    VerifySiteKey: handle<t.VerifySiteKeyRequest__Output, t.VerifySiteKeyResponse>(
      'VerifySiteKey',
      async (req) => {
        const { site, branch } = await verifySiteKey(deps, { siteId: req.siteId, siteKey: req.siteKey });
        return { site: toSiteMessage(site), branch: toBranchMessage(branch) };
      },
    ),
  };
}
