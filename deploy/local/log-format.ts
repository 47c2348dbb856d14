// Services log pino JSON lines; the runner shows them as "<service> | time LEVEL msg key=value".

export interface LogFormat {
  /** Show the line as the service wrote it (CRM_LOG_RAW=1). */
  raw: boolean;
  color: boolean;
  /** Width the service name is padded to, so the columns line up. */
  nameWidth: number;
}

const LEVELS: Record<number, { label: string; color: string }> = {
  10: { label: 'TRACE', color: '90' },
  20: { label: 'DEBUG', color: '36' },
  30: { label: 'INFO ', color: '32' },
  40: { label: 'WARN ', color: '33' },
  50: { label: 'ERROR', color: '31' },
  60: { label: 'FATAL', color: '35' },
};
const NAME_COLORS = ['36', '35', '34', '33', '32', '96', '95', '94'];
// pino's own fields, shown in their place or not at all
const HIDDEN_FIELDS = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'v']);

const paint = (on: boolean, code: string, text: string): string =>
  on ? `\x1b[${code}m${text}\x1b[0m` : text;

function nameColor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return NAME_COLORS[hash % NAME_COLORS.length] as string;
}

function formatValue(value: unknown): string {
  return typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value);
}

function clock(time: unknown): string {
  const date = typeof time === 'number' || typeof time === 'string' ? new Date(time) : new Date();
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(11, 23);
}

/** Formats one output line of a service; may return several lines (an error's stack). */
export function formatLogLine(service: string, line: string, format: LogFormat): string {
  const prefix = `${paint(format.color, nameColor(service), service.padEnd(format.nameWidth))} |`;
  let entry: Record<string, unknown> | undefined;
  if (!format.raw && line.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(line);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        entry = parsed as Record<string, unknown>;
    } catch {
      // not JSON after all: shown as is
    }
  }
  if (!entry) return `${prefix} ${line}`;
  const level = LEVELS[Number(entry.level)] ?? { label: String(entry.level ?? '').padEnd(5), color: '0' };
  const err = entry.err as { message?: string; stack?: string } | undefined;
  const fields = Object.entries(entry)
    // pino's `name` is usually the service's own name, already in the prefix
    .filter(
      ([key, value]) => !HIDDEN_FIELDS.has(key) && key !== 'err' && !(key === 'name' && value === service),
    )
    .map(([key, value]) => `${paint(format.color, '90', `${key}=`)}${formatValue(value)}`);
  if (err?.message) fields.push(`${paint(format.color, '90', 'err=')}${formatValue(err.message)}`);
  const head = [clock(entry.time), paint(format.color, level.color, level.label), entry.msg ?? '', ...fields]
    .filter((part) => part !== '')
    .join(' ');
  const stack = err?.stack ? err.stack.split('\n').slice(1) : [];
  return [`${prefix} ${head}`, ...stack.map((frame) => `${prefix}   ${frame.trim()}`)].join('\n');
}
