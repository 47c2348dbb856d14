import type { ServiceDefinition } from './service.types';

/**
 * Groups the registry into start levels: a service comes one level after its last dependency.
 * A level starts in parallel once the previous one is ready; shutdown walks the levels backwards.
 * Throws on a duplicate name, an unknown dependency, a cycle, or more than one HTTP service
 * (the gateway is the one public entry and gets CRM_HTTP_PORT).
 */
export function startLevels(registry: readonly ServiceDefinition[]): ServiceDefinition[][] {
  const byName = new Map<string, ServiceDefinition>();
  for (const service of registry) {
    if (byName.has(service.name)) throw new Error(`Service "${service.name}" is registered twice`);
    byName.set(service.name, service);
  }
  if (registry.filter((service) => service.kind === 'http').length > 1) {
    throw new Error('Only one HTTP service (the gateway) can be registered: it gets CRM_HTTP_PORT');
  }
  const levelOf = new Map<string, number>();
  const resolve = (service: ServiceDefinition, path: string[]): number => {
    const known = levelOf.get(service.name);
    if (known !== undefined) return known;
    if (path.includes(service.name)) {
      throw new Error(`Services depend on each other in a cycle: ${[...path, service.name].join(' -> ')}`);
    }
    let level = 0;
    for (const name of service.dependsOn) {
      const dependency = byName.get(name);
      if (!dependency)
        throw new Error(`Service "${service.name}" depends on "${name}", which is not registered`);
      level = Math.max(level, resolve(dependency, [...path, service.name]) + 1);
    }
    levelOf.set(service.name, level);
    return level;
  };
  const levels: ServiceDefinition[][] = [];
  for (const service of registry) {
    const level = resolve(service, []);
    (levels[level] ??= []).push(service);
  }
  return levels;
}
