import {
  NodeTracerProvider,
  BatchSpanProcessor,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type * as OtlpHttp from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { createRequire } from 'node:module';

/**
 * The OTLP exporter (and the HTTP and protobuf code it brings) is loaded only when an endpoint is
 * configured: it took ~0.1 s of every service's start for nothing otherwise. Synchronously, since
 * initTelemetry is (a service's main calls it before anything else).
 */
const loadOtlpHttp = (): typeof OtlpHttp =>
  createRequire(__filename)('@opentelemetry/exporter-trace-otlp-http') as typeof OtlpHttp;

let provider: NodeTracerProvider | undefined;

/**
 * Sets up the OpenTelemetry SDK once per process (called from each main.ts, never from libraries).
 * Registering the provider installs the AsyncLocalStorage context manager and the W3C trace-context
 * propagator, so trace ids exist and cross HTTP → gRPC → NATS even when nothing is exported.
 * Spans are exported over OTLP/HTTP only when an endpoint is configured.
 */
export function initTelemetry(options: { serviceName: string; otlpEndpoint?: string }): {
  shutdown(): Promise<void>;
} {
  if (!provider) {
    const spanProcessors: SpanProcessor[] = [];
    if (options.otlpEndpoint) {
      spanProcessors.push(
        new BatchSpanProcessor(
          new (loadOtlpHttp().OTLPTraceExporter)({ url: `${options.otlpEndpoint}/v1/traces` }),
        ),
      );
    }
    provider = new NodeTracerProvider({
      resource: resourceFromAttributes({ 'service.name': options.serviceName }),
      spanProcessors,
    });
    provider.register();
  }
  const current = provider;
  return { shutdown: () => current.shutdown() };
}

/** For tests: a registered provider that records finished spans in memory. */
export function initTestTelemetry(): { exporter: InMemorySpanExporter } {
  const exporter = new InMemorySpanExporter();
  if (!provider) {
    provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    provider.register();
  }
  return { exporter };
}
