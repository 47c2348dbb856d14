#!/usr/bin/env node
// Validates skaffold.yaml offline, since skaffold itself cannot be installed here:
//  1. against skaffold's own JSON schema for its apiVersion, taken from the skaffold Go module
//     (the Go module proxy is a registry we can reach; the zip ships docs-v2/content/en/schemas/);
//  2. the same for the config as each profile turns it (profile JSON patches applied);
//  3. cross-checks the schema cannot express: referenced files exist, every release's image
//     templates name a built artifact, every charts/values/<service>.yaml has a release.
// Usage: node deploy/scripts/validate-skaffold.mjs [path/to/skaffold.yaml]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parseAllDocuments } from 'yaml';

// Newest skaffold the module proxy serves here; its schema set ends at skaffold/v4beta13.
const SKAFFOLD_MODULE = 'github.com/GoogleContainerTools/skaffold/v2@v2.16.1';

const file = path.resolve(process.argv[2] ?? 'skaffold.yaml');
const root = path.dirname(file);
// message -> where it was seen: a base error repeats in every profile, report it once.
const problems = new Map();
const report = (where, message) => problems.set(message, [...(problems.get(message) ?? []), where]);

function schemaDir() {
  let out;
  try {
    // Cached in the Go module cache after the first run (about 45 MB download).
    out = execFileSync('go', ['mod', 'download', '-json', SKAFFOLD_MODULE], {
      encoding: 'utf8',
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    throw new Error(`cannot fetch ${SKAFFOLD_MODULE} with go: ${err.stderr || err.message}`);
  }
  const info = JSON.parse(out);
  if (info.Error || !info.Dir) throw new Error(`go mod download ${SKAFFOLD_MODULE}: ${info.Error}`);
  return path.join(info.Dir, 'docs-v2/content/en/schemas');
}

// RFC 6902 add/replace/remove: the subset skaffold profiles use here.
function applyPatch(doc, patch) {
  const keys = patch.path
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = keys.pop();
  let parent = doc;
  for (const k of keys) {
    if (parent == null || typeof parent !== 'object' || !(k in parent)) {
      throw new Error(`path ${patch.path} does not exist`);
    }
    parent = parent[k];
  }
  if (parent == null || typeof parent !== 'object') throw new Error(`path ${patch.path} does not exist`);
  const op = patch.op ?? 'replace';
  if (Array.isArray(parent)) {
    const i = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(i) || i < 0 || i > parent.length) throw new Error(`bad index in ${patch.path}`);
    if (op === 'add') parent.splice(i, 0, patch.value);
    else if (i === parent.length) throw new Error(`path ${patch.path} does not exist`);
    else if (op === 'replace') parent[i] = patch.value;
    else if (op === 'remove') parent.splice(i, 1);
    else throw new Error(`unsupported op ${op}`);
  } else if (op === 'add' || op === 'replace') {
    if (op === 'replace' && !(last in parent)) throw new Error(`path ${patch.path} does not exist`);
    parent[last] = patch.value;
  } else if (op === 'remove') {
    if (!(last in parent)) throw new Error(`path ${patch.path} does not exist`);
    delete parent[last];
  } else throw new Error(`unsupported op ${op}`);
}

const sanitize = (image) => image.replace(/[./:-]/g, '_'); // as skaffold names IMAGE_* templates

function crossCheck(config, where) {
  const mustExist = (p, what) => {
    if (p && !existsSync(path.resolve(root, p))) report(where, `${what} ${p} does not exist`);
  };
  const artifacts = config.build?.artifacts ?? [];
  const images = new Set(artifacts.map((a) => sanitize(a.image)));
  for (const a of artifacts) {
    const context = a.context ?? '.';
    mustExist(context, `context of ${a.image}:`);
    const dockerfile = a.docker ? path.join(context, a.docker.dockerfile ?? 'Dockerfile') : undefined;
    mustExist(dockerfile, `dockerfile of ${a.image}:`);
  }
  for (const r of config.deploy?.helm?.releases ?? []) {
    mustExist(r.chartPath, `chart of release ${r.name}:`);
    for (const v of r.valuesFiles ?? []) mustExist(v, `values file of release ${r.name}:`);
    for (const [key, tpl] of Object.entries(r.setValueTemplates ?? {})) {
      for (const [, name] of String(tpl).matchAll(/\{\{\s*\.IMAGE_(?:REPO|TAG|DIGEST)_(\w+)\s*\}\}/g)) {
        if (!images.has(name)) report(where, `release ${r.name}: ${key} names no artifact (${name})`);
      }
    }
  }
}

const docs = parseAllDocuments(readFileSync(file, 'utf8'));
const schemas = schemaDir();
const ajv = new Ajv({ allErrors: true, strict: false }); // strict off: x-intellij-* keywords
const validators = new Map();

docs.forEach((d, n) => {
  const label = docs.length > 1 ? `document ${n + 1}` : 'config';
  if (d.errors.length) {
    d.errors.forEach((e) => report(label, e.message));
    return;
  }
  const base = d.toJS();
  const version = /^skaffold\/(v[0-9a-z]+)$/.exec(base?.apiVersion ?? '')?.[1];
  const schemaFile = version && path.join(schemas, `${version}.json`);
  if (!schemaFile || !existsSync(schemaFile)) {
    report(label, `apiVersion ${base?.apiVersion} has no schema in ${SKAFFOLD_MODULE}`);
    return;
  }
  if (!validators.has(version)) {
    validators.set(version, ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8'))));
  }
  const validate = validators.get(version);

  const variants = [['base', base]];
  for (const profile of base.profiles ?? []) {
    const patched = structuredClone(base);
    try {
      for (const p of profile.patches ?? []) applyPatch(patched, p);
      variants.push([`profile ${profile.name}`, patched]);
    } catch (err) {
      report(`${label}, profile ${profile.name}`, `patch: ${err.message}`);
    }
  }
  // Every per-service values file should be deployed by some release.
  const valuesDir = path.join(root, 'charts/values');
  const used = new Set(
    (base.deploy?.helm?.releases ?? []).flatMap((r) => r.valuesFiles ?? []).map((v) => path.resolve(root, v)),
  );
  for (const f of existsSync(valuesDir) ? readdirSync(valuesDir) : []) {
    if (f.endsWith('.yaml') && !used.has(path.join(valuesDir, f))) {
      report(label, `charts/values/${f} is used by no helm release`);
    }
  }
  for (const [name, config] of variants) {
    if (!validate(config)) {
      // The schema is a tree of anyOf branches (one per builder/deployer kind), so one typo
      // fails every branch. The deepest errors are the telling ones; the anyOf summaries are not.
      const errors = validate.errors.filter((e) => e.keyword !== 'anyOf');
      const depth = (e) => e.instancePath.split('/').length;
      const deepest = Math.max(...errors.map(depth));
      for (const e of errors.filter((x) => depth(x) === deepest)) {
        report(`${label}, ${name}`, `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
      }
    }
    crossCheck(config, `${label}, ${name}`);
    // A profile picks the environment: each release must then get exactly one env values file
    // (catches a release added without its patch, or a patch pointing at the wrong release).
    if (name !== 'base') {
      for (const r of config.deploy?.helm?.releases ?? []) {
        const envFiles = (r.valuesFiles ?? []).filter((v) => v.startsWith('charts/values/env/'));
        if (envFiles.length !== 1) {
          report(`${label}, ${name}`, `release ${r.name} has ${envFiles.length} env values files, wants 1`);
        }
      }
    }
  }
  console.log(`${label}: checked ${variants.map(([v]) => v).join(', ')} against skaffold/${version} schema`);
});

if (problems.size) {
  console.error(`${path.relative(process.cwd(), file)} is invalid:`);
  for (const [message, where] of problems) console.error(`  ${message}\n    (${where.join('; ')})`);
  process.exit(1);
}
console.log(`${path.relative(process.cwd(), file)} OK`);
