/**
 * The same card seen again within `windowMs` of the last time it was seen is the same tap (a card
 * held near a reader, lifted and put back, or read twice). Keyed by card UID: one card cannot be at
 * two readers at once. The removal that belongs to a suppressed tap is suppressed too.
 */
export class TapDeduper {
  private readonly lastSeen = new Map<string, number>();
  private readonly suppressedRemovals = new Set<string>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when this tap is new and should become an event. */
  accept(cardUid: string): boolean {
    const t = this.now();
    const last = this.lastSeen.get(cardUid);
    this.lastSeen.set(cardUid, t);
    if (this.lastSeen.size > 10_000) this.prune(t);
    if (last !== undefined && t - last < this.windowMs) {
      this.suppressedRemovals.add(cardUid);
      return false;
    }
    return true;
  }

  /** True when this removal should become an event. */
  acceptRemoval(cardUid: string): boolean {
    this.lastSeen.set(cardUid, this.now());
    return !this.suppressedRemovals.delete(cardUid);
  }

  private prune(t: number): void {
    for (const [uid, seen] of this.lastSeen) if (t - seen >= this.windowMs) this.lastSeen.delete(uid);
  }
}
