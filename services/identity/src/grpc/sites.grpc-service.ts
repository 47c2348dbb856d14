import type { UnaryHandler } from '@crm/grpc';
import type { identityV1Types as t } from '@crm/proto';
import type { SiteUseCases } from '../domain/sites.use-case';
import type { CallerResolver } from './caller';
import { nonEmpty, toBranchMessage, toSiteMessage } from '../wire/identity.mapper';

export function sitesGrpcService(
  sites: SiteUseCases,
  caller: CallerResolver,
  handle: UnaryHandler,
): t.SiteServiceHandlers {
  return {
    ListSites: handle<t.ListSitesRequest__Output, t.ListSitesResponse>('ListSites', async (req, ctx) => {
      const page = await sites.list(await caller(ctx), {
        branchId: nonEmpty(req.branchId),
        pageSize: req.pageSize,
        pageToken: nonEmpty(req.pageToken),
      });
      return { sites: page.items.map(toSiteMessage), nextPageToken: page.nextPageToken };
    }),
    CreateSite: handle<t.CreateSiteRequest__Output, t.CreateSiteResponse>('CreateSite', async (req, ctx) => {
      const { site, siteKey } = await sites.create(await caller(ctx), {
        branchId: req.branchId,
        name: req.name,
      });
      return { site: toSiteMessage(site), siteKey };
    }),
    GetSite: handle<t.GetSiteRequest__Output, t.GetSiteResponse>('GetSite', async (req, ctx) => ({
      site: toSiteMessage(await sites.get(await caller(ctx), req.id)),
    })),
    RotateSiteKey: handle<t.RotateSiteKeyRequest__Output, t.RotateSiteKeyResponse>(
      'RotateSiteKey',
      async (req, ctx) => {
        const { site, siteKey } = await sites.rotateKey(await caller(ctx), req.id);
        return { site: toSiteMessage(site), siteKey };
      },
    ),
    RevokeSite: handle<t.RevokeSiteRequest__Output, t.RevokeSiteResponse>('RevokeSite', async (req, ctx) => ({
      site: toSiteMessage(await sites.revoke(await caller(ctx), req.id)),
    })),
    // No user: the gateway's edge ingress asks on behalf of a site.
    VerifySiteKey: handle<t.VerifySiteKeyRequest__Output, t.VerifySiteKeyResponse>(
      'VerifySiteKey',
      async (req) => {
        const { site, branch } = await sites.verifyKey({ siteId: req.siteId, siteKey: req.siteKey });
        return { site: toSiteMessage(site), branch: toBranchMessage(branch) };
      },
    ),
  };
}
