import { systemClock, type Clock, type IdentityStore } from './ports';

/** What most use cases need: the store, and a clock that tests may set. */
export interface StoreDeps {
  store: IdentityStore;
  clock?: Clock;
}

/** The time by the use case's clock (the system's unless the dependencies give one). */
export const nowOf = (deps: { clock?: Clock }): Date => (deps.clock ?? systemClock).now();
