import type { StoredAgentStatus } from './edge-ingress';

/** The agent's own default STATUS_INTERVAL_MS, for agents that do not report theirs. */
export const DEFAULT_STATUS_INTERVAL_MS = 30_000;
/** Slack on top of two missed reports (clock skew, a slow link). */
const GRACE_MS = 5_000;

/**
 * Whether a site's agent counts as connected: its last report said its link to the ingress was up,
 * and the next report is not overdue (two intervals plus a grace period). Agents report on every
 * (re)connect and every interval, so a dead agent or link shows as disconnected within that time.
 */
export function agentConnected(status: StoredAgentStatus | undefined, now: Date): boolean {
  if (!status) return false;
  const receivedAt = Date.parse(status.receivedAt);
  if (Number.isNaN(receivedAt)) return false;
  const interval = status.statusIntervalMs > 0 ? status.statusIntervalMs : DEFAULT_STATUS_INTERVAL_MS;
  const linkUp = status.drivers.find((d) => d.name === 'ingress')?.healthy ?? true;
  return linkUp && now.getTime() - receivedAt <= 2 * interval + GRACE_MS;
}

/** The reader name of test taps from the portal, recognisable in pops and timelines. */
export const TEST_TAP_READER = 'portal-test';

/** A random 7-byte UID (the common ISO 14443 length), for a test tap without a card: an unknown card. */
export function randomTestUid(random: (n: number) => Uint8Array): string {
  return Buffer.from(random(7)).toString('hex').toUpperCase();
}
