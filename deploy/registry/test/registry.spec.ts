import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { restCatalogue } from '@crm/rest';
import { localEnv } from '../../local/services';
import type { ServiceEnvContext } from '../../local/service.types';
import { REGISTRY } from '../../services.registry';
import { chartValues } from '../chart-values';
import { registryProblems, restProblems } from '../registry-check';
import type { Registry, ServiceEntry } from '../registry.types';
import { skaffoldConfig } from '../skaffold-config';

const ROOT = path.resolve(__dirname, '../../..');

interface Values {
  ports: { name: string; port: number }[];
  probes: { type: string; port: number };
  env: Record<string, string>;
  secretEnv?: Record<string, { secretName: string; key: string }>;
}
const valuesOf = (entry: ServiceEntry): Values => parse(chartValues(entry)) as Values;

const context: ServiceEnvContext = {
  port: 40000,
  host: '127.0.0.1',
  edgePort: 50051,
  databaseUrl: 'postgres://postgres@127.0.0.1:54329/crm_x',
  natsUrl: 'nats://127.0.0.1:4223',
  redisUrl: 'redis://127.0.0.1:6380',
  redisPrefix: 'crm_x',
  logLevel: 'info',
  addressOf: (service) => `127.0.0.1:4${service.length}`,
  signingKeys: { privateKeyPem: 'private', publicKeyPem: 'public' },
  adminPassword: 'Admin-Password-1',
};

const service = (name: string, extra: Partial<ServiceEntry> = {}): ServiceEntry => ({
  name,
  kind: 'grpc',
  summary: name,
  ...extra,
});

