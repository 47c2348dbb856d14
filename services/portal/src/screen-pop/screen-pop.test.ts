import { describe, expect, it } from 'vitest';
import { liveSocketUrl } from '../api/live';
import { reconnectDelay } from './backoff';
import { LiveConnection, type LiveState, type WebSocketLike } from './live-connection';
import { hintText, parseLiveMessage, type ScreenPop } from './live-message';
import { SeenIds } from './seen-ids';
import { tokenExpiresAt, tokenNeedsRenewal } from './token-expiry';

const recognized = (id: string, over: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'crm.customers.customer.recognized',
    id,
    occurredAt: '2026-11-23T08:00:00.000Z',
    branchId: 'branch-1',
    payload: {
      pop: {
        customerId: 'cust-1',
        name: '青山家禽养殖场',
        branchId: 'branch-1',
        level: 'CUSTOMER_LEVEL_HIGH_INTENT',
        customerClass: 'CUSTOMER_CLASS_A',
        ownerId: 'user-7',
        inPublicPool: false,
        phones: ['+8613800138000'],
        lastFollowUpAt: '2026-10-01T00:00:00.000Z',
        createdAt: '2026-01-01T00:00:00.000Z',
        lastPurchases: [],
        openTickets: [{ ticketId: 't-1', subject: '饲料结块', status: 'open' }],
        hints: [
          {
            code: 'offer_member_price',
            textZhCn: '高意向，40 天未购买：报会员价',
            textEnUs: 'Offer member price',
          },
        ],
      },
      siteId: 'site-1',
      source: 'card',
      desk: 'counter-1',
      cardUid: '04A1B2C3',
      extension: '',
      callerNumber: '',
      edgeEventId: 'edge-1',
      otherCustomerIds: [],
      ...over,
    },
  });

describe('live message parsing', () => {
  it('reads a recognized pop with the customer, its grade and class, sections and hints', () => {
    const pop = parseLiveMessage(recognized('ev-1'));
    expect(pop).toMatchObject({
      kind: 'recognized',
      id: 'ev-1',
      branchId: 'branch-1',
      siteId: 'site-1',
      source: 'card',
      desk: 'counter-1',
      cardUid: '04A1B2C3',
      customer: {
        id: 'cust-1',
        name: '青山家禽养殖场',
        level: 'HIGH_INTENT',
        customerClass: 'A',
        ownerId: 'user-7',
        inPublicPool: false,
        lastFollowUpAt: '2026-10-01T00:00:00.000Z',
        openTickets: [{ ticketId: 't-1', subject: '饲料结块', status: 'open' }],
      },
    });
    expect(pop?.kind === 'recognized' && pop.hints[0]!.code).toBe('offer_member_price');
  });

  it('reads an unrecognized card or call; a pool customer has no owner', () => {
    const unknown = JSON.stringify({
      type: 'crm.customers.customer.unrecognized',
      id: 'ev-2',
      occurredAt: '2026-11-23T08:00:00.000Z',
      branchId: 'branch-1',
      payload: {
        siteId: 's',
        branchId: 'branch-1',
        source: 'call',
        callerNumber: '+8613900139000',
        extension: '801',
      },
    });
    expect(parseLiveMessage(unknown)).toMatchObject({
      kind: 'unrecognized',
      source: 'call',
      callerNumber: '+8613900139000',
      extension: '801',
    });
    const pool = parseLiveMessage(recognized('ev-3')) as ScreenPop;
    expect(pool.kind).toBe('recognized');
    const inPool = parseLiveMessage(
      recognized('ev-4').replace(
        '"ownerId":"user-7","inPublicPool":false',
        '"ownerId":"","inPublicPool":true',
      ),
    );
    expect(inPool?.kind === 'recognized' && inPool.customer).toMatchObject({
      ownerId: null,
      inPublicPool: true,
    });
  });

  it('ignores garbage, other event types, messages without id and pops without a customer', () => {
    expect(parseLiveMessage('not json')).toBeUndefined();
    expect(parseLiveMessage('[]')).toBeUndefined();
    expect(
      parseLiveMessage(JSON.stringify({ type: 'crm.customers.customer.created', id: 'x', payload: {} })),
    ).toBeUndefined();
    expect(parseLiveMessage(recognized(''))).toBeUndefined();
    expect(parseLiveMessage(recognized('ev-5', { pop: { name: 'no id' } }))).toBeUndefined();
  });

  it('shows the hint in the UI language, else the other one, else its code', () => {
    const hint = { code: 'welcome', zhCN: '欢迎', enUS: 'Welcome' };
    expect(hintText(hint, 'zh-CN')).toBe('欢迎');
    expect(hintText(hint, 'en-US')).toBe('Welcome');
    expect(hintText({ ...hint, enUS: '' }, 'en-US')).toBe('欢迎');
    expect(hintText({ code: 'welcome', zhCN: '', enUS: '' }, 'zh-CN')).toBe('welcome');
  });
});

