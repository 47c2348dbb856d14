// Copies of existing services (BENCH_COPIES=analytics:3,identity:3) standing in for the services
// still to come: each copy runs the same code under another name, with its own database and Redis
// prefix, and the gateway waits for it as it will for a real one. Measurement only: the product's
// registry is deploy/services.registry.ts.
import type { ServiceDefinition } from '../../../deploy/local/service.types';

export function withCopies(registry: readonly ServiceDefinition[], spec: string): ServiceDefinition[] {
  const copies = spec
    .split(',')
    .filter(Boolean)
    .flatMap((part) => {
      const [name, count] = part.split(':');
      const original = registry.find((service) => service.name === name);
      if (!original || original.kind !== 'grpc')
        throw new Error(`BENCH_COPIES: "${name}" is not a gRPC service`);
      return Array.from({ length: Number(count ?? 1) }, (_, index) => ({
        ...original,
        name: `${name}-copy${index + 1}`,
        entry: original.entry ?? `services/${name}/src/main.ts`,
      }));
    });
  const names = copies.map((copy) => copy.name);
  return [
    ...registry.filter((service) => service.kind === 'grpc'),
    ...copies,
    ...registry
      .filter((service) => service.kind === 'http')
      .map((front) => ({ ...front, dependsOn: [...front.dependsOn, ...names] })),
  ];
}
