// A service as one JavaScript file: its TypeScript and that of the libs it imports, bundled with
// esbuild, and every npm package left to Node's own require (so packages load exactly as they do
// under tsx, with their own files and native addons). Started with plain `node`, a service boots
// in about half the time and with 30-50 MB less memory than under tsx, which resolves and compiles
// every file on each start through a loader thread and keeps an esbuild process per service.
// A bundle is made again only when one of its inputs, the lockfile or the bundler changed
// (bundle-record.cjs).
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import type * as esbuild from 'esbuild';
import { bundleFile, fingerprint, isFresh, recordFile, type BundleRecord } from './bundle-record.cjs';

export { bundleFile };

/**
 * Our TypeScript refers to files beside it (migrations, proto files, the portal, a worker's entry) by
 * __dirname and require.resolve: those keep pointing at the source folder. Any other package is
 * external, required by the file Node resolves for the importing source file (a lib's own
 * node_modules included), so the bundle's location does not change what is loaded.
 */
const sourcePaths: esbuild.Plugin = {
  name: 'crm-source-paths',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@crm/')) return undefined; // our libs: bundled
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      try {
        return { path: createRequire(args.importer).resolve(args.path), external: true };
      } catch {
        return { path: args.path, external: true }; // optional or ESM-only: Node decides at run time
      }
    });
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      const file = JSON.stringify(args.path);
      const contents = (await readFile(args.path, 'utf8'))
        .replace(/\b__dirname\b/g, JSON.stringify(path.dirname(args.path)))
        .replace(/\b__filename\b/g, file)
        .replace(/\brequire\.resolve\(/g, `require('node:module').createRequire(${file}).resolve(`);
      const typescript = /\.[cm]?tsx?$/.test(args.path);
      return { contents, loader: typescript ? (args.path.endsWith('x') ? 'tsx' : 'ts') : 'js' };
    });
  },
};

async function build(api: typeof esbuild, entry: string, bundle: string, expected: string): Promise<void> {
  const builtAt = Date.now();
  const result = await api.build({
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Error classes keep their names (logs and error mapping show them).
    keepNames: true,
    sourcemap: 'linked',
    sourcesContent: false,
    plugins: [sourcePaths],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  await mkdir(path.dirname(bundle), { recursive: true });
  // Written under a temporary name and renamed: a runner starting at the same time never reads half a file.
  const temporary = `.${process.pid}.tmp`;
  for (const output of result.outputFiles) await writeFile(output.path + temporary, output.contents);
  const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(input));
  await writeFile(
    recordFile(bundle) + temporary,
    JSON.stringify({ fingerprint: expected, builtAt, inputs } satisfies BundleRecord),
  );
  for (const output of result.outputFiles) await rename(output.path + temporary, output.path);
  await rename(recordFile(bundle) + temporary, recordFile(bundle));
}

export interface BundleOutcome {
  /** Bundle file by entry file. */
  files: Map<string, string>;
  /** The entries bundled now (the others were fresh). */
  built: string[];
}

/** Makes the bundle of every entry that has none or a stale one; returns where they are. */
export async function ensureBundles(rootDir: string, entries: readonly string[]): Promise<BundleOutcome> {
  const unique = [...new Set(entries)];
  const files = new Map(unique.map((entry) => [entry, bundleFile(rootDir, entry)]));
  const expected = fingerprint(rootDir);
  const stale = unique.filter((entry) => !isFresh(files.get(entry) as string, expected));
  if (stale.length) {
    // Loaded only when something is to be built: the esbuild service process then stops again.
    const api = await import('esbuild');
    try {
      await Promise.all(
        stale.map((entry) =>
          build(api, entry, files.get(entry) as string, expected).catch(async (error: unknown) => {
            await rm(recordFile(files.get(entry) as string), { force: true });
            throw new Error(
              `Could not bundle ${path.relative(rootDir, entry)}: ${describeBuildError(error)}`,
            );
          }),
        ),
      );
    } finally {
      await api.stop();
    }
  }
  return { files, built: stale };
}

function describeBuildError(error: unknown): string {
  const failure = error as { errors?: esbuild.Message[] };
  if (failure.errors?.length) {
    return failure.errors
      .map((message) =>
        message.location
          ? `${message.location.file}:${message.location.line}: ${message.text}`
          : message.text,
      )
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}
