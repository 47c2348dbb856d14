import { randomBytes } from 'node:crypto';

/** Short random lowercase hex, enough to keep parallel test files (and runs) apart. */
export function randomId(bytes = 6): string {
  return randomBytes(bytes).toString('hex');
}
