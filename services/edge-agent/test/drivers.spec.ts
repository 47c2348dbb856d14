import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { createLogger } from '@crm/log';
import { waitFor } from '@crm/testing';
import { loadEdgeAgentConfig } from '../src/config';
import { CallerIdParser, type CallerIdReport } from '../src/drivers/caller-id';
import { KeyboardWedgeDriver, parseWedgeLine } from '../src/drivers/keyboard-wedge';
import { PbxHookDriver } from '../src/drivers/pbx-hook';
import { PcscDriver, readerPattern } from '../src/drivers/pcsc';
import { TapDeduper } from '../src/drivers/tap-dedup';
import type { EventPayload } from '../src/events';

const PBX_TOKEN = randomBytes(12).toString('hex');

const logger = createLogger({ service: 'edge-agent-test', level: 'silent' });

describe('caller-ID parser', () => {
  it('parses the DATE / TIME / NMBR / NAME report into one call', () => {
    const reports: CallerIdReport[] = [];
    const p = new CallerIdParser((r) => reports.push(r));
    for (const line of [
      'RING',
      '',
      'DATE = 0321',
      'TIME = 1405',
      'NMBR = 13800138000',
      'NAME = ZHANG SAN',
      'RING',
    ]) {
      p.feed(`${line}\r`);
    }
    expect(reports).toEqual([{ number: '13800138000', name: 'ZHANG SAN', date: '0321', time: '1405' }]);
    p.close();
  });

  it('completes a report without NAME after a quiet period, and handles withheld numbers', async () => {
    const reports: CallerIdReport[] = [];
    const p = new CallerIdParser((r) => reports.push(r), 20);
    p.feed('DATE=0321');
    p.feed('NMBR = P');
    await waitFor(() => reports.length === 1, { message: 'report' });
    expect(reports[0]).toEqual({ number: '', name: '', date: '0321', time: '' });
    p.feed('NMBR = 010-6552 9988');
    p.feed('RING');
    expect(reports[1]!.number).toBe('01065529988');
    p.close();
  });
});

describe('tap de-duplication', () => {
  it('the same card within the window is one tap (and one removal)', () => {
    let t = 0;
    const d = new TapDeduper(3000, () => t);
    expect(d.accept('AA')).toBe(true);
    t = 1000;
    expect(d.acceptRemoval('AA')).toBe(true);
    t = 2000;
    expect(d.accept('AA')).toBe(false);
    expect(d.accept('BB')).toBe(true);
    t = 2500;
    expect(d.acceptRemoval('AA')).toBe(false);
    t = 6000;
    expect(d.accept('AA')).toBe(true);
  });
});

describe('keyboard-wedge', () => {
  it('accepts lines of decimal or hex digits, one tap per line', async () => {
    expect(parseWedgeLine(' 0012345678 ')).toBe('0012345678');
    expect(parseWedgeLine('04a1b2c3')).toBe('04A1B2C3');
    expect(parseWedgeLine('hello')).toBeUndefined();
    const input = new PassThrough();
    const taps: string[] = [];
    const driver = new KeyboardWedgeDriver(
      input,
      'desk-3',
      (uid, _r, desk) => taps.push(`${uid}@${desk}`),
      logger,
    );
    await driver.start();
    input.write('0012345678\r\n04A1B2C3\nnot a card\n');
    await waitFor(() => taps.length === 2, { message: 'two taps' });
    expect(taps).toEqual(['0012345678@desk-3', '04A1B2C3@desk-3']);
    expect(driver.readerStatus()).toEqual([
      { kind: 'keyboard-wedge', name: 'keyboard-wedge', desk: 'desk-3', connected: true },
    ]);
    await driver.stop();
    expect(driver.readerStatus()[0]!.connected).toBe(false);
  });
});

