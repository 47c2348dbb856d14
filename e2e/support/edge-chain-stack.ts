import WebSocket from 'ws';
import { waitFor } from '@crm/testing';
import type { LiveMessage } from '@crm/service-gateway';
import { startPlatformStack } from '../../services/gateway/test/support/platform-test-stack';

/** A live socket on /api/v1/live and everything it received. */
export interface LiveClient {
  ws: WebSocket;
  messages: LiveMessage[];
  closed: Promise<number>;
}

/**
 * identity + customers + gateway (with its edge ingress) in this process on the real PostgreSQL, NATS
 * and Redis, with databases, a NATS namespace and a Redis prefix of their own. The gateway can be stopped
 * and started again on the same HTTP and edge ports (an outage, as a site sees it).
 */
export async function startEdgeChainStack() {
  const stack = await startPlatformStack({
    identity: true,
    customers: true,
    env: { gateway: { EDGE_GRPC_PORT: '0' } },
  });
  const { base, adminToken } = stack;
  const admin = (path: string, init: { method?: string; body?: unknown } = {}) => stack.api(path, init);
  const branchId = (await admin('/auth/me')).body.branchId as string;

  return {
    base,
    edgeAddress: `127.0.0.1:${stack.edgePort}`,
    adminToken,
    branchId,
    admin,
    /** A site of the branch and its key, created through identity's REST API. */
    async createSite(name: string): Promise<{ id: string; key: string }> {
      const r = await admin('/sites', { body: { branchId, name } });
      if (r.status !== 201) throw new Error(`site not created: ${r.status} ${JSON.stringify(r.body)}`);
      return { id: r.body.site.id as string, key: r.body.siteKey as string };
    },

    /** A customer with a card of this UID (card taps of it pop as recognized). */
    async customerWithCard(name: string, uid: string): Promise<string> {
      const c = await admin('/customers', { body: { kind: 'INDIVIDUAL', name } });
      if (c.status !== 201) throw new Error(`customer not created: ${c.status} ${JSON.stringify(c.body)}`);
      const card = await admin(`/customers/${c.body.id}/cards`, { body: { uid } });
      if (card.status !== 201)
        throw new Error(`card not issued: ${card.status} ${JSON.stringify(card.body)}`);
      return c.body.id as string;
    },

    /** The customer's timeline rows of card taps. */
    async cardTapsOf(customerId: string): Promise<{ sourceEventId: string | null }[]> {
      const r = await admin(`/customers/${customerId}/timeline?pageSize=200`);
      if (r.status !== 200) throw new Error(`timeline: ${r.status}`);
      return (r.body.items as { kind: string; sourceEventId: string | null }[]).filter(
        (e) => e.kind === 'CARD_TAP',
      );
    },

    /** Opens a live socket as the administrator (optionally resuming after an event id). */
    connectLive(since?: string): Promise<LiveClient> {
      const url = `${base.replace('http', 'ws')}/api/v1/live${since ? `?since=${encodeURIComponent(since)}` : ''}`;
      const ws = new WebSocket(url, ['bearer', adminToken]);
      const messages: LiveMessage[] = [];
      ws.on('message', (data) => messages.push(JSON.parse(String(data)) as LiveMessage));
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      return new Promise((resolve, reject) => {
        ws.once('open', () => resolve({ ws, messages, closed }));
        ws.once('error', reject);
      });
    },

    /** Stops the gateway (HTTP, live sockets, edge ingress): an outage. */
    stopGateway: () => stack.stopGateway(),

    /** Starts the gateway again on the same HTTP and edge ports. */
    restartGateway: () => stack.restartGateway(),

    /** Stops everything and removes what it stored (databases, streams, Redis keys). */
    stop: () => stack.stop(),
  };
}

/** The edge event a pop answers. */
export const edgeIdOf = (m: LiveMessage): string => (m.payload as { edgeEventId?: string }).edgeEventId ?? '';

/** The edge event ids the socket's pops answer, in arrival order. */
export const edgeIdsOf = (c: LiveClient): string[] => c.messages.map(edgeIdOf);

/** Waits until the socket has a pop for every one of `edgeEventIds`. */
export const waitForPops = (c: LiveClient, edgeEventIds: string[], timeoutMs = 30_000) =>
  waitFor(() => edgeEventIds.every((id) => edgeIdsOf(c).includes(id)), {
    timeoutMs,
    message: `pops for ${edgeEventIds.length} taps (got ${edgeIdsOf(c).length} messages)`,
  });
