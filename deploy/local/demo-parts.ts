// The parts of the demo data: one per service of the registry that has services/<name>/demo/index.ts
// (exporting `demoPart`, see libs/demo), in the order their `after` lists ask for.
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { DemoPart } from '@crm/demo';
import { bundleFile, ensureBundles } from './service-bundle';

export const demoPartFile = (rootDir: string, service: string): string =>
  path.join(rootDir, 'services', service, 'demo', 'index.ts');

const exists = (file: string): Promise<boolean> =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Each part after the parts it names in `after`, otherwise in the order given (the registry's);
 * an `after` that names no part, or a circle, is an error naming them.
 */
export function orderDemoParts(parts: readonly DemoPart[]): DemoPart[] {
  const byName = new Map(parts.map((part) => [part.name, part]));
  for (const part of parts)
    for (const before of part.after ?? [])
      if (!byName.has(before))
        throw new Error(`demo part "${part.name}" runs after "${before}", which has no demo part`);
  const ordered: DemoPart[] = [];
  const placed = new Set<string>();
  const visiting: string[] = [];
  const place = (part: DemoPart): void => {
    if (placed.has(part.name)) return;
    if (visiting.includes(part.name))
      throw new Error(`demo parts wait for each other: ${[...visiting, part.name].join(' → ')}`);
    visiting.push(part.name);
    for (const before of part.after ?? []) place(byName.get(before) as DemoPart);
    visiting.pop();
    placed.add(part.name);
    ordered.push(part);
  };
  for (const part of parts) place(part);
  return ordered;
}

function partOf(module: unknown, service: string, file: string): DemoPart {
  const part = (module as { demoPart?: DemoPart }).demoPart;
  if (!part || typeof part.seed !== 'function')
    throw new Error(`${file} does not export a demoPart (defineDemoPart from @crm/demo)`);
  if (part.name !== service)
    throw new Error(`${file} exports the demo part "${part.name}"; it must be named "${service}"`);
  return part;
}

/**
 * The parts of these services, loaded (from bundles made like the services' own when `bundle`, else
 * as TypeScript, which needs tsx or jest) and ordered.
 */
export async function discoverDemoParts(
  rootDir: string,
  services: readonly string[],
  options: { bundle: boolean },
): Promise<DemoPart[]> {
  const found: { service: string; file: string }[] = [];
  for (const service of services) {
    const file = demoPartFile(rootDir, service);
    if (await exists(file)) found.push({ service, file });
  }
  if (options.bundle)
    await ensureBundles(
      rootDir,
      found.map(({ file }) => file),
    );
  const parts = found.map(({ service, file }) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file known only at run time
    const module: unknown = require(options.bundle ? bundleFile(rootDir, file) : file);
    return partOf(module, service, path.relative(rootDir, file));
  });
  return orderDemoParts(parts);
}
