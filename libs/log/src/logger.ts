import pino, { type DestinationStream, type Logger } from 'pino';
import { currentRequestContext, currentTraceIds } from '@crm/telemetry';

export type { Logger };

/**
 * JSON logs, one line each, carrying the service name and, when inside a request, its request id
 * and trace/span ids, so a log line can be joined with its trace.
 */
export function createLogger(options: {
  service: string;
  level?: string;
  destination?: DestinationStream;
}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const ids = currentTraceIds();
        const requestId = currentRequestContext()?.requestId;
        return {
          ...(requestId ? { requestId } : {}),
          ...(ids ? { traceId: ids.traceId, spanId: ids.spanId } : {}),
        };
      },
    },
    options.destination ?? pino.destination({ sync: false }),
  );
}
