import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { JournaledEvent, NewEdgeEvent } from '../events';
import { AppendFile, encodeRecord, fsyncDir, readRecords } from './record-file';

export interface JournalOptions {
  /** Start a new segment after this many events (default 1000). */
  segmentMaxEvents?: number;
  /** Start a new segment after this many bytes (default 4 MiB). */
  segmentMaxBytes?: number;
  /** Rewrite the ack log once it holds this many records (default 5000). */
  ackLogMaxRecords?: number;
}

export interface JournalRecovery {
  segments: number;
  events: number;
  unacked: number;
  /** Bytes dropped from the end of a file: a record torn by a crash. */
  tornBytes: number;
}

interface Segment {
  firstSeq: number;
  file: string;
  /** Seqs in this segment not acked yet. */
  unacked: Set<number>;
  events: number;
}

const SEGMENT = /^events-(\d{16})\.seg$/;
const ACK_LOG = 'acks.log';
const segmentName = (firstSeq: number) => `events-${String(firstSeq).padStart(16, '0')}.seg`;

/**
 * The agent's durable queue. Events are appended to segment files and fsync'ed before `append`
 * resolves (so before they can be sent); an ack is appended (fsync'ed) to the ack log; a segment
 * whose events are all acked is deleted (and the ack log rewritten without its seqs). After a crash
 * at any point, `open` re-reads the files, drops a torn last record, and `unacked()` lists in order
 * the events still to send.
 *
 * Emits `appended` (JournaledEvent) once an event is durable.
 */
export class Journal extends EventEmitter {
  private readonly segments: Segment[] = [];
  private active!: AppendFile;
  private readonly ackLog: { file: AppendFile | undefined; records: number; kept: number } = {
    file: undefined,
    records: 0,
    kept: 0,
  };
  /** Unacked events by seq, in seq order (Map keeps insertion order). */
  private readonly pending = new Map<number, JournaledEvent>();
  private readonly seqById = new Map<string, number>();
  private nextSeq = 1;
  private writeChain: Promise<unknown> = Promise.resolve();
  private closed = false;
  recovery: JournalRecovery = { segments: 0, events: 0, unacked: 0, tornBytes: 0 };

  private constructor(
    readonly dir: string,
    private readonly options: Required<JournalOptions>,
  ) {
    super();
  }

  static async open(dir: string, options: JournalOptions = {}): Promise<Journal> {
    fs.mkdirSync(dir, { recursive: true });
    const journal = new Journal(dir, {
      segmentMaxEvents: options.segmentMaxEvents ?? 1000,
      segmentMaxBytes: options.segmentMaxBytes ?? 4 * 1024 * 1024,
      ackLogMaxRecords: options.ackLogMaxRecords ?? 5000,
    });
    journal.recover();
    return journal;
  }

  private recover(): void {
    const acked = new Set<number>();
    const ackPath = path.join(this.dir, ACK_LOG);
    if (fs.existsSync(ackPath)) {
      const read = readRecords<{ seq: number }>(ackPath);
      for (const r of read.records) acked.add(r.seq);
      this.ackLog.records = read.records.length;
      if (read.validBytes < read.totalBytes) {
        fs.truncateSync(ackPath, read.validBytes);
        this.recovery.tornBytes += read.totalBytes - read.validBytes;
      }
    }
    const files = fs
      .readdirSync(this.dir)
      .filter((f) => SEGMENT.test(f))
      .sort();
    for (const [i, name] of files.entries()) {
      const file = path.join(this.dir, name);
      const read = readRecords<JournaledEvent>(file);
      if (read.validBytes < read.totalBytes) {
        // Only the last record written before a crash can be torn; cut it off so new appends follow
        // whole records.
        fs.truncateSync(file, read.validBytes);
        this.recovery.tornBytes += read.totalBytes - read.validBytes;
      }
      const segment: Segment = {
        firstSeq: Number(SEGMENT.exec(name)![1]),
        file,
        unacked: new Set(),
        events: read.records.length,
      };
      for (const event of read.records) {
        this.nextSeq = Math.max(this.nextSeq, event.seq + 1);
        if (acked.has(event.seq)) continue;
        segment.unacked.add(event.seq);
        this.pending.set(event.seq, event);
        this.seqById.set(event.eventId, event.seq);
      }
      this.recovery.events += read.records.length;
      const last = i === files.length - 1;
      if (segment.unacked.size === 0 && !last) {
        fs.rmSync(file);
        continue;
      }
      this.segments.push(segment);
    }
    this.recovery.segments = this.segments.length;
    this.recovery.unacked = this.pending.size;
    if (this.segments.length === 0) this.segments.push(this.newSegment());
    this.active = new AppendFile(this.segments[this.segments.length - 1]!.file);
    this.ackLog.file = new AppendFile(ackPath);
    fsyncDir(this.dir);
  }

