import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Journal } from '../src/journal/journal';
import type { NewEdgeEvent } from '../src/events';

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'edge-journal-'));
let n = 0;
const event = (uid: string): NewEdgeEvent => ({
  eventId: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  siteId: 'site-1',
  occurredAt: new Date().toISOString(),
  cardTapped: { cardUid: uid, reader: 'r', desk: 'd' },
});
const uids = (j: Journal) => j.unacked().map((e) => ('cardTapped' in e ? e.cardTapped.cardUid : '?'));

describe('Journal', () => {
  it('keeps unacked events in order across a reopen and assigns increasing seqs', async () => {
    const dir = tmpDir();
    const j = await Journal.open(dir);
    const a = await j.append(event('A1'));
    const b = await j.append(event('B2'));
    expect([a.seq, b.seq]).toEqual([1, 2]);
    await j.close();
    const again = await Journal.open(dir);
    expect(uids(again)).toEqual(['A1', 'B2']);
    expect((await again.append(event('C3'))).seq).toBe(3);
    await again.close();
  });

  it('concurrent appends resolve and are announced in seq order', async () => {
    const j = await Journal.open(tmpDir());
    const announced: number[] = [];
    j.on('appended', (e: { seq: number }) => announced.push(e.seq));
    const all = await Promise.all(Array.from({ length: 50 }, (_, i) => j.append(event(`C${i}`))));
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(announced).toEqual(all.map((e) => e.seq));
    await j.close();
  });

  it('compacts acked segments and never returns acked events after a reopen', async () => {
    const dir = tmpDir();
    const j = await Journal.open(dir, { segmentMaxEvents: 2, ackLogMaxRecords: 3 });
    const events = [];
    for (const uid of ['E1', 'E2', 'E3', 'E4', 'E5']) events.push(await j.append(event(uid)));
    for (const e of events.slice(0, 4)) expect(await j.ack(e.eventId)).toBe(true);
    expect(await j.ack(events[0]!.eventId)).toBe(false);
    // Segments 1-2 and 3-4 are fully acked and gone; 5 is in the active segment.
    expect(j.files().filter((f) => f.endsWith('.seg'))).toEqual(['events-0000000000000005.seg']);
    expect(uids(j)).toEqual(['E5']);
    await j.close();
    const again = await Journal.open(dir, { segmentMaxEvents: 2 });
    expect(uids(again)).toEqual(['E5']);
    await again.ack(events[4]!.eventId);
    await again.close();
    const third = await Journal.open(dir, { segmentMaxEvents: 2 });
    expect(third.depth).toBe(0);
    expect((await third.append(event('E6'))).seq).toBe(6);
    await third.close();
  });

  it('skips a torn last record and keeps appending after it', async () => {
    const dir = tmpDir();
    const j = await Journal.open(dir);
    await j.append(event('T1'));
    await j.append(event('T2'));
    await j.close();
    const seg = path.join(
      dir,
      fs.readdirSync(dir).find((f) => f.endsWith('.seg'))!,
    );
    const size = fs.statSync(seg).size;
    fs.truncateSync(seg, size - 5); // the crash cut the last record short
    fs.appendFileSync(seg, Buffer.from([0, 0])); // and left garbage
    const again = await Journal.open(dir);
    expect(uids(again)).toEqual(['T1']);
    expect(again.recovery.tornBytes).toBeGreaterThan(0);
    await again.append(event('T3'));
    await again.close();
    const third = await Journal.open(dir);
    expect(uids(third)).toEqual(['T1', 'T3']);
    await third.close();
  });

  it('a damaged record (CRC mismatch) ends the readable part', async () => {
    const dir = tmpDir();
    const j = await Journal.open(dir);
    await j.append(event('D1'));
    await j.append(event('D2'));
    await j.close();
    const seg = path.join(
      dir,
      fs.readdirSync(dir).find((f) => f.endsWith('.seg'))!,
    );
    const data = fs.readFileSync(seg);
    data[data.length - 3] = data[data.length - 3]! ^ 0xff;
    fs.writeFileSync(seg, data);
    const again = await Journal.open(dir);
    expect(uids(again)).toEqual(['D1']);
    await again.close();
  });

  it('an event appended by a process killed with SIGKILL before its ack is found after restart', async () => {
    const dir = tmpDir();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'helpers/journal-child.ts'), dir, 'K1', 'K2', 'K3'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('ready')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`child exited early (${code}): ${out}`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const j = await Journal.open(dir, { segmentMaxEvents: 2 });
    expect(uids(j)).toEqual(['K1', 'K2', 'K3']);
    expect(j.unacked().map((e) => e.seq)).toEqual([1, 2, 3]);
    await j.close();
  }, 20_000);
});
