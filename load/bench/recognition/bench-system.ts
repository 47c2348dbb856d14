import { randomBytes } from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomId, testNatsUrl, testPgUrl, testRedisUrl } from '@crm/testing';
import { removeSystemData } from '../../../e2e/support/system-under-test';
import { SERVICES } from '../../../deploy/local/services';
import type { ServiceDefinition } from '../../../deploy/local/service.types';
import { startSystem, type RunningSystem } from '../../../deploy/local/system';

export interface BenchSystem {
  system: RunningSystem;
  httpUrl: string;
  /** host:port of the gateway's edge ingress (gRPC). */
  edgeAddress: string;
  adminPassword: string;
  /** NATS_NAMESPACE given to the services: subjects are `<namespace>.crm.…`. */
  namespace: string;
  /** The customers service's database (for the span timestamps: inbox and outbox rows). */
  customersDbUrl: string;
  dispose(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The system as `npm start` runs it (identity, customers, analytics, gateway with its edge ingress on
 * a port we know), each service its own process, on the real servers at their default ports, with
 * databases, a NATS namespace and Redis prefixes of their own. Analytics is not on the recognition
 * path, but the gateway is not ready without it, and it consumes the customer events (the pops too)
 * as it would in production.
 */
export async function startBenchSystem(
  extraEnv: Record<string, string> = {},
  /** Extra environment of one service, e.g. `{ customers: { OTEL_EXPORTER_OTLP_ENDPOINT } }`. */
  serviceEnv: Record<string, Record<string, string>> = {},
): Promise<BenchSystem> {
  const id = randomId();
  const dbPrefix = `crm_bench_${id}_`;
  const namespace = `bench_${id}`;
  const adminPassword = `Admin-${randomBytes(12).toString('base64url')}`;
  const edgePort = await freePort();
  const registry: ServiceDefinition[] = SERVICES.map((s) => ({
    ...s,
    env: (context) => ({
      ...s.env(context),
      ...(s.name === 'gateway' ? { EDGE_GRPC_PORT: String(edgePort) } : {}),
      ...serviceEnv[s.name],
    }),
  }));
  const dataDir = path.join(os.tmpdir(), `crm-bench-${id}`);
  // Every service's Redis prefix is the runner's, which starts with the database prefix.
  const cleanup = () => removeSystemData({ dbPrefix, namespace, redisPrefix: dbPrefix, dataDir });
  const system = await startSystem({
    registry,
    pgUrl: testPgUrl(),
    natsUrl: testNatsUrl(),
    redisUrl: testRedisUrl(),
    httpPort: 0,
    dbPrefix,
    output: process.env.CRM_BENCH_VERBOSE ? undefined : null,
    logLevel: 'warn',
    dataDir,
    serviceEnv: {
      NATS_NAMESPACE: namespace,
      CRM_ADMIN_PASSWORD: adminPassword,
      ...extraEnv,
    },
  }).catch(async (err: unknown) => {
    await cleanup();
    throw err;
  });
  return {
    system,
    httpUrl: system.httpUrl.replace('localhost', '127.0.0.1'),
    edgeAddress: `127.0.0.1:${edgePort}`,
    adminPassword,
    namespace,
    customersDbUrl: system.services.customers!.databaseUrl!,
    async dispose() {
      await system.stop();
      await cleanup();
    },
  };
}
