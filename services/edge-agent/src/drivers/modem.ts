import type { Logger } from '@crm/log';
import { ReadlineParser, SerialPort } from 'serialport';
import type { Driver, DriverStatus, EventSink } from '../events';
import { CallerIdParser } from './caller-id';

export interface ModemOptions {
  path: string;
  baudRate: number;
  /** AT commands sent after opening, e.g. ['ATZ', 'AT+VCID=1']. */
  init: string[];
  lineNumber: string;
  extension: string;
}

/** A caller-ID modem on a serial line (`serialport`): each caller-ID report becomes CallRinging. */
export class ModemDriver implements Driver {
  readonly name: string;
  private port: SerialPort | undefined;
  private parser: CallerIdParser | undefined;
  private healthy = false;
  private detail = 'not started';
  private reopenTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly options: ModemOptions,
    private readonly sink: EventSink,
    private readonly logger: Logger,
  ) {
    this.name = `modem:${options.path}`;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.open();
  }

  private async open(): Promise<void> {
    const port = new SerialPort({
      path: this.options.path,
      baudRate: this.options.baudRate,
      autoOpen: false,
    });
    this.port = port;
    try {
      await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    } catch (err) {
      this.fail(err as Error);
      return;
    }
    this.healthy = true;
    this.detail = 'open';
    this.parser = new CallerIdParser((report) => {
      this.logger.info({ caller: report.number, modem: this.options.path }, 'caller ID');
      void this.sink({
        callRinging: {
          callerNumber: report.number,
          calledNumber: this.options.lineNumber,
          extension: this.options.extension,
          callerName: report.name,
          callId: '',
          source: 'modem',
        },
      }).catch((err: unknown) => this.logger.error({ err }, 'could not journal a call'));
    });
    const lines = port.pipe(new ReadlineParser({ delimiter: '\n' }));
    lines.on('data', (line: string) => this.parser?.feed(line));
    port.on('error', (err: Error) => this.fail(err));
    port.on('close', () => {
      if (!this.stopped) this.fail(new Error('serial port closed'));
    });
    for (const command of this.options.init) port.write(`${command}\r`);
  }

  /** Logs, marks unhealthy and reopens the port in 5 s (a modem unplugged and plugged back). */
  private fail(err: Error): void {
    if (this.stopped) return;
    this.healthy = false;
    this.detail = err.message;
    this.logger.error({ err, modem: this.options.path }, 'caller-ID modem failed; reopening in 5 s');
    this.parser?.close();
    if (this.port?.isOpen) this.port.close(() => undefined);
    this.port = undefined;
    if (!this.reopenTimer) {
      this.reopenTimer = setTimeout(() => {
        this.reopenTimer = undefined;
        if (!this.stopped) void this.open();
      }, 5000);
    }
  }

  status(): DriverStatus[] {
    return [{ name: this.name, healthy: this.healthy, detail: this.detail }];
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reopenTimer) clearTimeout(this.reopenTimer);
    this.parser?.close();
    const port = this.port;
    this.port = undefined;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
    this.healthy = false;
    this.detail = 'stopped';
  }
}
