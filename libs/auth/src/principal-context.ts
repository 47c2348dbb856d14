import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './principal';

/** The caller of the current request and the access token that proves it. */
interface Caller {
  principal: Principal | undefined;
  token: string | undefined;
}

const storage = new AsyncLocalStorage<Caller>();

/** Runs `fn` on behalf of `principal`; outgoing gRPC calls forward `token`, and new events carry the actor. */
export function runAsPrincipal<T>(principal: Principal | undefined, fn: () => T, token?: string): T {
  return storage.run({ principal, token }, fn);
}

export function currentPrincipal(): Principal | undefined {
  return storage.getStore()?.principal;
}

export function currentAccessToken(): string | undefined {
  return storage.getStore()?.token;
}
