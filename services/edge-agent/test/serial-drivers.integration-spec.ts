import fs from 'node:fs';
import { createLogger } from '@crm/log';
import { waitFor } from '@crm/testing';
import { KeyboardWedgeDriver } from '../src/drivers/keyboard-wedge';
import { ModemDriver } from '../src/drivers/modem';
import type { EventPayload } from '../src/events';
import { openPtyPair } from './helpers/pty-pair';

// Keyboard-wedge reader and caller-ID modem through a real pseudo-terminal pair (socat).
const logger = createLogger({ service: 'edge-agent-test', level: 'silent' });

describe('serial drivers through a pseudo-terminal pair', () => {
  it('keyboard-wedge: one tap per line typed on the device', async () => {
    const pty = await openPtyPair();
    const taps: string[] = [];
    const driver = new KeyboardWedgeDriver(
      pty.a,
      'desk-7',
      (uid, reader, desk) => taps.push(`${uid}|${reader}|${desk}`),
      logger,
    );
    await driver.start();
    const fd = fs.openSync(pty.b, 'w');
    fs.writeSync(fd, '3512345678\r\n');
    fs.writeSync(fd, 'deadbeef\r\n');
    await waitFor(() => taps.length === 2, { message: 'two taps from the wedge' });
    expect(taps).toEqual([`3512345678|${pty.a}|desk-7`, `DEADBEEF|${pty.a}|desk-7`]);
    fs.closeSync(fd);
    await driver.stop();
    await pty.close();
  });

  it('caller-ID modem: sends its init commands and turns a caller-ID report into CallRinging', async () => {
    const pty = await openPtyPair();
    const events: EventPayload[] = [];
    const driver = new ModemDriver(
      {
        path: pty.a,
        baudRate: 9600,
        init: ['ATZ', 'AT+VCID=1'],
        lineNumber: '01065529988',
        extension: '801',
      },
      async (p) => {
        events.push(p);
      },
      logger,
    );
    await driver.start();
    expect(driver.status()[0]!.healthy).toBe(true);
    const fd = fs.openSync(pty.b, fs.constants.O_RDWR | fs.constants.O_NONBLOCK);
    // The modem side sees the init commands.
    let received = '';
    await waitFor(
      () => {
        const buf = Buffer.alloc(256);
        try {
          const n = fs.readSync(fd, buf, 0, buf.length, null);
          received += buf.subarray(0, n).toString();
        } catch {
          // EAGAIN: nothing yet
        }
        return received.includes('AT+VCID=1\r');
      },
      { message: 'init commands at the modem' },
    );
    fs.writeSync(
      fd,
      '\r\nOK\r\n\r\nRING\r\n\r\nDATE = 0321\r\nTIME = 1405\r\nNMBR = 13800138000\r\nNAME = ZHANG SAN\r\n\r\nRING\r\n',
    );
    await waitFor(() => events.length === 1, { message: 'CallRinging from the modem' });
    expect(events[0]).toEqual({
      callRinging: {
        callerNumber: '13800138000',
        calledNumber: '01065529988',
        extension: '801',
        callerName: 'ZHANG SAN',
        callId: '',
        source: 'modem',
      },
    });
    fs.closeSync(fd);
    await driver.stop();
    await pty.close();
  });
});
