import { existsSync } from 'node:fs';
import path from 'node:path';
import type * as grpc from '@grpc/grpc-js';

type HealthCheck = (
  request: { service: string },
  options: grpc.CallOptions,
  callback: (error: grpc.ServiceError | null, response?: { status: string }) => void,
) => void;
type HealthClient = grpc.Client & { Check: HealthCheck };
type HealthClientConstructor = new (
  address: string,
  credentials: grpc.ChannelCredentials,
  options?: grpc.ChannelOptions,
) => HealthClient;

let healthClient:
  Promise<{ Health: HealthClientConstructor; credentials: grpc.ChannelCredentials }> | undefined;

/**
 * The standard grpc.health.v1 proto: ours in proto/ if present, else the one grpc-health-check ships.
 * grpc-js and the proto loader are loaded on first use, while the servers start.
 */
function loadHealthClient(rootDir: string) {
  healthClient ??= loadHealthClientNow(rootDir);
  return healthClient;
}

async function loadHealthClientNow(rootDir: string) {
  const [grpc, protoLoader] = await Promise.all([import('@grpc/grpc-js'), import('@grpc/proto-loader')]);
  const ours = path.join(rootDir, 'proto/grpc/health/v1/health.proto');
  const file = existsSync(ours) ? ours : require.resolve('grpc-health-check/proto/health/v1/health.proto');
  const definition = protoLoader.loadSync(file, { keepCase: true, enums: String, defaults: true });
  const loaded = grpc.loadPackageDefinition(definition) as unknown as {
    grpc: { health: { v1: { Health: HealthClientConstructor } } };
  };
  return { Health: loaded.grpc.health.v1.Health, credentials: grpc.credentials.createInsecure() };
}

/**
 * One `grpc.health.v1.Health/Check` (overall status). Resolves the status, e.g. 'SERVING'.
 * A fresh client with its own subchannel per attempt: a shared one would sit in reconnect
 * backoff (up to minutes) after the first refused connection while the service boots.
 */
export async function checkGrpcHealth(rootDir: string, address: string, timeoutMs = 1_000): Promise<string> {
  const { Health, credentials } = await loadHealthClient(rootDir);
  const client = new Health(address, credentials, {
    'grpc.use_local_subchannel_pool': 1,
  });
  return new Promise<string>((resolve, reject) => {
    client.Check({ service: '' }, { deadline: Date.now() + timeoutMs }, (error, response) => {
      client.close();
      if (error) reject(error);
      else resolve(response?.status ?? 'UNKNOWN');
    });
  });
}

/** `GET <url>`; resolves the HTTP status. */
export async function checkHttp(url: string, timeoutMs = 1_000): Promise<number> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  await response.body?.cancel();
  return response.status;
}
