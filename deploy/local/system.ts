// startSystem: what `npm start` does, as a function the whole-system tests and benchmarks call.
import {
  createDatabaseIfMissing,
  databaseUrl,
  describeError,
  redactUrl,
  type DevServer,
} from '@crm/devservers';
import { formatLogLine } from './log-format';
import { assignPorts, entryOf, preflight } from './preflight';
import { ensurePortalBuilt } from './portal-build';
import { adminPasswordBanner, planDemo } from './demo-start';
import { startServers, type Servers } from './servers';
import { ensureBundles } from './service-bundle';
import { spawnService, type ServiceProcess } from './service-process';
import { loadOrCreateSigningKeys } from './signing-keys';
import type { ServiceDefinition } from './service.types';
import { startLevels } from './start-order';
import { databaseName, resolveSystemConfig, type SystemOptions } from './system-options';
import type { DemoStart, RunningServer, RunningService, RunningSystem, ServiceFailure } from './system.types';
import { waitListening, waitReady } from './wait-ready';

export type { SystemOptions } from './system-options';
export type { DemoStart, RunningServer, RunningService, RunningSystem, ServiceFailure } from './system.types';
export { describeExit } from './wait-ready';

/** Creates the database unless it exists; true when made now. */
async function createDatabase(serverUrl: string, name: string): Promise<boolean> {
  try {
    return await createDatabaseIfMissing(serverUrl, name);
  } catch (error) {
    throw new Error(`Could not create database ${name} on ${redactUrl(serverUrl)}: ${describeError(error)}`);
  }
}

const serverInfo = (server: DevServer): RunningServer => ({
  url: server.url,
  started: server.started,
  pid: server.pid,
  logFile: server.logFile,
  dataLocation: server.dataLocation,
});

