import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A consumer's handling of one event, from its OpenTelemetry span (epoch ms). */
export interface ConsumerSpan {
  start: number;
  end: number;
}

interface OtlpSpan {
  name: string;
  startTimeUnixNano: string | number;
  endTimeUnixNano: string | number;
  attributes?: { key: string; value: { stringValue?: string } }[];
}
interface OtlpTraces {
  resourceSpans?: { scopeSpans?: { spans?: OtlpSpan[] }[] }[];
}

/**
 * A minimal OTLP/HTTP (JSON) trace receiver: the services export their spans here when started with
 * OTEL_EXPORTER_OTLP_ENDPOINT (BENCH_TRACE=1). It keeps the idempotent consumer's `<type> process`
 * spans by event id (messaging.message.id): when the customers consumer began and finished an event.
 */
export class OtlpReceiver {
  readonly processSpans = new Map<string, ConsumerSpan>();
  private server: http.Server | undefined;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          this.collect(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpTraces);
        } catch {
          // Not JSON (a protobuf exporter): nothing to learn from it.
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private collect(body: OtlpTraces): void {
    for (const rs of body.resourceSpans ?? [])
      for (const ss of rs.scopeSpans ?? [])
        for (const span of ss.spans ?? []) {
          if (!span.name.endsWith(' process')) continue;
          const id = span.attributes?.find((a) => a.key === 'messaging.message.id')?.value.stringValue;
          if (!id) continue;
          this.processSpans.set(id, {
            start: Number(BigInt(span.startTimeUnixNano) / 1000n) / 1000,
            end: Number(BigInt(span.endTimeUnixNano) / 1000n) / 1000,
          });
        }
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
