/** One caller-ID report (Bellcore/ETSI as modems print it after `AT+VCID=1`). */
export interface CallerIdReport {
  number: string;
  name: string;
  /** MMDD and HHMM as the line sent them (the exchange's clock; informational). */
  date: string;
  time: string;
}

const FIELD = /^\s*(DATE|TIME|NMBR|NAME|DDN_NMBR|MESG)\s*=\s*(.*?)\s*$/i;

/** What the modem prints for a withheld or unavailable number/name. */
const WITHHELD: Record<string, string> = { P: 'private', O: 'unavailable' };

/**
 * Parses the modem's lines. A report is the DATE / TIME / NMBR / NAME lines between two RINGs; it
 * is complete at NAME (when a number came first), at the next RING, or `quietMs` after the last
 * field (lines without NAME). Each report is emitted once.
 */
export class CallerIdParser {
  private fields: Partial<Record<'DATE' | 'TIME' | 'NMBR' | 'NAME', string>> = {};
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly onReport: (report: CallerIdReport) => void,
    private readonly quietMs = 400,
  ) {}

  feed(rawLine: string): void {
    const line = rawLine.replace(/[\r\n]/g, '');
    if (/^\s*RING\s*$/i.test(line)) {
      this.complete();
      return;
    }
    const match = FIELD.exec(line);
    if (!match) return;
    const key = match[1]!.toUpperCase();
    const value = match[2]!;
    if (key === 'DDN_NMBR') this.fields.NMBR ??= value;
    else if (key === 'DATE' || key === 'TIME' || key === 'NMBR' || key === 'NAME') this.fields[key] = value;
    if (key === 'NAME' && this.fields.NMBR !== undefined) {
      this.complete();
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.complete(), this.quietMs);
  }

  private complete(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const f = this.fields;
    this.fields = {};
    if (f.NMBR === undefined) return;
    const number = WITHHELD[f.NMBR.toUpperCase()] ? '' : f.NMBR.replace(/[^\d+*#]/g, '');
    const name = f.NAME === undefined ? '' : (WITHHELD[f.NAME.toUpperCase()] ?? f.NAME);
    this.onReport({ number, name, date: f.DATE ?? '', time: f.TIME ?? '' });
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
