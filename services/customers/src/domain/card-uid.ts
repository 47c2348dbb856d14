/**
 * A card UID as readers report it (hex, any case, often with spaces, colons or dashes between bytes)
 * → upper-case hex without separators; undefined unless it is 4 to 10 whole bytes (ISO 14443 UIDs are
 * 4, 7 or 10 bytes; some readers report 8).
 */
export function normalizeCardUid(raw: string): string | undefined {
  const compact = raw
    .normalize('NFKC')
    .trim()
    .replace(/[\s:-]/g, '')
    .toUpperCase();
  return /^(?:[0-9A-F]{2}){4,10}$/.test(compact) ? compact : undefined;
}
