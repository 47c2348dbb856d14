/** A server that `npm start` or the tests need; either one we started or one reachable at a given URL. */
export interface DevServer {
  /** Connection URL (for PostgreSQL: the superuser URL of the `postgres` maintenance database). */
  readonly url: string;
  /** True when this process started the server (so stop() stops it); false for a given URL. */
  readonly started: boolean;
  /** OS process id of the server we started. */
  readonly pid?: number;
  /** Where the started server writes its own log (tail shown on start-up failures). */
  readonly logFile?: string;
  /** Where the started server keeps its data (PostgreSQL: its cluster, as root maybe outside the data folder). */
  readonly dataLocation?: string;
  /** Stops the server if we started it; a no-op for a given URL. Safe to call twice. */
  stop(): Promise<void>;
}

export interface DevServerOptions {
  /** Use this server instead of starting one: it must answer, or ensure* throws naming it. */
  url?: string;
  /** Folder holding the data of the servers we start (`.data/` for `npm start`). */
  dataDir: string;
  /** Port of the server we start, on 127.0.0.1. */
  port?: number;
  /**
   * Start the server in its own session, so a Ctrl-C in the terminal does not reach it and the
   * caller decides when it stops (the `npm start` runner stops services first, servers last).
   * Default false: the server gets the terminal's Ctrl-C together with its parent.
   */
  detached?: boolean;
  /** How long to wait for a started server to accept connections. */
  startTimeoutMs?: number;
  /** Environment variable the user can set instead, named in error messages. */
  urlEnvVar?: string;
  /**
   * PostgreSQL as root: where clusters and binaries go that its OS user could not reach in the data
   * folder (default /var/lib/crm; tests give their own).
   */
  systemClustersDir?: string;
}
