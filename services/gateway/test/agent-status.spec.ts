import { agentConnected, randomTestUid } from '../src/edge/agent-status';
import type { StoredAgentStatus } from '../src/edge/edge-ingress';

const at = (iso: string) => new Date(iso);
const status = (over: Partial<StoredAgentStatus> = {}): StoredAgentStatus => ({
  siteId: 's',
  branchId: 'b',
  queueDepth: 0,
  lastSentSeq: 0,
  lastSentAt: null,
  lastAckedAt: null,
  oldestUnackedAt: null,
  reportedAt: null,
  agentVersion: '0.1.0',
  drivers: [{ name: 'ingress', healthy: true, detail: 'connected' }],
  readers: [],
  statusIntervalMs: 10_000,
  receivedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('agent connected', () => {
  it('is connected until two reports plus a grace period are overdue', () => {
    expect(agentConnected(status(), at('2026-01-01T00:00:25.000Z'))).toBe(true);
    expect(agentConnected(status(), at('2026-01-01T00:00:25.001Z'))).toBe(false);
  });

  it('uses the default interval (30 s) for agents that do not report theirs', () => {
    expect(agentConnected(status({ statusIntervalMs: 0 }), at('2026-01-01T00:01:05.000Z'))).toBe(true);
    expect(agentConnected(status({ statusIntervalMs: 0 }), at('2026-01-01T00:01:05.001Z'))).toBe(false);
  });

  it('is not connected without a report, or when the agent says its link is down', () => {
    expect(agentConnected(undefined, at('2026-01-01T00:00:01.000Z'))).toBe(false);
    const down = status({ drivers: [{ name: 'ingress', healthy: false, detail: 'backoff' }] });
    expect(agentConnected(down, at('2026-01-01T00:00:01.000Z'))).toBe(false);
    expect(agentConnected(status({ receivedAt: 'garbage' }), at('2026-01-01T00:00:01.000Z'))).toBe(false);
  });

  it('makes 7-byte upper-case hex test UIDs', () => {
    expect(randomTestUid(() => new Uint8Array([4, 0xa1, 2, 3, 4, 5, 0xff]))).toBe('04A102030405FF');
  });
});
