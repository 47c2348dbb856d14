import { createRequire } from 'node:module';
import net from 'node:net';
import type { EventEmitter } from 'node:events';
import type { Logger } from '@crm/log';
import type { Driver, DriverStatus, ReaderStatus } from '../events';

/** The part of nfc-pcsc this driver uses (the package ships no types). */
interface NfcReader extends EventEmitter {
  reader: { name: string };
  autoProcessing: boolean;
  close(): void;
}
interface Nfc extends EventEmitter {
  close(): void;
}
type NfcConstructor = new (logger?: unknown) => Nfc;

/** nfc-pcsc is an optional dependency (it needs libpcsclite): loaded only when there are PC/SC readers. */
export function loadNfcPcsc(): { NFC: NfcConstructor } | { error: string } {
  try {
    const load = createRequire(__filename);
    return { NFC: (load('nfc-pcsc') as { NFC: NfcConstructor }).NFC };
  } catch (err) {
    return { error: `nfc-pcsc is not available (${(err as Error).message.split('\n')[0]})` };
  }
}

/** `*` matches anything; the whole name must match, case-insensitively. */
export function readerPattern(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

export interface PcscCallbacks {
  onCard(uid: string, reader: string, desk: string): void;
  onCardRemoved(uid: string, reader: string, desk: string): void;
}

/**
 * PC/SC contactless readers through nfc-pcsc: each reader whose name matches a pattern of READERS.pcsc
 * serves that desk; the UID of an ISO 14443-3 card (MIFARE etc.) becomes a tap. When nfc-pcsc
 * reports an error on its NFC object (pcscd restarted: "RPC transport error") the NFC object is
 * re-created after `restartDelayMs`, since the old one never sees readers again.
 */
export class PcscDriver implements Driver {
  readonly name = 'pcsc';
  private nfc: Nfc | undefined;
  private readonly readers = new Map<string, { reader: NfcReader; desk: string }>();
  private readonly patterns: { pattern: string; re: RegExp; desk: string }[];
  private restartTimer: NodeJS.Timeout | undefined;
  private stopped = true;
  private detail = 'not started';
  /** Creations of the NFC object (1 + restarts). */
  generations = 0;

  constructor(
    mapping: Record<string, string>,
    private readonly callbacks: PcscCallbacks,
    private readonly logger: Logger,
    private readonly options: { restartDelayMs?: number; nfc?: NfcConstructor } = {},
  ) {
    this.patterns = Object.entries(mapping).map(([pattern, desk]) => ({
      pattern,
      re: readerPattern(pattern),
      desk,
    }));
  }

  deskFor(readerName: string): string | undefined {
    return this.patterns.find((p) => p.re.test(readerName))?.desk;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.create();
  }

  private async create(): Promise<void> {
    this.restartTimer = undefined;
    if (this.stopped) return;
    // libpcsclite's context creation blocks the whole process until pcscd answers, so the NFC object
    // is only created once pcscd's socket accepts connections.
    if (!(await pcscdAvailable())) {
      if (!this.detail.startsWith('waiting for pcscd')) {
        this.logger.warn({ socket: pcscdSocket() }, 'pcscd is not running; waiting for it');
      }
      this.detail = `waiting for pcscd (${pcscdSocket()})`;
      if (!this.stopped)
        this.restartTimer = setTimeout(() => void this.create(), this.options.restartDelayMs ?? 1000);
      return;
    }
    if (this.stopped) return;
    let NFC = this.options.nfc;
    if (!NFC) {
      const loaded = loadNfcPcsc();
      if ('error' in loaded) {
        this.detail = loaded.error;
        this.logger.error({ driver: this.name }, `${loaded.error}; PC/SC readers are off`);
        return;
      }
      NFC = loaded.NFC;
    }
    let nfc: Nfc;
    try {
      nfc = new NFC(silentLogger);
    } catch (err) {
      this.scheduleRestart(err as Error);
      return;
    }
    this.generations += 1;
    this.nfc = nfc;
    this.detail = 'waiting for readers';
    nfc.on('reader', (reader: NfcReader) => this.attach(reader));
    nfc.on('error', (err: Error) => {
      if (this.nfc !== nfc) return;
      this.scheduleRestart(err);
    });
  }

  private attach(reader: NfcReader): void {
    const name = reader.reader.name;
    reader.on('error', (err: Error) => {
      if (!this.stopped) this.logger.warn({ err, reader: name }, 'PC/SC reader error');
    });
    const desk = this.deskFor(name);
    if (desk === undefined) {
      this.logger.warn({ reader: name }, 'PC/SC reader matches no READERS.pcsc pattern; ignored');
      return;
    }
    reader.autoProcessing = true;
    this.readers.set(name, { reader, desk });
    this.detail = `${this.readers.size} reader(s)`;
    this.logger.info({ reader: name, desk }, 'PC/SC reader attached');
    reader.on('card', (card: { uid?: string }) => {
      if (card.uid) this.callbacks.onCard(card.uid.toUpperCase(), name, desk);
      else this.logger.warn({ reader: name }, 'card without a UID (not ISO 14443-3); ignored');
    });
    reader.on('card.off', (card: { uid?: string }) => {
      if (card.uid) this.callbacks.onCardRemoved(card.uid.toUpperCase(), name, desk);
    });
    reader.on('end', () => {
      this.readers.delete(name);
      this.detail = `${this.readers.size} reader(s)`;
      this.logger.warn({ reader: name }, 'PC/SC reader removed');
    });
  }

  private scheduleRestart(err: Error): void {
    if (this.stopped) return;
    this.logger.warn({ err }, 'PC/SC stack error (pcscd restarted?); re-creating the NFC object');
    this.teardown();
    this.detail = `restarting after: ${err.message}`;
    if (!this.restartTimer) {
      this.restartTimer = setTimeout(() => void this.create(), this.options.restartDelayMs ?? 1000);
    }
  }

  private teardown(): void {
    for (const { reader } of this.readers.values()) {
      try {
        reader.close();
      } catch {
        // already gone
      }
    }
    this.readers.clear();
    const nfc = this.nfc;
    this.nfc = undefined;
    if (nfc) {
      nfc.on('error', () => undefined);
      try {
        nfc.close();
      } catch {
        // already closed
      }
    }
  }

  status(): DriverStatus[] {
    return [{ name: this.name, healthy: this.readers.size > 0, detail: this.detail }];
  }

  /** The attached readers, then each configured pattern no attached reader matches (not connected). */
  readerStatus(): ReaderStatus[] {
    const attached = [...this.readers.entries()].map(([name, { desk }]) => ({
      kind: 'pcsc' as const,
      name,
      desk,
      connected: true,
    }));
    const unmatched = this.patterns
      .filter((p) => !attached.some((r) => p.re.test(r.name)))
      .map((p) => ({ kind: 'pcsc' as const, name: p.pattern, desk: p.desk, connected: false }));
    return [...attached, ...unmatched];
  }

  readerNames(): string[] {
    return [...this.readers.keys()];
  }

  /** Closes every reader, then the NFC object (after a short pause, as nfc-pcsc needs to settle). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
    await new Promise((r) => setTimeout(r, 50));
    this.teardown();
    this.detail = 'stopped';
  }
}

/** pcscd's client socket (libpcsclite honours PCSCLITE_CSOCK_NAME too). */
export const pcscdSocket = () => process.env.PCSCLITE_CSOCK_NAME ?? '/run/pcscd/pcscd.comm';

function pcscdAvailable(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ path: pcscdSocket() });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const noop = () => undefined;
const silentLogger = { log: noop, debug: noop, info: noop, warn: noop, error: noop };
