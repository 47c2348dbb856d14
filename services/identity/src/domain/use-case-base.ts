import { systemClock, type Clock, type IdentityStore } from './ports';

/** What most use-case classes need: the store, and a clock that tests may set. */
export interface StoreDeps {
  store: IdentityStore;
  clock?: Clock;
}

/** The base of the use-case classes: their dependencies, and the clock (the system's unless given). */
export abstract class UseCases<D extends { clock?: Clock }> {
  protected readonly clock: Clock;

  constructor(protected readonly deps: D) {
    this.clock = deps.clock ?? systemClock;
  }
}