describe('PC/SC reader status (for the site pages)', () => {
  it('lists attached readers with their desks, and configured patterns no reader matches', () => {
    const driver = new PcscDriver(
      { 'ACS ACR122U*': 'counter-1', 'Virtual PCD 00 01': 'counter-2' },
      { onCard: () => undefined, onCardRemoved: () => undefined },
      logger,
    );
    expect(driver.readerStatus()).toEqual([
      { kind: 'pcsc', name: 'ACS ACR122U*', desk: 'counter-1', connected: false },
      { kind: 'pcsc', name: 'Virtual PCD 00 01', desk: 'counter-2', connected: false },
    ]);
    // A reader as nfc-pcsc announces it (the real stack is in pcsc.integration-spec.ts).
    const reader = Object.assign(new EventEmitter(), {
      reader: { name: 'ACS ACR122U PICC Interface 00 00' },
      autoProcessing: false,
      close: () => undefined,
    });
    (driver as unknown as { attach(r: typeof reader): void }).attach(reader);
    expect(driver.readerStatus()).toEqual([
      { kind: 'pcsc', name: 'ACS ACR122U PICC Interface 00 00', desk: 'counter-1', connected: true },
      { kind: 'pcsc', name: 'Virtual PCD 00 01', desk: 'counter-2', connected: false },
    ]);
    reader.emit('end');
    expect(driver.readerStatus()[0]).toMatchObject({ name: 'ACS ACR122U*', connected: false });
  });
});

describe('PBX hook', () => {
  it('turns POST /pbx/call into call events; refuses bad bodies and a missing token', async () => {
    const events: EventPayload[] = [];
    const hook = new PbxHookDriver(
      { port: 0, host: '127.0.0.1', token: PBX_TOKEN },
      async (p) => {
        events.push(p);
      },
      logger,
    );
    await hook.start();
    const post = (body: unknown, token = PBX_TOKEN) =>
      fetch(`http://127.0.0.1:${hook.port}/pbx/call`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    expect(
      (await post({ caller: '13800138000', called: '4001234567', extension: '801', state: 'ringing' }))
        .status,
    ).toBe(202);
    expect(
      (await post({ caller: '13800138000', extension: '801', state: 'answered', callId: 'c1' })).status,
    ).toBe(202);
    expect((await post({ caller: '13800138000', state: 'ended' })).status).toBe(202);
    expect((await post({ caller: '1', state: 'exploded' })).status).toBe(400);
    expect((await post({ caller: '1', state: 'ringing' }, 'wrong-token')).status).toBe(401);
    expect(events).toEqual([
      {
        callRinging: {
          callerNumber: '13800138000',
          calledNumber: '4001234567',
          extension: '801',
          callId: '',
          source: 'pbx',
          callerName: '',
        },
      },
      {
        callAnswered: {
          callerNumber: '13800138000',
          calledNumber: '',
          extension: '801',
          callId: 'c1',
          source: 'pbx',
        },
      },
      {
        callEnded: {
          callerNumber: '13800138000',
          calledNumber: '',
          extension: '',
          callId: '',
          source: 'pbx',
        },
      },
    ]);
    await hook.stop();
  });
});

describe('config', () => {
  const base = {
    SITE_ID: 'site-1',
    SITE_KEY: 'site-key-0123456789',
    INGRESS_ADDR: 'gateway:50060',
    JOURNAL_DIR: '/var/lib/edge-agent',
  };
  it('reads READERS as JSON and applies defaults', () => {
    const c = loadEdgeAgentConfig({
      ...base,
      READERS: JSON.stringify({ pcsc: { 'ACS ACR122U*': 'desk-1' }, wedge: { '/dev/ttyUSB1': 'desk-2' } }),
    });
    expect(c.READERS.pcsc).toEqual({ 'ACS ACR122U*': 'desk-1' });
    expect(c.TAP_DEDUP_MS).toBe(3000);
    expect(loadEdgeAgentConfig(base).READERS).toEqual({ pcsc: {}, wedge: {} });
  });
  it('names the bad variables', () => {
    expect(() => loadEdgeAgentConfig({ ...base, READERS: '{nope', INGRESS_ADDR: 'x' })).toThrow(
      /READERS[\s\S]*INGRESS_ADDR|INGRESS_ADDR[\s\S]*READERS/,
    );
  });
  it('matches PC/SC reader names by pattern', () => {
    expect(readerPattern('ACS ACR122U*').test('ACS ACR122U PICC Interface 00 00')).toBe(true);
    expect(readerPattern('Virtual PCD 00 00').test('Virtual PCD 00 01')).toBe(false);
  });
});
