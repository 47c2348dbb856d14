/**
 * The expiry (ms since the epoch) of a JWT access token, read from its payload without verifying it
 * (the gateway verifies; the portal only decides when to renew); undefined when unreadable.
 */
export function tokenExpiresAt(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='))) as { exp?: unknown };
    return typeof json.exp === 'number' ? json.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** True when the token is unreadable or expires within `marginMs` of `now`. */
export function tokenNeedsRenewal(token: string, now: number, marginMs = 30_000): boolean {
  const exp = tokenExpiresAt(token);
  return exp === undefined || exp - now <= marginMs;
}