/** Where a service listens and where it is reached: on 127.0.0.1 when it listens on every interface. */
const addressesOf = (service: ServiceDefinition, host: string, port: number) => {
  const reachAt = host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    port,
    listen: `${host}:${port}`,
    address: `${reachAt}:${port}`,
    url: service.kind === 'http' ? `http://${reachAt}:${port}` : undefined,
  };
};

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Starts the servers, one database per service, and every service in dependency order. */
export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const config = resolveSystemConfig(options);
  const levels = startLevels(config.registry);
  const nameWidth = Math.max('runner'.length, ...config.registry.map((service) => service.name.length));
  const logFormat = { raw: config.logRaw, color: config.color, nameWidth };
  const say = (message: string): void => config.output?.(formatLogLine('runner', message, logFormat));
  await preflight(config);
  const signingKeys = await loadOrCreateSigningKeys(config.dataDir);
  const hostOf = (service: ServiceDefinition): string =>
    service.kind === 'http' ? config.listenHost : '127.0.0.1';

  // Aborted by the caller, or by us when one service fails so its siblings stop waiting.
  const startup = new AbortController();
  const onCallerAbort = (): void => startup.abort(config.signal?.reason);
  config.signal?.addEventListener('abort', onCallerAbort, { once: true });

  const processes = new Map<string, ServiceProcess>();
  let servers: Servers | undefined;
  let stopping = false;
  let reportFailure: (failure: ServiceFailure) => void = () => undefined;
  const failure = new Promise<ServiceFailure>((resolve) => (reportFailure = resolve));
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      stopping = true;
      for (const level of [...levels].reverse()) {
        await Promise.all(level.map((service) => processes.get(service.name)?.stop()));
      }
      await servers?.stop();
    })());

  const startService = async (
    service: ServiceDefinition,
    running: Record<string, RunningService>,
    ports: Map<string, number>,
  ): Promise<void> => {
    const port = ports.get(service.name) as number;
    const host = hostOf(service);
    const database = service.database ? databaseName(config, service.name) : undefined;
    const info: RunningService = {
      name: service.name,
      kind: service.kind,
      pid: 0,
      ...addressesOf(service, host, port),
      database,
      databaseUrl: database && servers ? databaseUrl(servers.postgres.url, database) : undefined,
    };
    const own = service.env({
      port,
      host,
      edgePort: config.edgePort,
      databaseUrl: info.databaseUrl,
      natsUrl: servers?.nats.url as string,
      redisUrl: servers?.redis.url as string,
      redisPrefix: databaseName(config, service.name),
      logLevel: config.logLevel,
      signingKeys,
      adminPassword: demo?.load ? demo.adminPassword : config.adminPassword,
      addressOf: (name) => {
        const dependency = running[name];
        if (!service.dependsOn.includes(name) || !dependency || dependency.kind !== 'grpc') {
          throw new Error(
            `Service "${service.name}" asks for the address of "${name}", not a gRPC dependency of it`,
          );
        }
        return dependency.address;
      },
    });
    const nodeOptions = [process.env.NODE_OPTIONS, config.nodeOptions, own.NODE_OPTIONS].filter(Boolean);
    const env = {
      // Every service verifies callers' access tokens itself (DESIGN rule 5).
      JWT_PUBLIC_KEY: signingKeys.publicKeyPem,
      ...own,
      ...(nodeOptions.length ? { NODE_OPTIONS: nodeOptions.join(' ') } : {}),
      // The caller's extras last: a test or benchmark may override anything (e.g. NATS_NAMESPACE).
      ...config.serviceEnv,
    };
    if (service.servesPortal) await portal;
    const startedAt = Date.now();
    const proc = await spawnService({
      name: service.name,
      nodeArgs: await nodeArgsOf(service),
      cwd: config.rootDir,
      env,
      detached: config.detached,
      onLine: (line) => config.output?.(formatLogLine(service.name, line, logFormat)),
    });
    processes.set(service.name, proc);
    info.pid = proc.pid;
    void proc.exited.then((exit) => {
      if (!stopping) reportFailure({ service: service.name, ...exit, tail: proc.tail() });
    });
    // Probed, and given to its dependents, at the port it bound itself (0: any free one).
    const bound = await waitListening(config, info, proc, startup.signal);
    Object.assign(info, addressesOf(service, host, bound));
    await waitReady(config, info, proc, startup.signal);
    running[service.name] = info;
    say(`${service.name} ready on ${info.url ?? info.address} in ${Date.now() - startedAt} ms`);
  };

  // Side by side with the servers' start: the services' bundles and, if one serves it, the portal.
  const startedAt = Date.now();
  const bundles = config.bundle
    ? ensureBundles(
        config.rootDir,
        config.registry.map((service) => entryOf(config, service)),
      ).then((outcome) => {
        if (outcome.built.length)
          say(`bundled ${outcome.built.length} of ${outcome.files.size} service entries`);
        return outcome.files;
      })
    : undefined;
  const portal = config.registry.some((service) => service.servesPortal)
    ? ensurePortalBuilt(config.rootDir, say, { quiet: true }).then(() => undefined)
    : Promise.resolve();
  // Awaited where used; a failure here must not surface as an unhandled rejection meanwhile.
  void bundles?.catch(() => undefined);
  void portal.catch(() => undefined);
  const nodeArgsOf = async (service: ServiceDefinition): Promise<string[]> => {
    const entry = entryOf(config, service);
    const bundle = (await bundles)?.get(entry);
    return bundle ? ['--enable-source-maps', bundle] : ['--import', 'tsx', entry];
  };
  let serversMs = 0;
  let demo: DemoStart | undefined;

  try {
    say('starting PostgreSQL, NATS and Redis');
    servers = await startServers(config);
    serversMs = Date.now() - startedAt;
    say(`servers ready in ${serversMs} ms`);
    startup.signal.throwIfAborted();
    const postgresUrl = servers.postgres.url;
    const databases = config.registry.filter((service) => service.database);
    const created = await Promise.all(
      databases.map((service) => createDatabase(postgresUrl, databaseName(config, service.name))),
    );
    if (config.demo) {
      demo = planDemo(
        new Map(databases.map((service, i) => [service.name, created[i] as boolean])),
        config.adminPassword,
      );
      if (demo.load && demo.chosenByRunner)
        for (const line of adminPasswordBanner(demo.adminPassword)) say(line);
    }
    const ports = await assignPorts(config);
    const running: Record<string, RunningService> = {};
    for (const level of levels) {
      startup.signal.throwIfAborted();
      const results = await Promise.allSettled(
        level.map((service) =>
          startService(service, running, ports).catch((error: unknown) => {
            startup.abort();
            throw error;
          }),
        ),
      );
      const errors = results.flatMap((result) =>
        result.status === 'rejected' ? [result.reason as unknown] : [],
      );
      // The caller's abort first; else the real failure, not the siblings' "aborted".
      if (config.signal?.aborted) throw config.signal.reason;
      const [firstError] = errors.filter((error) => !(error instanceof Error && error.name === 'AbortError'));
      if (errors.length) throw firstError ?? errors[0];
    }
    config.signal?.removeEventListener('abort', onCallerAbort);
    const front = Object.values(running).find((service) => service.kind === 'http');
    return {
      httpUrl: front?.url ?? '',
      listenHost: config.listenHost,
      edgeIngress: front && config.edgePort ? `${config.listenHost}:${config.edgePort}` : undefined,
      timings: `servers ${seconds(serversMs)}, services ${seconds(Date.now() - startedAt - serversMs)}`,
      services: running,
      servers: {
        postgres: serverInfo(servers.postgres),
        nats: serverInfo(servers.nats),
        redis: serverInfo(servers.redis),
      },
      dataDir: config.dataDir,
      rootDir: config.rootDir,
      bundled: config.bundle,
      demo,
      failure,
      stop,
    };
  } catch (error) {
    startup.abort();
    await stop();
    throw error;
  }
}
