import * as grpc from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation } from 'grpc-health-check';

/**
 * A grpc-js server with the standard health service (grpc.health.v1) and server reflection, so that
 * Kubernetes probes, `grpcurl` and the local runner work the same way against every service.
 */
export class GrpcServer {
  readonly server: grpc.Server;
  private readonly health = new HealthImplementation({ '': 'NOT_SERVING' });
  private readonly serviceNames: string[] = [];
  private port: number | undefined;

  /** `maxReceiveMessageBytes`: largest request accepted (default 8 MiB); raise it for uploads. */
  constructor(definitions: PackageDefinition[], options: { maxReceiveMessageBytes?: number } = {}) {
    this.server = new grpc.Server({
      'grpc.max_receive_message_length': options.maxReceiveMessageBytes ?? 8 * 1024 * 1024,
    });
    this.health.addToServer(this.server);
    new ReflectionService(Object.assign({}, ...definitions)).addToServer(this.server);
  }

  addService<Impl extends grpc.UntypedServiceImplementation>(
    service: grpc.ServiceDefinition & { serviceName?: string },
    implementation: Impl,
    serviceName: string,
  ): this {
    this.server.addService(service, implementation);
    this.serviceNames.push(serviceName);
    return this;
  }

  /**
   * Binds (port 0 picks a free port), then reports SERVING. Returns the bound port. The host defaults to
   * GRPC_HOST, else every interface (in a pod the Service reaches it from outside); the local runner
   * sets 127.0.0.1, so that on one machine only the gateway can be reached from the LAN.
   */
  async start(port: number, host = grpcHostFromEnv()): Promise<number> {
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
    for (const name of this.serviceNames) this.health.setStatus(name, status);
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
