import * as grpc from '@grpc/grpc-js';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation } from 'grpc-health-check';
import { loadDefinition, type ProtoService } from '@crm/proto';

/** A service of a contract and what implements it, checked against each other (see `implement`). */
export interface ServiceBinding {
  service: ProtoService;
  implementation: grpc.UntypedServiceImplementation;
}

/** Pairs a generated service with its implementation; the compiler checks that every method is there. */
export function implement<Handlers>(
  service: ProtoService<grpc.Client, grpc.ServiceDefinition, Handlers>,
  implementation: NoInfer<Handlers>,
): ServiceBinding {
  return {
    service: service as ProtoService,
    implementation: implementation as grpc.UntypedServiceImplementation,
  };
}

/**
 * A grpc-js server with the standard health service (grpc.health.v1) and server reflection, so that
 * Kubernetes probes, `grpcurl` and the local runner work the same way against every service. The
 * health status and the reflected files follow the services added, by their generated names.
 */
export class GrpcServer {
  readonly server: grpc.Server;
  private readonly health = new HealthImplementation({ '': 'NOT_SERVING' });
  private readonly services: ProtoService[] = [];
  private port: number | undefined;

  /** `maxReceiveMessageBytes`: largest request accepted (default 8 MiB); raise it for uploads. */
  constructor(options: { maxReceiveMessageBytes?: number } = {}) {
    this.server = new grpc.Server({
      'grpc.max_receive_message_length': options.maxReceiveMessageBytes ?? 8 * 1024 * 1024,
    });
    this.health.addToServer(this.server);
  }

  add(...bindings: ServiceBinding[]): this {
    for (const { service, implementation } of bindings) {
      this.server.addService(service.definition, implementation);
      this.services.push(service);
    }
    return this;
  }

  /**
   * Binds (port 0 picks a free port), then reports SERVING. Returns the bound port. The host defaults to
   * GRPC_HOST, else every interface (in a pod the Service reaches it from outside); the local runner
   * sets 127.0.0.1, so that on one machine only the gateway can be reached from the LAN.
   */
  async start(port: number, host = grpcHostFromEnv()): Promise<number> {
    const files = [...new Set(this.services.map((s) => s.file))];
    new ReflectionService(Object.assign({}, ...files.map((f) => loadDefinition(f)))).addToServer(this.server);
    this.port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync(`${host}:${port}`, grpc.ServerCredentials.createInsecure(), (err, bound) =>
        err ? reject(err) : resolve(bound),
      ),
    );
    this.setServing(true);
    return this.port;
  }

  setServing(serving: boolean): void {
    const status = serving ? 'SERVING' : 'NOT_SERVING';
    this.health.setStatus('', status);
    for (const { name } of this.services) this.health.setStatus(name, status);
  }

  /** Reports NOT_SERVING, lets in-flight calls finish (up to `graceMs`), then closes. */
  async stop(graceMs = 5000): Promise<void> {
    if (this.port === undefined) return;
    this.setServing(false);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, graceMs);
      this.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.port = undefined;
  }
}

/** GRPC_HOST: an IPv4 address or a host name (a bad one would otherwise fail deep inside grpc-js). */
function grpcHostFromEnv(): string {
  const host = process.env.GRPC_HOST || '0.0.0.0';
  if (!/^[\w.-]+$/.test(host))
    throw new Error(`GRPC_HOST must be an IPv4 address or a host name, got "${host}"`);
  return host;
}
