import { ensureNats, ensurePostgres, ensureRedis, type DevServer } from '@crm/devservers';
import type { SystemConfig } from './system-options';

export interface Servers {
  postgres: DevServer;
  nats: DevServer;
  redis: DevServer;
  stop(): Promise<void>;
}

/**
 * PostgreSQL, NATS and Redis from their URLs, or started under the data folder. All three start
 * in parallel; if one fails the others are stopped again and every failure is reported.
 */
export async function startServers(config: SystemConfig): Promise<Servers> {
  const common = { dataDir: config.dataDir, detached: config.detached };
  const results = await Promise.allSettled([
    ensurePostgres({ ...common, url: config.pgUrl, port: config.pgPort }),
    ensureNats({ ...common, url: config.natsUrl, port: config.natsPort }),
    ensureRedis({ ...common, url: config.redisUrl, port: config.redisPort }),
  ]);
  const [postgres, nats, redis] = results;
  if (postgres.status === 'fulfilled' && nats.status === 'fulfilled' && redis.status === 'fulfilled') {
    return {
      postgres: postgres.value,
      nats: nats.value,
      redis: redis.value,
      stop: async () => {
        await Promise.all([postgres.value.stop(), nats.value.stop(), redis.value.stop()]);
      },
    };
  }
  await Promise.all(
    results.map((result) => (result.status === 'fulfilled' ? result.value.stop() : undefined)),
  );
  const reasons = results.flatMap((result) =>
    result.status === 'rejected'
      ? [result.reason instanceof Error ? result.reason.message : String(result.reason)]
      : [],
  );
  throw new Error(reasons.join('\n\n'));
}
