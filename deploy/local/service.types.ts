export type ServiceKind = 'grpc' | 'http';

/** What the runner knows when it builds a service's environment. */
export interface ServiceEnvContext {
  /** The port the service must listen on (GRPC_PORT or HTTP_PORT). */
  port: number;
  /**
   * The address it must bind (GRPC_HOST or HTTP_HOST): 127.0.0.1, or for the public front (the gateway)
   * CRM_LISTEN_HOST (e.g. 0.0.0.0 on a branch server that the sites and the staff's browsers reach).
   */
  host: string;
  /** The edge ingress port of the public front (CRM_EDGE_GRPC_PORT; 0: any free port). */
  edgePort: number;
  /** The service's own database, when it has one. */
  databaseUrl?: string;
  natsUrl: string;
  redisUrl: string;
  /**
   * The service's own Redis key prefix, `<CRM_DB_PREFIX><name>` like its database, so that two systems
   * on one Redis (test runs side by side) keep their rate limits, caches and locks apart.
   */
  redisPrefix: string;
  logLevel: string;
  /** `127.0.0.1:<port>` of a gRPC service this one depends on (throws for any other name). */
  addressOf(service: string): string;
  /**
   * The local system's Ed25519 key pair (PEM), made once under <dataDir>/keys/. Every service gets
   * JWT_PUBLIC_KEY from the runner; only identity should be given the private key.
   */
  signingKeys: { privateKeyPem: string; publicKeyPem: string };
  /** CRM_ADMIN_PASSWORD, when set: the administrator's password on the very first start. */
  adminPassword?: string;
}

export interface ServiceDefinition {
  /** Folder under services/, the log prefix and the database name (after the prefix). */
  name: string;
  kind: ServiceKind;
  /** Started, and ready, before this one; stopped after it. */
  dependsOn: string[];
  /** Gets its own PostgreSQL database `<CRM_DB_PREFIX><name>`, created if missing. */
  database: boolean;
  /** Entry file relative to the repo root (default `services/<name>/src/main.ts`). */
  entry?: string;
  /** Serves the built portal: it is built first when missing or older than its sources. */
  servesPortal?: boolean;
  /** The environment the service reads at boot. */
  env(context: ServiceEnvContext): Record<string, string>;
}
