import { testPrincipal } from '@crm/testing';
import { callExtensionOf, LiveHub, type LiveClient, type LiveMessage } from '../src/live/live-hub';

const msg = (id: string, branchId = 'main'): LiveMessage => ({
  type: 'crm.customers.customer.recognized',
  id,
  occurredAt: '2026-01-01T00:00:00.000Z',
  branchId,
  payload: {},
});

function client(
  branchId: string,
  dataScope: 'all' | 'branch' = 'branch',
  extension?: string,
  userId?: string,
) {
  const got: string[] = [];
  const c: LiveClient = {
    principal: testPrincipal({ branchId, dataScope, ...(userId ? { userId } : {}) }),
    extension,
    send: (m) => got.push(m.id),
  };
  return { c, got };
}

/** A call pop (recognized) of `branchId` ringing `extension`. */
const call = (id: string, extension: string, branchId = 'main'): LiveMessage => ({
  ...msg(id, branchId),
  payload: { source: 'call', extension, callerNumber: '+8613800138000' },
});
/** A card tap pop. */
const card = (id: string, branchId = 'main'): LiveMessage => ({
  ...msg(id, branchId),
  payload: { source: 'card', extension: '', desk: 'counter-1' },
});

describe('LiveHub', () => {
  it('sends to the clients that may see the branch, once per id', () => {
    const hub = new LiveHub({ replayMs: 60_000 });
    const a = client('a');
    const b = client('b');
    const all = client('x', 'all');
    for (const x of [a, b, all]) hub.add(x.c);
    hub.publish(msg('1', 'a'));
    hub.publish(msg('1', 'a'));
    hub.publish(msg('2', 'b'));
    expect(a.got).toEqual(['1']);
    expect(b.got).toEqual(['2']);
    expect(all.got).toEqual(['1', '2']);
  });

  it('replays after `since` in order, everything when `since` is unknown, without repeats', () => {
    const hub = new LiveHub({ replayMs: 60_000 });
    for (const id of ['1', '2', '3']) hub.publish(msg(id, 'a'));
    hub.publish(msg('4', 'b'));
    const a = client('a');
    hub.add(a.c, '1');
    hub.replay(a.c, '1');
    expect(a.got).toEqual(['2', '3']);
    const fresh = client('a');
    hub.add(fresh.c, 'gone');
    expect(fresh.got).toEqual(['1', '2', '3']);
  });

  it('keeps only the replay window and at most maxPerBranch per branch', () => {
    let now = 0;
    const hub = new LiveHub({ replayMs: 1_000, maxPerBranch: 2, now: () => now });
    hub.publish(msg('1'));
    now = 500;
    hub.publish(msg('2'));
    hub.publish(msg('3'));
    const c1 = client('main');
    hub.add(c1.c, 'none');
    expect(c1.got).toEqual(['2', '3']);
    now = 1_600;
    const c2 = client('main');
    hub.add(c2.c, 'none');
    expect(c2.got).toEqual([]);
  });

  describe('call pops go to the ringing extension', () => {
    it('reads the extension of call pops only', () => {
      expect(callExtensionOf(call('1', '802'))).toBe('802');
      expect(callExtensionOf(call('1', ''))).toBeUndefined();
      expect(
        callExtensionOf({ ...card('1'), payload: { source: 'card', extension: '802' } }),
      ).toBeUndefined();
      expect(callExtensionOf(msg('1'))).toBeUndefined();
      expect(callExtensionOf({ ...msg('1'), payload: null })).toBeUndefined();
    });

    it('sends a call to the users of that extension in that branch only; card taps to the whole branch', () => {
      const hub = new LiveHub({ replayMs: 60_000 });
      const u801 = client('main', 'branch', '801');
      const u802 = client('main', 'branch', '802');
      const u802phone = client('main', 'branch', '802');
      const none = client('main');
      // Same extension in another branch (another PBX), with data scope all: not this call's phone.
      const other802 = client('other', 'all', '802');
      for (const x of [u801, u802, u802phone, none, other802]) hub.add(x.c);
      hub.publish(call('c1', '802'));
      hub.publish(card('t1'));
      hub.publish(call('c2', ''));
      expect(u802.got).toEqual(['c1', 't1', 'c2']);
      expect(u802phone.got).toEqual(['c1', 't1', 'c2']);
      expect(u801.got).toEqual(['t1', 'c2']);
      expect(none.got).toEqual(['t1', 'c2']);
      expect(other802.got).toEqual(['t1', 'c2']);
    });

    it('sends a call to the whole branch when nobody with that extension is connected', () => {
      const hub = new LiveHub({ replayMs: 60_000 });
      const u801 = client('main', 'branch', '801');
      const none = client('main');
      const elsewhere = client('other', 'branch', '803');
      const other803 = client('other', 'all', '803');
      for (const x of [u801, none, elsewhere, other803]) hub.add(x.c);
      hub.publish(call('c1', '803'));
      expect(u801.got).toEqual(['c1']);
      expect(none.got).toEqual(['c1']);
      // Data scope all sees the branch-wide fallback too; the other branch's staff do not.
      expect(other803.got).toEqual(['c1']);
      expect(elsewhere.got).toEqual([]);
    });

    it('replays with the same targeting: a targeted call only to its users or extension, a fallback to all', () => {
      const hub = new LiveHub({ replayMs: 60_000 });
      const live802 = client('main', 'branch', '802', 'user-802');
      hub.add(live802.c);
      hub.publish(call('c1', '802')); // targeted: 802 is connected
      hub.remove(live802.c);
      hub.publish(call('c2', '802')); // nobody with 802: the whole branch
      hub.publish(card('t1'));

      const again802 = client('main', 'branch', '802', 'user-802');
      hub.add(again802.c, 'none');
      expect(again802.got).toEqual(['c1', 'c2', 't1']);
      // The same user on a device connected before identity answered (no extension known): by user id.
      const sameUser = client('main', 'branch', undefined, 'user-802');
      hub.add(sameUser.c, 'none');
      expect(sameUser.got).toEqual(['c1', 'c2', 't1']);
      const u801 = client('main', 'branch', '801');
      hub.add(u801.c, 'none');
      expect(u801.got).toEqual(['c2', 't1']);
    });
  });
});
