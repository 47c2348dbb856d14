// The portal's static files (services/portal/dist), which the gateway serves at `/`: built when they
// are missing or older than the portal's sources. `npm start` builds them before it starts the
// gateway (which looks for them once, at its start), the whole-system tests in their global setup.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const portalDir = (rootDir: string): string => path.join(rootDir, 'services/portal');

/** What the build reads besides src/ (the lockfile: a new antd or React changes the output). */
const BUILD_INPUTS = ['index.html', 'vite.config.ts', 'package.json', 'tsconfig.json', 'public'];

function newestMtime(file: string): number {
  const info = statSync(file, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

/** Why the portal must be built ('missing', 'stale'), or undefined when dist/ is fresh. */
export function portalBuildNeeded(rootDir: string): 'missing' | 'stale' | undefined {
  const dir = portalDir(rootDir);
  const index = statSync(path.join(dir, 'dist/index.html'), { throwIfNoEntry: false });
  if (!index) return 'missing';
  const sources = Math.max(
    newestMtime(path.join(dir, 'src')),
    ...BUILD_INPUTS.map((input) => newestMtime(path.join(dir, input))),
    newestMtime(path.join(rootDir, 'package-lock.json')),
  );
  return sources > index.mtimeMs ? 'stale' : undefined;
}

export interface PortalBuildOptions {
  /** `npm run build -w services/portal` (its type check, then Vite) instead of Vite alone (faster). */
  typecheck?: boolean;
  /** Where the build's output goes: the caller's stdout/stderr (default), or nowhere but the error. */
  quiet?: boolean;
}

/** The `vite` program of the portal's Vite (its package exports no bin/ path, its package.json names it). */
function viteBin(dir: string): string {
  const manifest = require.resolve('vite/package.json', { paths: [dir] });
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { vite: string } };
  return path.join(path.dirname(manifest), bin.vite);
}

/** Builds the portal as it ships (NODE_ENV=production: jest and the services' tests run with test). */
export async function buildPortal(rootDir: string, options: PortalBuildOptions = {}): Promise<void> {
  const dir = portalDir(rootDir);
  const [command, args, cwd] = options.typecheck
    ? ['npm', ['run', 'build', '-w', 'services/portal'], rootDir]
    : [process.execPath, [viteBin(dir), 'build'], dir];
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => (output += chunk));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  if (code !== 0) {
    throw new Error(
      `The portal's build failed (${signal ?? `exit code ${code}`})` +
        (output ? `:\n${output.trimEnd().split('\n').slice(-30).join('\n')}` : ''),
    );
  }
}

/** Builds the portal unless dist/ is fresh; says so first through `say`. Resolves whether it built. */
export async function ensurePortalBuilt(
  rootDir: string,
  say: (message: string) => void = (message) => console.error(message),
  options: PortalBuildOptions = {},
): Promise<boolean> {
  if (!existsSync(portalDir(rootDir))) throw new Error(`There is no portal at ${portalDir(rootDir)}`);
  const needed = portalBuildNeeded(rootDir);
  if (!needed) return false;
  say(
    needed === 'missing'
      ? 'building the portal (services/portal/dist is missing; once, a few seconds)'
      : 'building the portal (its sources changed since services/portal/dist was built)',
  );
  await buildPortal(rootDir, options);
  return true;
}
