// GET /sites/:id/status and POST /sites/:id/test-tap (gateway sites-status routes).

export interface SiteReader {
  /** "pcsc" or "keyboard-wedge". */
  kind: string;
  name: string;
  desk: string;
  connected: boolean;
}

export interface SiteAgentStatus {
  version: string;
  queueDepth: number;
  lastSentSeq: number;
  lastSentAt: string | null;
  lastAckedAt: string | null;
  oldestUnackedAt: string | null;
  reportedAt: string | null;
  receivedAt: string;
  statusIntervalMs: number;
  drivers: { name: string; healthy: boolean; detail: string }[];
  readers: SiteReader[];
}

export interface SiteStatus {
  siteId: string;
  branchId: string;
  connected: boolean;
  lastSeenAt: string | null;
  /** null: the agent never reported (or not within a day). */
  agent: SiteAgentStatus | null;
}

export interface TestTapInput {
  cardUid?: string;
  desk?: string;
}

export interface TestTapResult {
  eventId: string;
  siteId: string;
  cardUid: string;
  reader: string;
  desk: string;
}
