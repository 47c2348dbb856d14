import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/**
 * pcscd with the vsmartcard vpcd driver, as ../shared/notes/pcsc-virtual-reader.md describes.
 * Missing packages are an error naming them (the CI installs them with .ci/ensure-pcsc.sh).
 */
export function missingPcscPackages(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync('/usr/sbin/pcscd')) missing.push('pcscd');
  if (!fs.existsSync('/usr/lib/pcsc/drivers/serial/libifdvpcd.so')) missing.push('vsmartcard-vpcd');
  if (!fs.existsSync('/usr/include/PCSC/winscard.h')) missing.push('libpcsclite-dev');
  return missing;
}

export const VPCD_PORT = 35963;

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });

export async function startPcscd(): Promise<ChildProcess> {
  const missing = missingPcscPackages();
  if (missing.length > 0) {
    throw new Error(
      `PC/SC test stack missing Debian package(s): ${missing.join(' ')} ` +
        `(install with: bash .ci/ensure-pcsc.sh, i.e. apt-get install -y --no-install-recommends pcscd libpcsclite-dev vsmartcard-vpcd)`,
    );
  }
  if (await canConnect(VPCD_PORT)) {
    throw new Error(`something already listens on 127.0.0.1:${VPCD_PORT} (another pcscd with vpcd?)`);
  }
  // A pcscd killed earlier leaves its socket and pid file; it refuses to start with them.
  if (spawnSync('pgrep', ['-x', 'pcscd']).status !== 0) {
    fs.rmSync('/run/pcscd/pcscd.comm', { force: true });
    fs.rmSync('/run/pcscd/pcscd.pid', { force: true });
  }
  const child = spawn('setsid', ['pcscd', '--foreground'], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (!(await canConnect(VPCD_PORT))) {
    if (child.exitCode !== null) throw new Error(`pcscd exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error(`pcscd did not listen on ${VPCD_PORT} within 10 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return child;
}

export async function stopPcscd(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** MIFARE Classic 1K (PC/SC part 3): atr[5] = 0x4F, so nfc-pcsc reads the UID with FF CA 00 00 00. */
const ATR = Buffer.from('3B8F8001804F0CA000000306030001000000006A', 'hex');

/**
 * A virtual contactless card: a TCP client of vpcd speaking its protocol (2-byte big-endian length,
 * then payload; 1-byte payloads are control: 0 off, 1 on, 2 reset, 4 send ATR; longer ones APDUs).
 * Connecting puts the card on the reader; close() takes it off.
 */
export class VirtualCard {
  private socket: net.Socket | undefined;
  private buffer = Buffer.alloc(0);
  connectedAt = 0;

  constructor(
    readonly uid: Buffer,
    private readonly port = VPCD_PORT,
  ) {}

  insert(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port: this.port }, () => {
        this.connectedAt = performance.now();
        resolve();
      });
      this.socket = socket;
      socket.on('error', reject);
      socket.on('data', (chunk: Buffer) => {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        while (this.buffer.length >= 2) {
          const length = this.buffer.readUInt16BE(0);
          if (this.buffer.length < 2 + length) break;
          const payload = this.buffer.subarray(2, 2 + length);
          this.buffer = this.buffer.subarray(2 + length);
          this.handle(payload);
        }
      });
    });
  }

  private handle(payload: Buffer): void {
    if (payload.length === 1) {
      if (payload[0] === 4) this.send(ATR);
      return; // power off / on / reset need no answer
    }
    const getUid = Buffer.from([0xff, 0xca, 0x00, 0x00, 0x00]);
    if (payload.subarray(0, 5).equals(getUid))
      this.send(Buffer.concat([this.uid, Buffer.from([0x90, 0x00])]));
    else this.send(Buffer.from([0x6d, 0x00]));
  }

  private send(data: Buffer): void {
    const header = Buffer.alloc(2);
    header.writeUInt16BE(data.length, 0);
    this.socket?.write(Buffer.concat([header, data]));
  }

  remove(): Promise<void> {
    const socket = this.socket;
    this.socket = undefined;
    if (!socket) return Promise.resolve();
    return new Promise((resolve) => {
      socket.once('close', () => resolve());
      socket.end();
      socket.destroy();
    });
  }
}
