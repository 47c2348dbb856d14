import { testPrincipal } from '@crm/testing';
import { LiveHub, type LiveClient, type LiveMessage } from '../src/live/live-hub';

const msg = (id: string, branchId = 'main'): LiveMessage => ({
  type: 'crm.customers.customer.recognized',
  id,
  occurredAt: '2026-01-01T00:00:00.000Z',
  branchId,
  payload: {},
});

function client(branchId: string, dataScope: 'all' | 'branch' = 'branch') {
  const got: string[] = [];
  const c: LiveClient = { principal: testPrincipal({ branchId, dataScope }), send: (m) => got.push(m.id) };
  return { c, got };
}

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
});
