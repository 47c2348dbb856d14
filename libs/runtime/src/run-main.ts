import { ConfigError } from '@crm/config';
import { createLogger, type Logger } from '@crm/log';
import { initTelemetry } from '@crm/telemetry';

export interface Stoppable {
  stop(): Promise<void>;
}

/**
 * The whole of a service's main.ts: set up telemetry and logs, start the service, and on SIGTERM or
 * SIGINT stop it gracefully (stop intake, drain, close pools — the service's stop() decides the order).
 * A bad configuration ends the process with the message naming the variables and exit code 78 (EX_CONFIG).
 */
export function runMain<C extends { LOG_LEVEL?: string; OTEL_EXPORTER_OTLP_ENDPOINT?: string }>(
  service: string,
  loadConfig: () => C,
  start: (config: C, logger: Logger) => Promise<Stoppable>,
): void {
  let config: C;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`${service}: ${err.message}`);
      process.exit(78);
    }
    throw err;
  }
  const telemetry = initTelemetry({ serviceName: service, otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
  const logger = createLogger({ service, level: config.LOG_LEVEL });
  let running: Stoppable | undefined;
  let stopping = false;

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const force = setTimeout(() => {
      logger.error('graceful stop timed out; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    try {
      await running?.stop();
      await telemetry.shutdown();
      logger.info('stopped');
      logger.flush();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error while stopping');
      logger.flush();
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  start(config, logger).then(
    (service) => {
      running = service;
    },
    (err: unknown) => {
      logger.fatal({ err }, 'failed to start');
      logger.flush();
      process.exit(1);
    },
  );
}
