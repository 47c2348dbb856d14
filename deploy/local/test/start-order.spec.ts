import type { ServiceDefinition } from '../service.types';
import { SERVICES } from '../services';
import { startLevels } from '../start-order';

const service = (
  name: string,
  dependsOn: string[] = [],
  kind: 'grpc' | 'http' = 'grpc',
): ServiceDefinition => ({
  name,
  kind,
  dependsOn,
  database: false,
  env: () => ({}),
});

const names = (levels: ServiceDefinition[][]): string[][] => levels.map((level) => level.map((s) => s.name));

describe('startLevels', () => {
  it('starts identity and analytics together, then customers (it calls identity), then the gateway', () => {
    expect(names(startLevels(SERVICES))).toEqual([['identity', 'analytics'], ['customers'], ['gateway']]);
  });

  it('puts a service one level after its deepest dependency', () => {
    const registry = [service('d', ['b', 'c']), service('c', ['a']), service('b'), service('a')];
    expect(names(startLevels(registry))).toEqual([['b', 'a'], ['c'], ['d']]);
  });

  it('rejects unknown dependencies, cycles, duplicates and a second HTTP service', () => {
    expect(() => startLevels([service('a', ['x'])])).toThrow('"a" depends on "x", which is not registered');
    expect(() => startLevels([service('a', ['b']), service('b', ['a'])])).toThrow('cycle: a -> b -> a');
    expect(() => startLevels([service('a'), service('a')])).toThrow('"a" is registered twice');
    expect(() => startLevels([service('a', [], 'http'), service('b', [], 'http')])).toThrow(
      'Only one HTTP service',
    );
  });
});
