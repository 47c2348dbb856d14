// Where a bundle of deploy/local/service-bundle.ts lives and whether it is still fresh. Plain
// JavaScript: `npm start` (start.cjs) checks the runner's own bundle with it before any TypeScript
// can be loaded. A bundle records the source files it was made from and when; it is stale when one
// of them changed after that, is gone, or when the bundler, esbuild or the installed packages changed.
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');

/** <rootDir>/.cache/bundles/<entry's path without its extension>.cjs */
function bundleFile(rootDir, entry) {
  const relative = path.relative(rootDir, entry).replace(/\.[cm]?tsx?$/, '');
  return path.join(rootDir, '.cache/bundles', `${relative}.cjs`);
}

const recordFile = (bundle) => `${bundle}.inputs.json`;

function fingerprint(rootDir) {
  const esbuildManifest = path.join(path.dirname(require.resolve('esbuild')), '../package.json');
  const lockfile = path.join(rootDir, 'package-lock.json');
  const lock = existsSync(lockfile) ? statSync(lockfile) : undefined;
  return createHash('sha256')
    .update(readFileSync(__filename))
    .update(readFileSync(path.join(__dirname, 'service-bundle.ts')))
    .update(JSON.parse(readFileSync(esbuildManifest, 'utf8')).version)
    .update(`${lock?.size}:${lock?.mtimeMs}`)
    .digest('hex');
}

function isFresh(bundle, expected) {
  let record;
  try {
    record = JSON.parse(readFileSync(recordFile(bundle), 'utf8'));
    if (record.fingerprint !== expected || !existsSync(bundle)) return false;
  } catch {
    return false;
  }
  for (const input of record.inputs) {
    try {
      if (statSync(input).mtimeMs > record.builtAt) return false;
    } catch {
      return false; // deleted or renamed: an import changed
    }
  }
  return true;
}

module.exports = { bundleFile, recordFile, fingerprint, isFresh };
