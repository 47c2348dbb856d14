import fs from 'node:fs';
import zlib from 'node:zlib';

/**
 * The on-disk framing of every journal file: per record a 4-byte big-endian payload length, a 4-byte
 * CRC-32 of the payload, then the payload (UTF-8 JSON). A record cut short by a crash (length past
 * the end of the file) or damaged (CRC mismatch) ends the readable part of the file.
 */
const HEADER = 8;

export function encodeRecord(value: unknown): Buffer {
  const payload = Buffer.from(JSON.stringify(value), 'utf8');
  const header = Buffer.alloc(HEADER);
  header.writeUInt32BE(payload.length, 0);
  header.writeUInt32BE(zlib.crc32(payload), 4);
  return Buffer.concat([header, payload]);
}

export interface ReadResult<T> {
  records: T[];
  /** Bytes of whole, valid records from the start; anything after is torn or damaged. */
  validBytes: number;
  totalBytes: number;
}

export function readRecords<T>(file: string): ReadResult<T> {
  const data = fs.readFileSync(file);
  const records: T[] = [];
  let offset = 0;
  while (offset + HEADER <= data.length) {
    const length = data.readUInt32BE(offset);
    const crc = data.readUInt32BE(offset + 4);
    const end = offset + HEADER + length;
    if (end > data.length) break;
    const payload = data.subarray(offset + HEADER, end);
    if (zlib.crc32(payload) !== crc) break;
    try {
      records.push(JSON.parse(payload.toString('utf8')) as T);
    } catch {
      break;
    }
    offset = end;
  }
  return { records, validBytes: offset, totalBytes: data.length };
}

/** fsync a directory, so that a created, renamed or removed file survives a power cut. */
export function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * An append-only file with group commit: appends made while a write+fsync is in progress are
 * written together by the next one. Each append resolves only after its bytes are fsync'ed.
 */
export class AppendFile {
  private readonly fd: number;
  private queue: { data: Buffer; resolve: () => void; reject: (err: unknown) => void }[] = [];
  private flushing = false;
  private closed = false;
  size: number;

  constructor(readonly path: string) {
    this.fd = fs.openSync(path, 'a');
    this.size = fs.fstatSync(this.fd).size;
  }

  append(data: Buffer): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`journal file ${this.path} is closed`));
    this.size += data.length;
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ data, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        const buffer = batch.length === 1 ? batch[0]!.data : Buffer.concat(batch.map((b) => b.data));
        await writeAll(this.fd, buffer);
        await new Promise<void>((resolve, reject) =>
          fs.fdatasync(this.fd, (err) => (err ? reject(err) : resolve())),
        );
        for (const b of batch) b.resolve();
      } catch (err) {
        for (const b of batch) b.reject(err);
      }
    }
    this.flushing = false;
  }

  /** Waits for pending appends, then closes the file. */
  async close(): Promise<void> {
    while (this.flushing || this.queue.length > 0) await new Promise((r) => setImmediate(r));
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
  }
}

function writeAll(fd: number, buffer: Buffer): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const step = (offset: number) => {
      fs.write(fd, buffer, offset, buffer.length - offset, null, (err, written) => {
        if (err) return reject(err);
        if (offset + written < buffer.length) step(offset + written);
        else resolve();
      });
    };
    step(0);
  });
}
