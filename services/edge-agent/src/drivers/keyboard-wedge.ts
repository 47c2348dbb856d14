import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import tty from 'node:tty';
import type { Logger } from '@crm/log';
import type { Driver, DriverStatus, ReaderStatus } from '../events';

/** A card number as a keyboard-wedge reader types it: decimal or hex digits (4 to 32). */
const CARD_LINE = /^[0-9a-f]{4,32}$/i;

export function parseWedgeLine(line: string): string | undefined {
  const value = line.trim();
  return CARD_LINE.test(value) ? value.toUpperCase() : undefined;
}

/**
 * A keyboard-wedge reader: a stream of lines, one card number per line (the reader "types" the number
 * and Enter). The source is a device path (a tty, a FIFO, or a serial wedge) or a given stream.
 */
export class KeyboardWedgeDriver implements Driver {
  readonly name: string;
  private input: Readable | undefined;
  private lines: readline.Interface | undefined;
  private healthy = false;
  private detail = 'not started';

  constructor(
    private readonly source: string | Readable,
    private readonly desk: string,
    private readonly onCard: (uid: string, reader: string, desk: string) => void,
    private readonly logger: Logger,
  ) {
    this.name = `keyboard-wedge:${typeof source === 'string' ? source : 'stream'}`;
  }

  async start(): Promise<void> {
    this.input = typeof this.source === 'string' ? openDevice(this.source) : this.source;
    this.healthy = true;
    this.detail = 'reading';
    this.input.on('error', (err: Error) => {
      this.healthy = false;
      this.detail = err.message;
      this.logger.error({ err, reader: this.name }, 'keyboard-wedge reader failed');
    });
    this.input.on('close', () => {
      this.healthy = false;
      this.detail = 'closed';
    });
    this.lines = readline.createInterface({ input: this.input, crlfDelay: Infinity });
    this.lines.on('line', (line) => {
      const uid = parseWedgeLine(line.replace(/\r/g, ''));
      if (uid) this.onCard(uid, this.readerName(), this.desk);
      else if (line.trim())
        this.logger.warn({ reader: this.name }, 'keyboard-wedge line is not a card number');
    });
  }

  private readerName(): string {
    return typeof this.source === 'string' ? this.source : 'keyboard-wedge';
  }

  status(): DriverStatus[] {
    return [{ name: this.name, healthy: this.healthy, detail: this.detail }];
  }

  readerStatus(): ReaderStatus[] {
    return [{ kind: 'keyboard-wedge', name: this.readerName(), desk: this.desk, connected: this.healthy }];
  }

  async stop(): Promise<void> {
    this.lines?.close();
    if (typeof this.source === 'string') this.input?.destroy();
    this.healthy = false;
    this.detail = 'stopped';
  }
}

function openDevice(path: string): Readable {
  const fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NOCTTY | fs.constants.O_NONBLOCK);
  if (tty.isatty(fd)) return new tty.ReadStream(fd);
  fs.closeSync(fd);
  return fs.createReadStream(path);
}
