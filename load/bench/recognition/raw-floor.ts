import type { AddressInfo } from 'node:net';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import WebSocket, { WebSocketServer } from 'ws';
import { connectTestRedis, randomId, testNatsUrl, type TestRedisClient } from '@crm/testing';

/**
 * The floor the recognition chain is compared with, measured in the same run on the same servers:
 * per event one NATS request/reply round trip (responder on a second connection), one Redis GET and
 * one WebSocket send from a local ws server to a connected client, one after the other; latency is
 * from the start to the client's receipt of the message. No database, no fsync, no JetStream.
 */
export class RawFloor {
  private responder!: NatsConnection;
  private requester!: NatsConnection;
  private redis!: TestRedisClient;
  private server!: WebSocketServer;
  private serverSide: WebSocket | undefined;
  private client!: WebSocket;
  private readonly subject = `bench_floor_${randomId()}.echo`;
  private readonly key = `bench:floor:${randomId()}`;
  private readonly started = new Map<string, number>();
  /** Latency of each delivered event id, ms. */
  readonly latencies = new Map<string, number>();
  duplicates = 0;
  errors = 0;

  /** `message` is what the socket carries each time (the bench uses a real screen pop's size). */
  constructor(private readonly message: string) {}

  async start(): Promise<void> {
    this.responder = await connect({ servers: testNatsUrl(), name: 'bench-floor-responder' });
    this.requester = await connect({ servers: testNatsUrl(), name: 'bench-floor-requester' });
    this.responder.subscribe(this.subject, {
      callback: (_err, msg) => {
        msg.respond(msg.data);
      },
    });
    await this.responder.flush();
    this.redis = await connectTestRedis();
    await this.redis.set(this.key, JSON.stringify({ customerId: randomId(16) }), { EX: 3600 });
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.server.once('listening', resolve));
    const connected = new Promise<void>((resolve) =>
      this.server.once('connection', (socket) => {
        this.serverSide = socket;
        resolve();
      }),
    );
    this.client = new WebSocket(`ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`);
    this.client.on('message', (data) => {
      const at = performance.now();
      // Parsed as the live client parses a pop, so both sides pay for it.
      const { id } = JSON.parse(String(data)) as { id: string };
      const t0 = this.started.get(id);
      if (t0 === undefined) return;
      if (this.latencies.has(id)) this.duplicates++;
      else this.latencies.set(id, at - t0);
    });
    await Promise.all([
      connected,
      new Promise((resolve, reject) => {
        this.client.once('open', resolve);
        this.client.once('error', reject);
      }),
    ]);
  }

  /** One event through the three hops; `id` is 32 hex characters. */
  fire(id: string): void {
    this.started.set(id, performance.now());
    void (async () => {
      await this.requester.request(this.subject, id, { timeout: 5_000 });
      await this.redis.get(this.key);
      this.serverSide!.send(`{"id":"${id}","payload":${this.message}}`);
    })().catch(() => this.errors++);
  }

  /** Latencies of those of `ids` that arrived, and how many did not. */
  outcome(ids: readonly string[]): { delivered: number[]; lost: number } {
    const delivered = ids.flatMap((id) => {
      const l = this.latencies.get(id);
      return l === undefined ? [] : [l];
    });
    return { delivered, lost: ids.length - delivered.length };
  }

  async stop(): Promise<void> {
    this.client?.terminate();
    await new Promise((resolve) => this.server?.close(resolve));
    await this.redis?.del(this.key);
    await this.redis?.quit();
    await this.requester?.close();
    await this.responder?.close();
  }
}
