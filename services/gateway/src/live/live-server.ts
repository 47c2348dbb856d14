import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { hasPermission, verifyAccessToken, type Principal } from '@crm/auth';
import type { Logger } from '@crm/log';
import type { ExtensionLookup } from './live-extension';
import type { LiveClient, LiveHub, LiveMessage } from './live-hub';

export const LIVE_PATH = '/api/v1/live';
export const LIVE_PERMISSION = 'customers.read';

/** The access token of an upgrade request: `Sec-WebSocket-Protocol: bearer, <token>` or `?access_token=`. */
export function upgradeToken(req: IncomingMessage, url: URL): string | undefined {
  const protocols = (req.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const i = protocols.findIndex((p) => p.toLowerCase() === 'bearer');
  if (i >= 0 && protocols[i + 1]) return protocols[i + 1];
  return url.searchParams.get('access_token') ?? undefined;
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/**
 * The WebSocket endpoint /api/v1/live on the gateway's HTTP server: authenticates the upgrade
 * (401/403 before upgrading), learns the user's telephone extension (call pops are targeted with it),
 * registers the socket with the hub (replaying from `since`), pings every heartbeatMs and closes the
 * sockets on stop().
 */
export class LiveServer {
  private readonly wss = new WebSocketServer({
    noServer: true,
    // Echo `bearer` when the client offered it (browsers require the server to pick one they sent).
    handleProtocols: (protocols) => (protocols.has('bearer') ? 'bearer' : false),
  });
  private readonly heartbeat: NodeJS.Timeout;
  private readonly alive = new WeakMap<WebSocket, boolean>();

  constructor(
    private readonly server: Server,
    private readonly deps: {
      hub: LiveHub;
      publicKeyPem: string;
      heartbeatMs: number;
      logger: Logger;
      /** Without it (no identity service configured) sockets have no extension. */
      extensionOf?: ExtensionLookup;
    },
  ) {
    server.on('upgrade', this.onUpgrade);
    this.heartbeat = setInterval(() => this.ping(), deps.heartbeatMs);
    this.heartbeat.unref();
  }

  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    void this.upgrade(req, socket, head).catch((err: unknown) => {
      this.deps.logger.warn({ err }, 'live: upgrade failed');
      socket.destroy();
    });
  };

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    if (url.pathname !== LIVE_PATH) return refuse(socket, 404, 'Not Found');
    const token = upgradeToken(req, url);
    let principal: Principal;
    try {
      if (!token) throw new Error('no token');
      principal = await verifyAccessToken(token, { publicKeyPem: this.deps.publicKeyPem });
    } catch {
      return refuse(socket, 401, 'Unauthorized');
    }
    // A session that must change its password first gets no customer data, pushed or asked for.
    if (principal.mustChangePassword || !hasPermission(principal, LIVE_PERMISSION))
      return refuse(socket, 403, 'Forbidden');
    let extension: string | undefined;
    try {
      extension = await this.deps.extensionOf?.(principal, token);
    } catch {
      return refuse(socket, 401, 'Unauthorized');
    }
    const since = url.searchParams.get('since') ?? undefined;
    this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(ws, principal, extension, since));
  }

  private attach(
    ws: WebSocket,
    principal: Principal,
    extension: string | undefined,
    since: string | undefined,
  ): void {
    const client: LiveClient = {
      principal,
      extension,
      send: (m: LiveMessage) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(m));
      },
    };
    this.alive.set(ws, true);
    ws.on('pong', () => this.alive.set(ws, true));
    let first = true;
    ws.on('message', (data) => {
      const isFirst = first;
      first = false;
      let msg: unknown;
      try {
        msg = JSON.parse(String(data));
      } catch {
        return;
      }
      const m = msg as { type?: unknown; since?: unknown };
      // A resume is honoured as the first message only (and when the URL had no `since`).
      if (isFirst && since === undefined && m.type === 'resume' && typeof m.since === 'string')
        this.deps.hub.replay(client, m.since);
    });
    ws.on('close', () => this.deps.hub.remove(client));
    ws.on('error', () => this.deps.hub.remove(client));
    this.deps.hub.add(client, since);
  }

  private ping(): void {
    for (const ws of this.wss.clients) {
      if (!this.alive.get(ws)) {
        ws.terminate();
        continue;
      }
      this.alive.set(ws, false);
      ws.ping();
    }
  }

  /** Stops accepting upgrades and closes every socket (1001 going away). */
  async stop(): Promise<void> {
    clearInterval(this.heartbeat);
    this.server.off('upgrade', this.onUpgrade);
    for (const ws of this.wss.clients) ws.close(1001, 'gateway stopping');
    const closing = [...this.wss.clients].map(
      (ws) =>
        new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            ws.terminate();
            resolve();
          }, 1_000);
          ws.once('close', () => {
            clearTimeout(t);
            resolve();
          });
        }),
    );
    await Promise.all(closing);
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
