import { access } from 'node:fs/promises';
import path from 'node:path';
import { assertPortFree } from '@crm/devservers';
import type { ServiceDefinition } from './service.types';
import type { SystemConfig } from './system-options';

export const entryOf = (config: SystemConfig, service: ServiceDefinition): string =>
  path.resolve(config.rootDir, service.entry ?? `services/${service.name}/src/main.ts`);

/** Fails before anything starts when a service has no entry file or a fixed port is taken. */
export async function preflight(config: SystemConfig): Promise<void> {
  for (const service of config.registry) {
    const entry = entryOf(config, service);
    await access(entry).catch(() => {
      throw new Error(`Service "${service.name}" has no entry file ${path.relative(config.rootDir, entry)}`);
    });
  }
  if (config.httpPort !== 0 && config.registry.some((service) => service.kind === 'http')) {
    await assertPortFree(
      config.httpPort,
      'the gateway',
      'Set CRM_HTTP_PORT to another port (0: any free port).',
    );
  }
}

/**
 * gRPC ports from CRM_GRPC_BASE_PORT, the HTTP service's from CRM_HTTP_PORT; 0 where none is fixed:
 * the service binds a free port and announces it (waitListening). A free port picked here ahead of
 * time could be bound by another process first, whose health check would then pass for the service.
 */
export async function assignPorts(config: SystemConfig): Promise<Map<string, number>> {
  const ports = new Map<string, number>();
  const grpc = config.registry.filter((service) => service.kind === 'grpc');
  for (const [index, service] of grpc.entries()) {
    if (config.grpcBasePort === undefined) {
      ports.set(service.name, 0);
    } else {
      const port = config.grpcBasePort + index;
      await assertPortFree(port, `service "${service.name}"`, 'Set CRM_GRPC_BASE_PORT to another base port.');
      ports.set(service.name, port);
    }
  }
  for (const service of config.registry.filter((candidate) => candidate.kind === 'http')) {
    ports.set(service.name, config.httpPort);
  }
  return ports;
}
