import { trace } from '@opentelemetry/api';
import { initTestTelemetry, runWithRequestContext } from '@crm/telemetry';
import { createLogger } from '../src';

function captureLines() {
  const lines: Record<string, unknown>[] = [];
  return { lines, destination: { write: (s: string) => void lines.push(JSON.parse(s)) } };
}

describe('createLogger', () => {
  beforeAll(() => initTestTelemetry());

  it('carries service, request id and trace id inside a request', () => {
    const { lines, destination } = captureLines();
    const logger = createLogger({ service: 'customers', destination });
    let traceId = '';
    trace.getTracer('test').startActiveSpan('op', (span) => {
      traceId = span.spanContext().traceId;
      runWithRequestContext({ requestId: 'req-1' }, () => logger.info('hello'));
      span.end();
    });
    expect(lines).toEqual([
      expect.objectContaining({
        service: 'customers',
        requestId: 'req-1',
        traceId,
        msg: 'hello',
        level: 'info',
      }),
    ]);
  });

  it('omits request and trace ids outside a request', () => {
    const { lines, destination } = captureLines();
    createLogger({ service: 'gateway', destination }).warn({ x: 1 }, 'outside');
    expect(lines[0]).toMatchObject({ service: 'gateway', level: 'warn', x: 1 });
    expect(lines[0]).not.toHaveProperty('requestId');
    expect(lines[0]).not.toHaveProperty('traceId');
  });
});