describe('dedupe and backoff', () => {
  it('accepts an id once, and forgets the oldest beyond its bound', () => {
    const seen = new SeenIds(2);
    expect(seen.add('a')).toBe(true);
    expect(seen.add('a')).toBe(false);
    seen.add('b');
    seen.add('c');
    expect(seen.has('a')).toBe(false);
    expect(seen.size).toBe(2);
  });

  it('doubles the delay per attempt up to the cap, half of it jittered', () => {
    expect([0, 1, 2, 3].map((n) => reconnectDelay(n, () => 0))).toEqual([250, 500, 1000, 2000]);
    expect([0, 1, 2, 3].map((n) => reconnectDelay(n, () => 1))).toEqual([500, 1000, 2000, 4000]);
    expect(reconnectDelay(50, () => 1)).toBe(30_000);
    expect(reconnectDelay(50, () => 0)).toBe(15_000);
  });

  it('reads the expiry of a JWT and renews a token close to it', () => {
    const payload = btoa(JSON.stringify({ sub: 'u', exp: 2_000_000_000 })).replace(/=+$/, '');
    const token = `e30.${payload}.sig`;
    expect(tokenExpiresAt(token)).toBe(2_000_000_000_000);
    expect(tokenNeedsRenewal(token, 2_000_000_000_000 - 60_000)).toBe(false);
    expect(tokenNeedsRenewal(token, 2_000_000_000_000 - 10_000)).toBe(true);
    expect(tokenNeedsRenewal('garbage', 0)).toBe(true);
  });
});

class FakeSocket implements WebSocketLike {
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  closed = false;
  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {}
  close() {
    this.closed = true;
  }
  open() {
    this.onopen?.({});
  }
  send(data: string) {
    this.onmessage?.({ data });
  }
  drop() {
    this.onclose?.({ code: 1006 });
  }
}

