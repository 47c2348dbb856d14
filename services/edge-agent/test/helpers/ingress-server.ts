import * as grpc from '@grpc/grpc-js';
import { edgeV1, type edgeV1Types } from '@crm/proto';

/** A small edge ingress for tests: acks every event (de-duplicating by id), can refuse the key. */
export class TestIngress {
  server: grpc.Server | undefined;
  port = 0;
  /** Every event received, duplicates included, in arrival order. */
  received: edgeV1Types.EdgeEvent__Output[] = [];
  /** Event ids accepted once (first arrival), in order. */
  accepted: string[] = [];
  statuses: edgeV1Types.AgentStatus__Output[] = [];
  metadata: grpc.Metadata[] = [];
  validKey = 'site-key-0123456789';
  ackDelayMs = 0;
  /** The most events received and not yet acked at one time. */
  maxOutstanding = 0;
  private outstanding = 0;

  async start(port = 0): Promise<number> {
    const server = new grpc.Server();
    const { EdgeIngressService } = edgeV1();
    server.addService(EdgeIngressService.definition, {
      StreamEvents: (
        call: grpc.ServerDuplexStream<
          edgeV1Types.StreamEventsRequest__Output,
          edgeV1Types.StreamEventsResponse
        >,
      ) => {
        this.metadata.push(call.metadata);
        if (call.metadata.get('x-site-key')[0] !== this.validKey) {
          call.emit('error', { code: grpc.status.UNAUTHENTICATED, details: 'unknown or revoked site key' });
          return;
        }
        call.on('data', (req: edgeV1Types.StreamEventsRequest__Output) => {
          if (req.status) this.statuses.push(req.status);
          const event = req.event;
          if (!event) return;
          this.received.push(event);
          if (!this.accepted.includes(event.eventId)) this.accepted.push(event.eventId);
          this.outstanding += 1;
          this.maxOutstanding = Math.max(this.maxOutstanding, this.outstanding);
          const ack = () => {
            this.outstanding -= 1;
            if (!call.cancelled && call.writable) call.write({ ack: { eventId: event.eventId } });
          };
          if (this.ackDelayMs) setTimeout(ack, this.ackDelayMs);
          else ack();
        });
        call.on('end', () => call.end());
        call.on('error', () => undefined);
      },
    });
    this.port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (err, p) =>
        err ? reject(err) : resolve(p),
      ),
    );
    this.server = server;
    return this.port;
  }

  stop(): void {
    this.server?.forceShutdown();
    this.server = undefined;
  }
}
