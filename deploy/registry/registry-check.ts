import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Registry } from './registry.types';

/**
 * What makes a registry usable, as messages (empty: fine): unique names, dependencies that are
 * gRPC services listed before their dependents (skaffold installs in that order), one HTTP front,
 * and every folder under services/ either registered (with its src/main.ts) or said to run elsewhere.
 */
export function registryProblems(registry: Registry, rootDir: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, (typeof registry.services)[number]>();
  for (const service of registry.services) {
    if (seen.has(service.name)) problems.push(`"${service.name}" is registered twice`);
    if (!/^[a-z][a-z0-9-]*$/.test(service.name))
      problems.push(`"${service.name}": a service name is lower-case letters, digits and dashes`);
    for (const dependency of service.dependsOn ?? []) {
      const target = seen.get(dependency);
      if (!target) {
        problems.push(
          `"${service.name}" depends on "${dependency}", which is not registered before it` +
            (registry.services.some((other) => other.name === dependency) ? ' (move it up)' : ''),
        );
      } else if (target.kind !== 'grpc') {
        problems.push(`"${service.name}" depends on "${dependency}", which is not a gRPC service`);
      }
    }
    if (!existsSync(path.join(rootDir, 'services', service.name, 'src/main.ts')))
      problems.push(`"${service.name}" has no services/${service.name}/src/main.ts`);
    seen.set(service.name, service);
  }
  if (registry.services.filter((service) => service.kind === 'http').length !== 1)
    problems.push('exactly one service is the HTTP front (kind "http"): the gateway');
  const folders = readdirSync(path.join(rootDir, 'services'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  for (const folder of folders) {
    if (!seen.has(folder) && !(folder in registry.elsewhere))
      problems.push(
        `services/${folder} is neither in the registry nor in its "elsewhere" list (deploy/services.registry.ts)`,
      );
  }
  for (const name of Object.keys(registry.elsewhere))
    if (!folders.includes(name)) problems.push(`"elsewhere" names services/${name}, which does not exist`);
  return problems;
}

/**
 * Every service whose RPCs declare REST operations (proto/, `restTargets`) must be `rest: true`: the
 * gateway transcodes them and needs its `<NAME>_ADDR`. (The registry may name more: services whose
 * REST routes the gateway writes by hand.)
 */
export function restProblems(registry: Registry, restTargets: readonly string[]): string[] {
  const rest = new Set(registry.services.filter((service) => service.rest).map((service) => service.name));
  return restTargets
    .filter((target) => !rest.has(target))
    .map(
      (target) => `"${target}" declares REST operations in proto/ but is not \`rest: true\` in the registry`,
    );
}
