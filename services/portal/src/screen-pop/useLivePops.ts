import { useCallback, useEffect, useState } from 'react';
import { liveSocketUrl, liveToken } from '../api/live';
import { LiveConnection, type LiveState, type WebSocketLike } from './live-connection';
import type { ScreenPop } from './live-message';

/** Pops kept on screen at most (newest first); older ones drop off the stack. */
const MAX_POPS = 5;
/** Per tab: a reload resumes after the last pop received, so the pops of the reload are not missed. */
const RESUME_KEY = 'crm.live.since';

/**
 * The tab's one live connection while `enabled` (the user may read customers): the pops received,
 * newest first, and the connection state. Reconnects at once when the browser is back online.
 */
export function useLivePops(enabled: boolean) {
  const [pops, setPops] = useState<ScreenPop[]>([]);
  const [state, setState] = useState<LiveState>('stopped');

  useEffect(() => {
    if (!enabled) return undefined;
    const live = new LiveConnection({
      url: (since) => liveSocketUrl(since, window.location),
      since: sessionStorage.getItem(RESUME_KEY) ?? undefined,
      onResumePoint: (id) => sessionStorage.setItem(RESUME_KEY, id),
      token: liveToken,
      createSocket: (url, protocols) => new WebSocket(url, protocols) as unknown as WebSocketLike,
      onPop: (pop) => setPops((current) => [pop, ...current].slice(0, MAX_POPS)),
      onState: setState,
    });
    live.start();
    const online = () => live.reconnectNow();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      live.stop();
    };
  }, [enabled]);

  const dismiss = useCallback((id: string) => setPops((current) => current.filter((p) => p.id !== id)), []);
  const clear = useCallback(() => setPops([]), []);
  return { pops, state, dismiss, clear };
}
