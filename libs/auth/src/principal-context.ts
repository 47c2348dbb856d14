import { AsyncLocalStorage } from 'node:async_hooks';
import { principalSchema, type Principal } from './principal';

const storage = new AsyncLocalStorage<Principal | undefined>();

/** Runs `fn` on behalf of `principal`: outgoing gRPC calls and new events carry it. */
export function runAsPrincipal<T>(principal: Principal | undefined, fn: () => T): T {
  return storage.run(principal, fn);
}

export function currentPrincipal(): Principal | undefined {
  return storage.getStore();
}

/** gRPC metadata key; binary because names may be Chinese. */
export const PRINCIPAL_METADATA_KEY = 'x-crm-principal-bin';

export function encodePrincipal(principal: Principal): Buffer {
  return Buffer.from(JSON.stringify(principal), 'utf8');
}

/** Decodes and validates; a malformed principal is treated as none. */
export function decodePrincipal(raw: unknown): Principal | undefined {
  if (!Buffer.isBuffer(raw)) return undefined;
  try {
    const parsed = principalSchema.safeParse(JSON.parse(raw.toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
