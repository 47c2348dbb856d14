// npm records, for packages with per-platform binaries (@swc/core, @bufbuild/buf, ...), every
// platform package in `optionalDependencies`, but the registry mirror this project is built from
// serves only some of them, so their lock entries are missing and `npm ci` refuses the lockfile.
// This drops optional references that have no lock entry (they could never be installed here).
// Idempotent; run after `npm install` changes the lockfile (`node .ci/prune-lockfile.mjs`).
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const present = new Set(Object.keys(lock.packages).map((k) => k.replace(/^.*node_modules\//, '')));
let removed = 0;
for (const entry of Object.values(lock.packages)) {
  const optional = entry.optionalDependencies;
  if (!optional) continue;
  for (const name of Object.keys(optional)) {
    if (!present.has(name)) {
      delete optional[name];
      removed += 1;
    }
  }
  if (Object.keys(optional).length === 0) delete entry.optionalDependencies;
}
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.warn(`prune-lockfile: removed ${removed} optional references without a lock entry`);
