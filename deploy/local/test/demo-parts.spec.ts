import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DemoPart } from '@crm/demo';
import { discoverDemoParts, orderDemoParts } from '../demo-parts';

const part = (name: string, after?: string[]): DemoPart => ({ name, after, seed: async () => undefined });
const names = (parts: DemoPart[]) => parts.map((p) => p.name);

describe('orderDemoParts', () => {
  it('runs each part after the ones it names, otherwise in the registry order', () => {
    const ordered = orderDemoParts([
      part('sales', ['customers', 'production']),
      part('identity'),
      part('tickets', ['customers']),
      part('customers', ['identity']),
      part('production', ['identity']),
    ]);
    expect(names(ordered)).toEqual(['identity', 'customers', 'production', 'sales', 'tickets']);
  });

  it('refuses an after that names no part, and parts that wait for each other', () => {
    expect(() => orderDemoParts([part('sales', ['production'])])).toThrow(
      'demo part "sales" runs after "production", which has no demo part',
    );
    expect(() => orderDemoParts([part('a', ['b']), part('b', ['c']), part('c', ['a'])])).toThrow(
      'demo parts wait for each other: a → b → c → a',
    );
  });
});

describe('discoverDemoParts', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'crm-demo-parts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (service: string, source: string) => {
    mkdirSync(path.join(root, 'services', service, 'demo'), { recursive: true });
    writeFileSync(path.join(root, 'services', service, 'demo', 'index.ts'), source);
  };

  it('loads services/<name>/demo/index.ts of the services given, in after order; a service without one has none', async () => {
    write('alpha', "exports.demoPart = { name: 'alpha', after: ['beta'], seed: async () => undefined };");
    write('beta', "exports.demoPart = { name: 'beta', seed: async () => undefined };");
    write('unregistered', "exports.demoPart = { name: 'unregistered', seed: async () => undefined };");
    mkdirSync(path.join(root, 'services', 'gamma', 'src'), { recursive: true });
    const parts = await discoverDemoParts(root, ['alpha', 'beta', 'gamma'], { bundle: false });
    expect(names(parts)).toEqual(['beta', 'alpha']);
  });

  it('refuses a file without a demoPart, or one named after another service', async () => {
    write('delta', 'exports.somethingElse = 1;');
    await expect(discoverDemoParts(root, ['delta'], { bundle: false })).rejects.toThrow(
      'services/delta/demo/index.ts does not export a demoPart (defineDemoPart from @crm/demo)',
    );
    write('epsilon', "exports.demoPart = { name: 'eps', seed: async () => undefined };");
    await expect(discoverDemoParts(root, ['epsilon'], { bundle: false })).rejects.toThrow(
      'services/epsilon/demo/index.ts exports the demo part "eps"; it must be named "epsilon"',
    );
  });
});
