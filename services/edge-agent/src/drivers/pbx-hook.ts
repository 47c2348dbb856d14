import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { z } from '@crm/config';
import type { Logger } from '@crm/log';
import type { Driver, DriverStatus, EventPayload, EventSink } from '../events';

export const pbxCallSchema = z.object({
  caller: z.string().max(64).default(''),
  called: z.string().max(64).default(''),
  extension: z.string().max(64).default(''),
  state: z.enum(['ringing', 'answered', 'ended']),
  callId: z.string().max(128).default(''),
  callerName: z.string().max(128).default(''),
});
export type PbxCall = z.infer<typeof pbxCallSchema>;

export function pbxCallToPayload(call: PbxCall): EventPayload {
  const common = {
    callerNumber: call.caller,
    calledNumber: call.called,
    extension: call.extension,
    callId: call.callId,
    source: 'pbx',
  };
  if (call.state === 'ringing') return { callRinging: { ...common, callerName: call.callerName } };
  if (call.state === 'answered') return { callAnswered: common };
  return { callEnded: common };
}

export interface PbxHookOptions {
  port: number;
  host: string;
  /** When set, requests must carry `authorization: Bearer <token>`. */
  token?: string;
}

/**
 * The HTTP hook IP-PBXes call: `POST /pbx/call` with JSON `{caller, called, extension, state,
 * callId?, callerName?}` (state: ringing | answered | ended). Answers 202 once the event is
 * journaled, 400 for a bad body, 401 without the token. `GET /healthz` answers 200.
 */
export class PbxHookDriver implements Driver {
  readonly name = 'pbx-hook';
  private server: http.Server | undefined;
  port = 0;

  constructor(
    private readonly options: PbxHookOptions,
    private readonly sink: EventSink,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const server = http.createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.logger.info({ port: this.port }, 'PBX hook listening');
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const send = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/healthz') return send(200, { status: 'ok' });
    if (req.url !== '/pbx/call') return send(404, { error: 'not found' });
    if (req.method !== 'POST') return send(405, { error: 'use POST' });
    if (this.options.token && !bearerMatches(req.headers.authorization, this.options.token)) {
      return send(401, { error: 'missing or wrong bearer token' });
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req, 16 * 1024));
    } catch (err) {
      return send(400, { error: `body must be JSON: ${(err as Error).message}` });
    }
    const parsed = pbxCallSchema.safeParse(body);
    if (!parsed.success) {
      return send(400, {
        error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
    }
    try {
      await this.sink(pbxCallToPayload(parsed.data));
      send(202, { accepted: true });
    } catch (err) {
      this.logger.error({ err }, 'could not journal a PBX call event');
      send(503, { error: 'could not record the event' });
    }
  }

  status(): DriverStatus[] {
    return [{ name: this.name, healthy: Boolean(this.server?.listening), detail: `port ${this.port}` }];
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
