// Child process for the crash test: opens the journal, appends one event per argument, prints
// "appended <seq> <eventId>" after each fsync, then waits to be killed (SIGKILL) before any ack.
import { Journal } from '../../src/journal/journal';

async function main(): Promise<void> {
  const [dir, ...uids] = process.argv.slice(2);
  const journal = await Journal.open(dir!, { segmentMaxEvents: 2 });
  for (const uid of uids) {
    const e = await journal.append({
      eventId: `00000000-0000-4000-8000-${uid.padStart(12, '0')}`,
      siteId: 'site-1',
      occurredAt: new Date().toISOString(),
      cardTapped: { cardUid: uid, reader: 'r', desk: 'd' },
    });
    process.stdout.write(`appended ${e.seq} ${e.eventId}\n`);
  }
  process.stdout.write('ready\n');
  setInterval(() => undefined, 1000);
}
void main();