  private newSegment(): Segment {
    const file = path.join(this.dir, segmentName(this.nextSeq));
    fs.writeFileSync(file, '');
    return { firstSeq: this.nextSeq, file, unacked: new Set(), events: 0 };
  }

  /** Appends the event and resolves once it is on disk (fsync'ed); assigns its seq. */
  append(event: NewEdgeEvent): Promise<JournaledEvent> {
    if (this.closed) return Promise.reject(new Error('journal is closed'));
    let segment = this.segments[this.segments.length - 1]!;
    if (segment.events >= this.options.segmentMaxEvents || this.active.size >= this.options.segmentMaxBytes) {
      const previous = this.active;
      segment = this.newSegment();
      this.segments.push(segment);
      this.active = new AppendFile(segment.file);
      fsyncDir(this.dir);
      void previous.close();
    }
    const record: JournaledEvent = { ...event, seq: this.nextSeq++ };
    segment.events += 1;
    segment.unacked.add(record.seq);
    const written = this.active.append(encodeRecord(record)).then(() => {
      this.pending.set(record.seq, record);
      this.seqById.set(record.eventId, record.seq);
      this.emit('appended', record);
      return record;
    });
    // Appends resolve (and are announced) in seq order.
    const ordered = this.writeChain.then(() => written);
    this.writeChain = ordered.catch(() => undefined);
    return ordered;
  }

  /** Records the ack of an event; returns false if it is not (or no longer) pending. */
  async ack(eventId: string): Promise<boolean> {
    const seq = this.seqById.get(eventId);
    if (seq === undefined || this.closed) return false;
    this.seqById.delete(eventId);
    this.pending.delete(seq);
    // Marked in memory first: an ack log rewrite that happens meanwhile then includes this ack.
    this.segments.find((s) => s.unacked.has(seq))?.unacked.delete(seq);
    this.ackLog.records += 1;
    await this.ackLog.file!.append(encodeRecord({ seq }));
    this.compact();
    return true;
  }

  isPending(eventId: string): boolean {
    return this.seqById.has(eventId);
  }

  /** Unacked events in seq order. */
  unacked(): JournaledEvent[] {
    return [...this.pending.values()];
  }

  get depth(): number {
    return this.pending.size;
  }

  oldestUnacked(): JournaledEvent | undefined {
    return this.pending.values().next().value;
  }

  /** Deletes fully acked segments (never the one being written) and shrinks the ack log. */
  private compact(): void {
    let removed = false;
    while (this.segments.length > 1 && this.segments[0]!.unacked.size === 0) {
      fs.rmSync(this.segments.shift()!.file, { force: true });
      removed = true;
    }
    if (removed) fsyncDir(this.dir);
    if (this.ackLog.records - this.ackLog.kept >= this.options.ackLogMaxRecords) this.rewriteAckLog();
  }

  /** Rewrites the ack log with only the acks of events still in a segment (temp file, fsync, rename). */
  private rewriteAckLog(): void {
    const keep: number[] = [];
    for (const s of this.segments) {
      for (let seq = s.firstSeq; seq < s.firstSeq + s.events; seq += 1)
        if (!s.unacked.has(seq)) keep.push(seq);
    }
    const ackPath = path.join(this.dir, ACK_LOG);
    const tmp = `${ackPath}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat(keep.map((seq) => encodeRecord({ seq }))));
    const fd = fs.openSync(tmp, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    const old = this.ackLog.file!;
    this.ackLog.file = undefined;
    void old.close();
    fs.renameSync(tmp, ackPath);
    fsyncDir(this.dir);
    this.ackLog.file = new AppendFile(ackPath);
    this.ackLog.records = keep.length;
    this.ackLog.kept = keep.length;
  }

  /** Files currently on disk (for tests and status). */
  files(): string[] {
    return fs.readdirSync(this.dir).sort();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.writeChain;
    this.closed = true;
    await this.active.close();
    await this.ackLog.file?.close();
  }
}
