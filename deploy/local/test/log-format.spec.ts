import { formatLogLine } from '../log-format';

const plain = { raw: false, color: false, nameWidth: 9 };
const time = Date.UTC(2026, 0, 2, 3, 4, 5, 678);

describe('formatLogLine', () => {
  it('shows a pino line as time, level, message and the other fields', () => {
    const line = JSON.stringify({
      level: 30,
      time,
      pid: 1,
      hostname: 'h',
      name: 'customers',
      msg: 'listening',
      port: 50051,
    });
    expect(formatLogLine('customers', line, plain)).toBe(
      'customers | 03:04:05.678 INFO  listening port=50051',
    );
  });

  it('keeps a logger name that is not the service, and quotes values with spaces', () => {
    const line = JSON.stringify({ level: 40, time, name: 'outbox', msg: 'slow', detail: 'two words' });
    expect(formatLogLine('sales', line, plain)).toBe(
      'sales     | 03:04:05.678 WARN  slow name=outbox detail="two words"',
    );
  });

  it("shows an error's message and its stack under it", () => {
    const err = {
      type: 'Error',
      message: 'boom',
      stack: 'Error: boom\n    at a (x.ts:1:1)\n    at b (y.ts:2:2)',
    };
    const line = JSON.stringify({ level: 50, time, msg: 'failed', err });
    expect(formatLogLine('analytics', line, plain).split('\n')).toEqual([
      'analytics | 03:04:05.678 ERROR failed err=boom',
      'analytics |   at a (x.ts:1:1)',
      'analytics |   at b (y.ts:2:2)',
    ]);
  });

  it('passes other lines, and everything with CRM_LOG_RAW, through unchanged', () => {
    expect(formatLogLine('gateway', 'node: warning', plain)).toBe('gateway   | node: warning');
    expect(formatLogLine('gateway', '{not json', plain)).toBe('gateway   | {not json');
    const line = JSON.stringify({ level: 30, msg: 'x' });
    expect(formatLogLine('gateway', line, { ...plain, raw: true })).toBe(`gateway   | ${line}`);
  });

  it('colours the name and the level on a terminal', () => {
    const line = JSON.stringify({ level: 50, time, msg: 'x' });
    const coloured = formatLogLine('gateway', line, { ...plain, color: true });
    expect(coloured).toContain('gateway  \x1b[0m |');
    expect(coloured).toContain('\x1b[31mERROR\x1b[0m x');
  });
});