describe('the service registry (deploy/services.registry.ts)', () => {
  it('is consistent, and covers every folder under services/', () => {
    expect(registryProblems(REGISTRY, ROOT)).toEqual([]);
  });

  describe('registryProblems', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(path.join(tmpdir(), 'crm-registry-'));
      for (const name of ['a', 'b', 'front', 'agent', 'stray']) {
        mkdirSync(path.join(root, 'services', name, 'src'), { recursive: true });
        writeFileSync(path.join(root, 'services', name, 'src/main.ts'), '');
      }
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('names a dependency listed after its dependent, one on the HTTP front, and an unregistered folder', () => {
      const registry: Registry = {
        services: [
          service('a', { dependsOn: ['b'] }),
          service('b', { dependsOn: ['front'] }),
          service('front', { kind: 'http' }),
        ],
        elsewhere: { agent: 'runs at the sites' },
      };
      expect(registryProblems(registry, root)).toEqual([
        '"a" depends on "b", which is not registered before it (move it up)',
        '"b" depends on "front", which is not registered before it (move it up)',
        'services/stray is neither in the registry nor in its "elsewhere" list (deploy/services.registry.ts)',
      ]);
      registry.services = [service('front', { kind: 'http' }), service('a', { dependsOn: ['front'] })];
      expect(registryProblems(registry, root)).toContain(
        '"a" depends on "front", which is not a gRPC service',
      );
    });

    it('names a service twice, one without a main.ts and a second HTTP front', () => {
      const registry: Registry = {
        services: [
          service('a'),
          service('a'),
          service('ghost'),
          service('front', { kind: 'http' }),
          service('b', { kind: 'http' }),
        ],
        elsewhere: { agent: '', stray: '' },
      };
      expect(registryProblems(registry, root)).toEqual([
        '"a" is registered twice',
        '"ghost" has no services/ghost/src/main.ts',
        'exactly one service is the HTTP front (kind "http"): the gateway',
      ]);
    });
  });

  it('names every service that declares REST operations in proto/ as one the gateway needs', () => {
    expect(restProblems(REGISTRY, restCatalogue().targets)).toEqual([]);
    expect(restProblems(REGISTRY, ['analytics', 'production'])).toEqual([
      '"production" declares REST operations in proto/ but is not `rest: true` in the registry',
    ]);
  });

  it('gives the gateway the address of every service with REST operations, the same way locally and in the chart', () => {
    const gateway = REGISTRY.services.find((entry) => entry.kind === 'http') as ServiceEntry;
    const rest = REGISTRY.services.filter((entry) => entry.rest).map((entry) => entry.name);
    expect(rest).toEqual(expect.arrayContaining(['identity', 'customers', 'analytics']));
    expect(gateway.dependsOn).toEqual(rest);
    const local = localEnv(gateway, context);
    const chart = valuesOf(gateway).env;
    for (const name of rest) {
      const variable = `${name.toUpperCase()}_ADDR`;
      expect(local[variable]).toBe(context.addressOf(name));
      expect(chart[variable]).toBe(`crm-${name}:50051`);
    }
  });

  it('makes pods listen on every interface, and on one machine only the gateway may leave 127.0.0.1', () => {
    for (const entry of REGISTRY.services) {
      const values = valuesOf(entry);
      const local = localEnv(entry, { ...context, host: entry.kind === 'http' ? '0.0.0.0' : '127.0.0.1' });
      if (entry.kind === 'grpc') {
        expect({ name: entry.name, host: values.env.GRPC_HOST, port: values.env.GRPC_PORT }).toEqual({
          name: entry.name,
          host: '0.0.0.0',
          port: String(values.probes.port),
        });
        expect(local.GRPC_HOST).toBe('127.0.0.1');
      } else {
        expect([values.env.HTTP_HOST, values.env.GRPC_HOST]).toEqual(['0.0.0.0', '0.0.0.0']);
        expect([local.HTTP_HOST, local.GRPC_HOST]).toEqual(['0.0.0.0', '0.0.0.0']);
      }
    }
  });

  it('names the same variables locally and in the chart, but for what only one of them gives', () => {
    for (const entry of REGISTRY.services) {
      const local = Object.keys(localEnv(entry, context));
      const localOnly = [
        ...Object.keys(entry.local?.(context) ?? {}),
        ...(entry.redis ? ['REDIS_PREFIX'] : []), // one prefix per system on one machine
      ];
      const values = valuesOf(entry);
      const chart = [...Object.keys(values.env), ...Object.keys(values.secretEnv ?? {})];
      const chartOnly = [
        ...Object.keys(entry.chart?.env ?? {}),
        ...Object.keys(entry.chart?.secretEnv ?? {}),
      ];
      const without = (names: string[], left: string[]) =>
        names.filter((name) => !left.includes(name)).sort();
      expect({ name: entry.name, variables: without(local, localOnly) }).toEqual({
        name: entry.name,
        variables: without(chart, chartOnly),
      });
    }
  });

  it('adding a service is one entry: it gets a values file, an image, a release and its place in every profile', () => {
    const registry: Registry = {
      ...REGISTRY,
      services: [
        ...REGISTRY.services.filter((entry) => entry.kind === 'grpc'),
        service('production', { rest: true, database: true, nats: true, dependsOn: ['identity'] }),
        ...REGISTRY.services.filter((entry) => entry.kind === 'http'),
      ],
    };
    const skaffold = parse(skaffoldConfig(registry)) as {
      build: { artifacts: { image: string; docker: { buildArgs: { SERVICE: string } } }[] };
      deploy: { helm: { releases: { name: string; valuesFiles: string[] }[] } };
      profiles: { name: string; patches: { path: string; value: unknown }[] }[];
    };
    const index = skaffold.deploy.helm.releases.findIndex((release) => release.name === 'crm-production');
    expect(skaffold.deploy.helm.releases[index]?.valuesFiles).toEqual(['charts/values/production.yaml']);
    expect(skaffold.build.artifacts).toContainEqual(
      expect.objectContaining({
        image: 'crm-production',
        docker: expect.objectContaining({ buildArgs: { SERVICE: 'production' } }),
      }),
    );
    for (const profile of skaffold.profiles)
      expect(profile.patches.map((patch) => patch.path)).toContain(
        `/deploy/helm/releases/${index}/valuesFiles/-`,
      );
    const values = valuesOf(registry.services.find((entry) => entry.name === 'production') as ServiceEntry);
    expect(values.env.IDENTITY_ADDR).toBe('crm-identity:50051');
    expect(values.secretEnv?.DATABASE_URL).toEqual({ secretName: 'crm-production-env', key: 'DATABASE_URL' });
  });
});
