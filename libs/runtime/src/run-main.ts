import { ConfigError } from '@crm/config';
import { createLogger, type Logger } from '@crm/log';
import { initTelemetry } from '@crm/telemetry';
import { stopWhenParentGone } from './parent-watch';

export interface Stoppable {
  stop(): Promise<void>;
  /** The port it listens on, when it serves one (port 0 in its config: the one the system chose). */
  port?: number;
}

/** What a service sends its parent (the local runner) once it listens, over Node's IPC channel. */
export interface ListeningMessage {
  type: 'crm.listening';
  port: number;
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
  stopWhenParentGone((reason) => void shutdown(reason));

  start(config, logger).then(
    (service) => {
      running = service;
      announceListening(service);
    },
    (err: unknown) => {
      logger.fatal({ err }, 'failed to start');
      logger.flush();
      process.exit(1);
    },
  );
}

/**
 * Tells the local runner the port this process bound, when it was started with an IPC channel
 * (`npm start`, the whole-system tests); elsewhere (Kubernetes) there is no parent to tell. The
 * runner gives services port 0 and waits for this: a port it picked ahead could be taken by another
 * process before the service binds it, and that process would then answer in the service's place.
 */
function announceListening(service: Stoppable): void {
  if (!process.send || service.port === undefined) return;
  const message: ListeningMessage = { type: 'crm.listening', port: service.port };
  process.send(message);
  process.channel?.unref(); // the channel alone must not keep the process alive
}
