export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  obj: object;
  msg?: string;
}

/**
 * A logger (pino-compatible in the three methods the libraries use) that keeps what it is given,
 * so a test can assert on it. Errors and warnings are also written to stderr when
 * `echo` is set, to help debug a failing test.
 */
export function createTestLogger(opts: { echo?: boolean } = {}) {
  const entries: LogEntry[] = [];
  const record = (level: LogEntry['level']) => (obj: object, msg?: string) => {
    entries.push({ level, obj, msg });
    if (opts.echo && level !== 'info') console.error(`[${level}] ${msg ?? ''}`, obj);
  };
  return { entries, info: record('info'), warn: record('warn'), error: record('error') };
}
