import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from './ports';

// Algorithm.Argon2id; the package's enum is a `const enum`, which isolatedModules cannot import.
const ARGON2ID = 2;

export interface Argon2Options {
  memoryKiB: number;
  timeCost: number;
}

/**
 * In domain/ beside secrets.ts: hashing is computation, not I/O. It sits behind the PasswordHasher port
 * so that unit tests need not pay argon2's deliberate cost.
 *
 * argon2id password hashes (PHC strings with their own salt and costs, so raising the costs later
 * keeps old hashes verifiable). Runs on the addon's thread pool, off the event loop.
 */
export async function createArgon2Hasher(options: Argon2Options): Promise<PasswordHasher> {
  const params = {
    algorithm: ARGON2ID,
    memoryCost: options.memoryKiB,
    timeCost: options.timeCost,
    parallelism: 1,
  };
  // Verified when there is no user, so an unknown username takes as long as a wrong password.
  const dummyHash = await hash(randomBytes(24).toString('base64url'), params);
  return {
    hash: (password) => hash(password, params),
    async verify(stored, password) {
      try {
        const ok = await verify(stored ?? dummyHash, password);
        return stored !== undefined && ok;
      } catch {
        return false; // a malformed stored hash never verifies
      }
    },
  };
}