function harness(tokens: (renew: boolean) => string | null = () => 'tok-1', since?: string) {
  const sockets: FakeSocket[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const pops: ScreenPop[] = [];
  const states: LiveState[] = [];
  const renewals: boolean[] = [];
  const resumePoints: string[] = [];
  let now = 0;
  const live = new LiveConnection({
    url: (since) => `ws://gw/api/v1/live${since ? `?since=${since}` : ''}`,
    token: async (renew) => {
      renewals.push(renew);
      return tokens(renew);
    },
    createSocket: (url, protocols) => {
      const s = new FakeSocket(url, protocols);
      sockets.push(s);
      return s;
    },
    onPop: (p) => pops.push(p),
    onState: (s) => states.push(s),
    since,
    onResumePoint: (id) => resumePoints.push(id),
    random: () => 0,
    now: () => now,
    setTimer: (run, ms) => {
      const t = { run, ms };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => timers.splice(timers.indexOf(t as (typeof timers)[number]), 1),
  });
  const flush = () => new Promise((r) => setTimeout(r, 0));
  const fire = async () => {
    const t = timers.shift()!;
    t.run();
    await flush();
    return t.ms;
  };
  return {
    live,
    sockets,
    timers,
    pops,
    states,
    renewals,
    resumePoints,
    flush,
    fire,
    advance: (ms: number) => (now += ms),
  };
}

describe('live socket URL', () => {
  it('follows the page scheme and host, and resumes after an event id', () => {
    expect(liveSocketUrl(undefined, { protocol: 'http:', host: '10.0.0.5:8080' })).toBe(
      'ws://10.0.0.5:8080/api/v1/live',
    );
    expect(liveSocketUrl('ev 1', { protocol: 'https:', host: 'crm.example.com' })).toBe(
      'wss://crm.example.com/api/v1/live?since=ev%201',
    );
  });
});

describe('live connection', () => {
  it('connects with the token in the subprotocol and shows each pop once', async () => {
    const h = harness();
    h.live.start();
    await h.flush();
    expect(h.sockets[0]!.url).toBe('ws://gw/api/v1/live');
    expect(h.sockets[0]!.protocols).toEqual(['bearer', 'tok-1']);
    h.sockets[0]!.open();
    h.sockets[0]!.send(recognized('ev-1'));
    h.sockets[0]!.send(recognized('ev-1'));
    h.sockets[0]!.send('{"type":"ping"}');
    expect(h.pops.map((p) => p.id)).toEqual(['ev-1']);
    expect(h.states).toEqual(['connecting', 'open']);
  });

  it('after a page reload, resumes after the last event id the tab received', async () => {
    const h = harness(undefined, 'ev-7');
    h.live.start();
    await h.flush();
    expect(h.sockets[0]!.url).toBe('ws://gw/api/v1/live?since=ev-7');
    h.sockets[0]!.open();
    h.sockets[0]!.send(recognized('ev-8'));
    expect(h.resumePoints).toEqual(['ev-8']);
    expect(h.pops.map((p) => p.id)).toEqual(['ev-8']);
  });

  it('reconnects with backoff, resumes after the last event id and drops what the replay repeats', async () => {
    const h = harness();
    h.live.start();
    await h.flush();
    h.sockets[0]!.open();
    h.sockets[0]!.send(recognized('ev-1'));
    h.sockets[0]!.drop();
    expect(h.live.current).toBe('waiting');
    expect(await h.fire()).toBe(250);
    expect(h.sockets[1]!.url).toBe('ws://gw/api/v1/live?since=ev-1');
    // Refused before opening: the next attempt waits longer and renews the token first.
    h.sockets[1]!.drop();
    expect(await h.fire()).toBe(500);
    expect(h.renewals).toEqual([false, false, true]);
    h.sockets[2]!.open();
    h.sockets[2]!.send(recognized('ev-1'));
    h.sockets[2]!.send(recognized('ev-2'));
    expect(h.pops.map((p) => p.id)).toEqual(['ev-1', 'ev-2']);
    // Open long enough: the next drop starts the backoff over.
    h.advance(10_000);
    h.sockets[2]!.drop();
    expect(await h.fire()).toBe(250);
    expect(h.sockets[3]!.url).toBe('ws://gw/api/v1/live?since=ev-2');
  });

  it('waits (with backoff) while there is no token, and stops for good on stop()', async () => {
    let token: string | null = null;
    const h = harness(() => token);
    h.live.start();
    await h.flush();
    expect(h.sockets).toHaveLength(0);
    expect(h.timers).toHaveLength(1);
    token = 'tok-2';
    await h.fire();
    expect(h.sockets[0]!.protocols).toEqual(['bearer', 'tok-2']);
    h.live.stop();
    expect(h.sockets[0]!.closed).toBe(true);
    h.sockets[0]!.drop();
    expect(h.timers).toHaveLength(0);
    expect(h.live.current).toBe('stopped');
  });

  it('a stop() while waiting for the token leaves one socket after a restart (React strict mode)', async () => {
    const h = harness();
    h.live.start();
    h.live.stop();
    h.live.start();
    await h.flush();
    expect(h.sockets).toHaveLength(1);
  });
});
