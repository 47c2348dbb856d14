import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { newEvent } from '@crm/bus';
import type { Cache } from '@crm/cache';
import { DomainError } from '@crm/errors';
import { call } from '@crm/grpc';
import { identityOf, type DownstreamClients } from '../clients/downstream-clients';
import { agentConnected, randomTestUid, TEST_TAP_READER } from '../edge/agent-status';
import { agentStatusKey, EDGE_SUBJECTS, type StoredAgentStatus } from '../edge/edge-ingress';
import type { EdgePublisher } from '../edge/edge-publisher';
import { defineRoute, type ApiRoute } from '../http/api-route';
import { idParams, required } from './route-helpers';

/** What these routes need besides the clients; absent parts answer 503 (e.g. a gateway without NATS). */
export interface SitesStatusDeps {
  cache?: Cache;
  edgePublisher?: EdgePublisher;
}

/** Hex, any case, with spaces, colons or dashes between bytes; 4 to 10 bytes (ISO 14443 UIDs). */
const normalizeUid = (raw: string) => {
  const compact = raw
    .trim()
    .replace(/[\s:-]/g, '')
    .toUpperCase();
  return /^(?:[0-9A-F]{2}){4,10}$/.test(compact) ? compact : undefined;
};

const testTapBody = z.strictObject({
  cardUid: z
    .string()
    .max(100)
    .refine((v) => normalizeUid(v) !== undefined, 'is not a card UID (4 to 10 bytes in hex)')
    .optional()
    .describe('Hex; any case, spaces, colons or dashes. Without it: a random (unknown) card'),
  desk: z.string().trim().min(1).max(100).optional().describe(`Default "${TEST_TAP_READER}"`),
});

const readerResource = z.object({
  kind: z.string().describe('"pcsc" or "keyboard-wedge"'),
  name: z.string().describe('PC/SC reader name (the configured pattern while none matches) or device path'),
  desk: z.string(),
  connected: z.boolean(),
});
const agentResource = z.object({
  version: z.string(),
  queueDepth: z.number().int().describe('Events journaled at the site and not yet acked'),
  lastSentSeq: z.number().int(),
  lastSentAt: z.string().nullable(),
  lastAckedAt: z.string().nullable(),
  oldestUnackedAt: z.string().nullable(),
  reportedAt: z.string().nullable().describe("The agent's clock"),
  receivedAt: z.string().describe("The platform's clock"),
  statusIntervalMs: z.number().int(),
  drivers: z.array(z.object({ name: z.string(), healthy: z.boolean(), detail: z.string() })),
  readers: z.array(readerResource),
});
const siteStatusResource = z.object({
  siteId: z.string(),
  branchId: z.string(),
  connected: z.boolean().describe('The last report said the link was up and the next one is not overdue'),
  lastSeenAt: z.string().nullable(),
  agent: agentResource.nullable().describe('The last status the agent reported; null when none (yet)'),
});
const testTapResource = z.object({
  eventId: z.string(),
  siteId: z.string(),
  cardUid: z.string(),
  reader: z.string(),
  desk: z.string(),
});

const toAgent = (s: StoredAgentStatus): z.output<typeof agentResource> => ({
  version: s.agentVersion,
  queueDepth: s.queueDepth,
  lastSentSeq: s.lastSentSeq,
  lastSentAt: s.lastSentAt,
  lastAckedAt: s.lastAckedAt,
  oldestUnackedAt: s.oldestUnackedAt,
  reportedAt: s.reportedAt,
  receivedAt: s.receivedAt,
  statusIntervalMs: s.statusIntervalMs ?? 0,
  drivers: s.drivers,
  // Statuses stored before agents reported their readers have none.
  readers: s.readers ?? [],
});

const unavailable = (what: string) =>
  new DomainError('UNAVAILABLE', `${what} is not configured on this gateway`);

/**
 * Site administration beside the identity site routes: the agent status the edge ingress keeps in
 * Redis, and a test tap for installers that goes down the same path as a real one (JetStream
 * crm.edge.card.tapped → recognition → live pop). Both read the site through identity first, which
 * enforces sites.read and the caller's branch scope (404 for a site out of scope).
 */
export function sitesStatusRoutes(clients: DownstreamClients, deps: SitesStatusDeps): ApiRoute[] {
  const sites = () => identityOf(clients).sites;
  const loadSite = async (id: string) => {
    const c = sites();
    return required((await call(c.getSite.bind(c), { id })).site);
  };
  const doc = { tag: 'sites' };
  return [
    defineRoute({
      ...doc,
      method: 'get',
      path: '/sites/:id/status',
      summary: "The site agent's last reported status: link, queue depth, readers and desks, version",
      permission: 'sites.read',
      params: idParams,
      responses: { 200: { description: 'The status', schema: siteStatusResource } },
      async handler({ params }) {
        if (!deps.cache) throw unavailable('Redis');
        const site = await loadSite(params.id);
        const stored = await deps.cache.getJson<StoredAgentStatus>(agentStatusKey(site.id));
        return {
          status: 200,
          body: {
            siteId: site.id,
            branchId: site.branchId,
            connected: agentConnected(stored, new Date()),
            lastSeenAt: stored?.receivedAt ?? (site.lastSeenAt || null),
            agent: stored ? toAgent(stored) : null,
          },
          headers: { 'Cache-Control': 'no-store' },
        };
      },
    }),
    defineRoute({
      ...doc,
      method: 'post',
      path: '/sites/:id/test-tap',
      summary: 'Publish a test card tap for the site (reader "portal-test"), as its agent would',
      permission: 'sites.write',
      params: idParams,
      body: testTapBody,
      responses: {
        202: { description: 'Published; the pop follows on /api/v1/live', schema: testTapResource },
      },
      async handler({ params, body, principal }) {
        if (!deps.edgePublisher) throw unavailable('NATS');
        const site = await loadSite(params.id);
        if (site.revokedAt)
          throw new DomainError('FAILED_PRECONDITION', 'the site is revoked: its agent cannot tap either');
        const cardUid = body.cardUid ? normalizeUid(body.cardUid)! : randomTestUid(randomBytes);
        const desk = body.desk ?? TEST_TAP_READER;
        // The envelope the ingress would publish for a tap of this site (subject, branch, payload
        // fields), with the user as the actor and seq 0: it comes from no agent journal.
        const envelope = newEvent(
          EDGE_SUBJECTS.cardTapped,
          site.branchId,
          { kind: 'user', userId: principal!.userId },
          { siteId: site.id, seq: 0, cardUid, reader: TEST_TAP_READER, desk },
        );
        await deps.edgePublisher.publish(envelope);
        return {
          status: 202,
          body: { eventId: envelope.id, siteId: site.id, cardUid, reader: TEST_TAP_READER, desk },
        };
      },
    }),
  ];
}
