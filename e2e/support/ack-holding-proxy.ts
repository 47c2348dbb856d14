import * as grpc from '@grpc/grpc-js';
import { edgeV1, type edgeV1Types } from '@crm/proto';

type Downstream = grpc.ServerDuplexStream<
  edgeV1Types.StreamEventsRequest__Output,
  edgeV1Types.StreamEventsResponse
>;
type Upstream = grpc.ClientDuplexStream<
  edgeV1Types.StreamEventsRequest,
  edgeV1Types.StreamEventsResponse__Output
>;

/**
 * A crm.edge.v1 proxy between an edge agent and the gateway's edge ingress that forwards everything
 * (metadata, events, statuses, stream errors) but, while `holdAcks` is on, keeps the ingress's acks from
 * the agent. That puts the agent deterministically "between journal write and ack": the platform has
 * stored (and popped) the events, the agent still has them journaled as unacked.
 */
export class AckHoldingProxy {
  holdAcks = true;
  /** Acks the ingress sent, in order (held or passed on). */
  readonly acksFromIngress: string[] = [];
  private readonly server = new grpc.Server();
  private readonly upstreams = new Set<Upstream>();
  private readonly client: grpc.Client & { streamEvents(md: grpc.Metadata): Upstream };
  port = 0;

  constructor(ingressAddress: string) {
    const { EdgeIngressService } = edgeV1();
    this.client = new EdgeIngressService.Client(
      ingressAddress,
      grpc.credentials.createInsecure(),
    ) as unknown as AckHoldingProxy['client'];
    this.server.addService(EdgeIngressService.definition, {
      StreamEvents: (down: Downstream) => this.relay(down),
    });
  }

  async start(): Promise<number> {
    this.port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) =>
        err ? reject(err) : resolve(port),
      ),
    );
    return this.port;
  }

  private relay(down: Downstream): void {
    const md = new grpc.Metadata();
    for (const name of ['x-site-id', 'x-site-key']) {
      const v = down.metadata.get(name)[0];
      if (typeof v === 'string') md.set(name, v);
    }
    const up = this.client.streamEvents(md);
    this.upstreams.add(up);
    up.on('metadata', (m: grpc.Metadata) => down.sendMetadata(m));
    up.on('data', (r: edgeV1Types.StreamEventsResponse__Output) => {
      if (r.ack) this.acksFromIngress.push(r.ack.eventId);
      if (r.ack && this.holdAcks) return;
      if (!down.cancelled) down.write(r.ack ? { ack: r.ack } : {});
    });
    up.on('error', (err: grpc.ServiceError) => {
      this.upstreams.delete(up);
      if (!down.cancelled) down.emit('error', { code: err.code, details: err.details });
    });
    up.on('end', () => {
      this.upstreams.delete(up);
      if (!down.cancelled) down.end();
    });
    down.on('data', (req: edgeV1Types.StreamEventsRequest__Output) => up.write(req));
    down.on('end', () => up.end());
    down.on('cancelled', () => up.cancel());
    down.on('error', () => up.cancel());
  }

  async stop(): Promise<void> {
    for (const up of this.upstreams) up.cancel();
    this.server.forceShutdown();
    this.client.close();
  }
}
