// `npm start`: runs the runner (deploy/local/start.ts, or the entry given as argument: the runner's
// tests give a fixture) from its bundle, made again first when its sources changed (TypeScript
// through tsx once, to make it). Booting the bundle with plain node takes a fraction of loading tsx
// and compiling the runner on every start.
'use strict';
const path = require('node:path');
const { bundleFile, fingerprint, isFresh } = require('./bundle-record.cjs');

const root = path.resolve(__dirname, '../..');
// Options (`npm start -- --demo`) are the runner's: the entry is the first argument that is not one.
const given = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const entry = path.resolve(given ?? path.join(__dirname, 'start.ts'));

async function main() {
  const bundle = bundleFile(root, entry);
  if (process.env.CRM_BUNDLE === '0') {
    require('tsx/cjs/api').register();
    require(entry);
    return;
  }
  if (!isFresh(bundle, fingerprint(root))) {
    const unregister = require('tsx/cjs/api').register();
    await require('./service-bundle.ts').ensureBundles(root, [entry]);
    unregister();
  }
  process.setSourceMapsEnabled(true);
  require(bundle);
}

main().catch((error) => {
  console.error(`Could not start the runner: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
