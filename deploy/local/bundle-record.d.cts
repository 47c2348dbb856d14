/** What deploy/local/bundle-record.cjs writes beside a bundle. */
export interface BundleRecord {
  fingerprint: string;
  /** When the build started (ms): an input changed after it makes the bundle stale. */
  builtAt: number;
  /** Absolute paths of the source files it was made from. */
  inputs: string[];
}
export function bundleFile(rootDir: string, entry: string): string;
export function recordFile(bundle: string): string;
export function fingerprint(rootDir: string): string;
export function isFresh(bundle: string, expected: string): boolean;
