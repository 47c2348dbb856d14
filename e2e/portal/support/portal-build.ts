// The whole-system browser test needs the portal's static files, fresh: build them when missing
// or older than the sources. Called once, from the e2e project's global setup.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const PORTAL_DIR = path.resolve(__dirname, '../../../services/portal');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function ensurePortalBuilt(): void {
  const index = path.join(PORTAL_DIR, 'dist', 'index.html');
  const sources = Math.max(
    newestMtime(path.join(PORTAL_DIR, 'src')),
    ...['index.html', 'vite.config.ts', 'package.json'].map(
      (f) => statSync(path.join(PORTAL_DIR, f)).mtimeMs,
    ),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execFileSync('npm', ['run', 'build', '-w', 'services/portal'], {
    cwd: path.resolve(PORTAL_DIR, '../..'),
    // jest runs with NODE_ENV=test; the portal is built as it ships.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
}
