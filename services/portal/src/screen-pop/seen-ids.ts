/**
 * The event ids already shown, so that a pop is never shown twice (a replay after a reconnect sends
 * again what the server cannot know we had). Bounded: the oldest ids are forgotten first; the server
 * replays only its last minutes, far fewer than the bound.
 */
export class SeenIds {
  private readonly ids = new Set<string>();

  constructor(private readonly max = 1_000) {}

  /** True the first time an id is offered, false after. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  get size(): number {
    return this.ids.size;
  }
}
