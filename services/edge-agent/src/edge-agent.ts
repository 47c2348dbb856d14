import { randomUUID } from 'node:crypto';
import type { Logger } from '@crm/log';
import type { edgeV1Types } from '@crm/proto';
import type { EdgeAgentConfig } from './config';
import { KeyboardWedgeDriver } from './drivers/keyboard-wedge';
import { ModemDriver } from './drivers/modem';
import { PbxHookDriver } from './drivers/pbx-hook';
import { PcscDriver } from './drivers/pcsc';
import { TapDeduper } from './drivers/tap-dedup';
import { payloadKind, type Driver, type EventPayload, type JournaledEvent } from './events';
import { Journal, type JournalOptions } from './journal/journal';
import { Sender, type SenderOptions } from './transport/sender';

const AGENT_VERSION = '0.1.0';

export interface EdgeAgentOptions {
  journal?: JournalOptions;
  sender?: Partial<SenderOptions>;
  /** Extra drivers (tests); the configured ones are created from the config. */
  drivers?: Driver[];
  /** How long stop() waits for unacked events to be acked before closing (default 2 s). */
  flushTimeoutMs?: number;
}

export interface EdgeAgent {
  journal: Journal;
  sender: Sender;
  drivers: Driver[];
  pbxHook: PbxHookDriver | undefined;
  pcsc: PcscDriver | undefined;
  /** Journals an event from a driver (after tap de-duplication done by the caller). */
  record(payload: EventPayload, occurredAt?: Date): Promise<JournaledEvent>;
  /** A card seen at a reader: de-duplicated, then journaled. Resolves to the event or undefined. */
  tap(uid: string, reader: string, desk: string): Promise<JournaledEvent | undefined>;
  status(): edgeV1Types.AgentStatus;
  stop(): Promise<void>;
}

/**
 * One site's agent: drivers → tap de-duplication → journal (fsync) → sender (gRPC stream with acks).
 * Reports its status (queue depth, last sent, drivers) on the stream and in the log every
 * STATUS_INTERVAL_MS.
 */
export async function startEdgeAgent(
  config: EdgeAgentConfig,
  logger: Logger,
  options: EdgeAgentOptions = {},
): Promise<EdgeAgent> {
  const journal = await Journal.open(config.JOURNAL_DIR, options.journal);
  logger.info({ ...journal.recovery, journalDir: config.JOURNAL_DIR }, 'journal opened');
  const sender = new Sender(
    journal,
    {
      address: config.INGRESS_ADDR,
      siteId: config.SITE_ID,
      siteKey: config.SITE_KEY,
      window: config.SEND_WINDOW,
      ...options.sender,
    },
    logger,
  );
  const dedup = new TapDeduper(config.TAP_DEDUP_MS);

  const record = async (payload: EventPayload, occurredAt = new Date()): Promise<JournaledEvent> => {
    const event = await journal.append({
      eventId: randomUUID(),
      siteId: config.SITE_ID,
      occurredAt: occurredAt.toISOString(),
      ...payload,
    });
    logger.debug({ seq: event.seq, eventId: event.eventId, kind: payloadKind(payload) }, 'event journaled');
    return event;
  };
  const journalFailed = (err: unknown) => logger.error({ err }, 'could not journal an event');
  const tap = async (uid: string, reader: string, desk: string) => {
    if (!dedup.accept(uid)) {
      logger.debug({ reader, desk }, 'same card again within TAP_DEDUP_MS; one tap');
      return undefined;
    }
    return record({ cardTapped: { cardUid: uid, reader, desk } });
  };
  const removed = (uid: string, reader: string, desk: string) => {
    if (dedup.acceptRemoval(uid))
      void record({ cardRemoved: { cardUid: uid, reader, desk } }).catch(journalFailed);
  };
  const onCard = (uid: string, reader: string, desk: string) =>
    void tap(uid, reader, desk).catch(journalFailed);

  const drivers: Driver[] = [...(options.drivers ?? [])];
  let pcsc: PcscDriver | undefined;
  if (Object.keys(config.READERS.pcsc).length > 0) {
    pcsc = new PcscDriver(config.READERS.pcsc, { onCard, onCardRemoved: removed }, logger);
    drivers.push(pcsc);
  }
  for (const [path, desk] of Object.entries(config.READERS.wedge)) {
    drivers.push(new KeyboardWedgeDriver(path, desk, onCard, logger));
  }
  const sink = async (payload: EventPayload, at?: Date) => {
    await record(payload, at);
  };
  if (config.MODEM_PATH) {
    drivers.push(
      new ModemDriver(
        {
          path: config.MODEM_PATH,
          baudRate: config.MODEM_BAUD_RATE,
          init: config.MODEM_INIT.split(';')
            .map((c) => c.trim())
            .filter(Boolean),
          lineNumber: config.MODEM_LINE_NUMBER,
          extension: config.MODEM_EXTENSION,
        },
        sink,
        logger,
      ),
    );
  }
  let pbxHook: PbxHookDriver | undefined;
  if (config.PBX_HOOK_PORT !== undefined) {
    pbxHook = new PbxHookDriver(
      { port: config.PBX_HOOK_PORT, host: config.PBX_HOOK_HOST, token: config.PBX_HOOK_TOKEN },
      sink,
      logger,
    );
    drivers.push(pbxHook);
  }

  sender.on('state', (state: string) =>
    logger[state === 'connecting' || state === 'backoff' ? 'debug' : 'info']({ state }, 'edge ingress link'),
  );
  sender.start();
  for (const driver of drivers) {
    try {
      await driver.start();
    } catch (err) {
      // One broken device must not take the site down: the others keep working; status shows it.
      logger.error({ err, driver: driver.name }, 'driver failed to start');
    }
  }

  const status = (): edgeV1Types.AgentStatus => ({
    siteId: config.SITE_ID,
    queueDepth: journal.depth,
    lastSentSeq: sender.lastSent ? String(sender.lastSent.seq) : '0',
    lastSentAt: sender.lastSent?.at.toISOString() ?? '',
    lastAckedAt: sender.lastAckedAt?.toISOString() ?? '',
    oldestUnackedAt: journal.oldestUnacked()?.occurredAt ?? '',
    reportedAt: new Date().toISOString(),
    agentVersion: AGENT_VERSION,
    drivers: [
      { name: 'ingress', healthy: sender.state === 'connected', detail: sender.lastError ?? sender.state },
      ...drivers.flatMap((d) => d.status()),
    ],
    readers: drivers.flatMap((d) => d.readerStatus?.() ?? []),
    statusIntervalMs: config.STATUS_INTERVAL_MS,
  });
  const report = () => {
    const s = status();
    const level = sender.state === 'unauthenticated' ? 'error' : 'info';
    logger[level](
      { queueDepth: s.queueDepth, link: sender.state, lastSentAt: s.lastSentAt, drivers: s.drivers },
      'agent status',
    );
    sender.sendStatus(s);
  };
  sender.on('state', (state: string) => {
    if (state === 'connected') sender.sendStatus(status());
  });
  const statusTimer = setInterval(report, config.STATUS_INTERVAL_MS);
  statusTimer.unref();

  let stopped = false;
  return {
    journal,
    sender,
    drivers,
    pbxHook,
    pcsc,
    record,
    tap,
    status,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(statusTimer);
      // Intake first, then give the link a moment to drain what is queued; whatever is not acked
      // stays in the journal and is sent at the next start.
      await Promise.allSettled(drivers.map((d) => d.stop()));
      await sender.flush(options.flushTimeoutMs ?? 2000);
      report();
      sender.stop();
      await journal.close();
    },
  };
}
