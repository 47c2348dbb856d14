import type { GatewayConfig } from '../config';

export interface LiveOptions {
  replayMs: number;
  /** Ping interval; a socket that has not answered the previous ping is closed. */
  heartbeatMs: number;
}

/** The live endpoint's settings, from the gateway's validated config. */
export function liveOptionsFrom(config: Pick<GatewayConfig, 'LIVE_REPLAY_MINUTES'>): LiveOptions {
  return { replayMs: config.LIVE_REPLAY_MINUTES * 60_000, heartbeatMs: 25_000 };
}
