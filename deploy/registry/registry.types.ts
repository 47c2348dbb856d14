// The shape of deploy/services.registry.ts: everything about a service that is not its own code.
// The local runner (deploy/local) reads it; the chart values and skaffold.yaml are generated from
// it (deploy/registry/generate.ts).

/** A plain setting, optionally with the reason it has that value (a comment in the chart values). */
export type Setting = string | { value: string; why: string };

/** A key of a Secret the chart release reads (the chart never creates Secrets). */
export interface SecretRef {
  secretName: string;
  key: string;
  optional?: boolean;
  why?: string;
}

/** What the local runner knows when it builds the environment of a service (see local-env.ts). */
export interface LocalContext {
  /** Ed25519 key pair of the local system (made once under <dataDir>/keys/). */
  signingKeys: { privateKeyPem: string; publicKeyPem: string };
  /** CRM_ADMIN_PASSWORD, when set: the administrator's password on the very first start. */
  adminPassword?: string;
  /** The edge ingress port (CRM_EDGE_GRPC_PORT; 0: any free port). */
  edgePort: number;
}

export interface ServiceEntry {
  /** Folder under services/; database `crm_<name>`, image and Helm release `crm-<name>`. */
  name: string;
  /** grpc: a domain service on GRPC_PORT; http: the one public front (the gateway) on HTTP_PORT. */
  kind: 'grpc' | 'http';
  /** What it is, one line (the head comment of its chart values). */
  summary: string;
  /** gRPC services it calls: each one's `<NAME>_ADDR` is given to it, and starts (locally) before it. */
  dependsOn?: string[];
  /**
   * Has REST operations (declared on its RPCs in proto/, or routes the gateway writes by hand): the
   * gateway depends on it and gets its `<NAME>_ADDR`. `npm run registry:check` fails for a service
   * whose proto declares REST operations without it.
   */
  rest?: boolean;
  /** Has its own PostgreSQL database: DATABASE_URL (a Secret in Kubernetes). */
  database?: boolean;
  /** Publishes or consumes events: NATS_URL. */
  nats?: boolean;
  /** Uses Redis: REDIS_URL (a Secret in Kubernetes) and REDIS_PREFIX (locally one per system, else its default). */
  redis?: boolean;
  /** Serves the built portal: the local runner builds it first when it is missing or stale. */
  servesPortal?: boolean;
  /** Plain settings, the same on one machine and in Kubernetes. */
  env?: Record<string, Setting>;
  /** What only the local runner gives it (e.g. its signing key, which in Kubernetes is a Secret). */
  local?: (context: LocalContext) => Record<string, string>;
  /** What only the chart gives it. */
  chart?: {
    env?: Record<string, Setting>;
    /** Commented-out settings shown as examples in the values file. */
    examples?: Record<string, Setting>;
    secretEnv?: Record<string, SecretRef>;
    /** Ports beyond the main one (grpc 50051 or http 8080). */
    extraPorts?: { name: string; port: number; why?: string }[];
    resources?: {
      requests?: { cpu?: string; memory?: string };
      limits?: { cpu?: string; memory?: string };
      why?: string;
    };
  };
}

export interface Registry {
  services: readonly ServiceEntry[];
  /** Folders under services/ that are not run by the runner nor deployed by the chart, and why. */
  elsewhere: Readonly<Record<string, string>>;
}
