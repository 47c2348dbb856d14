// Every service, once: what `npm start` runs (deploy/local) and what Kubernetes deploys (the chart
// values charts/values/<name>.yaml and skaffold.yaml are generated from this file by
// `npm run registry:gen`; CI fails when they are stale). Adding a service: its folder under
// services/ and one entry below; the conventions (ports, variables, Secrets) are applied by
// deploy/local/local-env.ts and deploy/registry/chart-values.ts.
import type { Registry, ServiceEntry } from './registry/registry.types';

const domainServices: ServiceEntry[] = [
  {
    name: 'identity',
    kind: 'grpc',
    summary: 'users, sessions, roles, branches, sites and the audit log; signs access tokens',
    rest: true,
    database: true,
    nats: true,
    redis: true,
    chart: {
      examples: { ACCESS_TOKEN_TTL_SECONDS: '"900"', REFRESH_TOKEN_TTL_DAYS: '"14"' },
      secretEnv: {
        JWT_PRIVATE_KEY: {
          secretName: 'crm-jwt-private-key',
          key: 'JWT_PRIVATE_KEY',
          why: 'Ed25519 PKCS#8 PEM; JWT_PUBLIC_KEY (every release) is its public half',
        },
        CRM_ADMIN_PASSWORD: {
          secretName: 'crm-identity-env',
          key: 'CRM_ADMIN_PASSWORD',
          optional: true,
          why: 'Read on the very first start only; without it a random password is printed once in the log.',
        },
      },
    },
    local: ({ signingKeys, adminPassword }) => ({
      // Signs access tokens; the runner gives every service the public half (JWT_PUBLIC_KEY).
      JWT_PRIVATE_KEY: signingKeys.privateKeyPem,
      // First start only: without it identity prints a random administrator password once.
      ...(adminPassword ? { CRM_ADMIN_PASSWORD: adminPassword } : {}),
    }),
  },
  {
    name: 'customers',
    kind: 'grpc',
    summary: 'customer records, cards, the public pool, follow-ups, import/export and recognition',
    // Identity resolves the usernames of an Excel import's Owner column (with the importer's own token).
    dependsOn: ['identity'],
    rest: true,
    database: true,
    nats: true,
    redis: true,
    env: {
      NODE_OPTIONS: {
        value: '--max-semi-space-size=32',
        why:
          'A larger young generation: an Excel import allocates hundreds of MB of short-lived rows, events ' +
          'and COPY text, and with V8 default semi-spaces a sixth of its CPU went to scavenges ' +
          '(32 MB: 1.5 s less CPU per 100,000 rows, measured with bench:customers).',
      },
    },
    chart: {
      resources: {
        requests: { cpu: '100m', memory: '256Mi' },
        limits: { memory: '768Mi' },
        why:
          'An Excel import of 100,000 rows holds the file, its parsed rows and a batch of events at once, ' +
          'and NODE_OPTIONS lets the young generation grow to 96 MB: more room than the chart default.',
      },
    },
  },
  {
    name: 'analytics',
    kind: 'grpc',
    summary: 'read models fed by events (customers per branch)',
    rest: true,
    database: true,
    nats: true,
  },
];

const gateway: ServiceEntry = {
  name: 'gateway',
  kind: 'http',
  summary:
    'the REST API, the staff portal (served at /), the live push WebSocket and the edge ingress the site agents connect to',
  // The address of every service with REST operations, as <NAME>_ADDR.
  dependsOn: domainServices.filter((service) => service.rest).map((service) => service.name),
  // Rate limits, the site-key cache and agent status; edge events and the live feed go over NATS.
  redis: true,
  nats: true,
  servesPortal: true,
  // The edge ingress (gRPC) for the site agents: fixed locally by CRM_EDGE_GRPC_PORT (npm start: 50051).
  local: ({ edgePort }) => ({ EDGE_GRPC_PORT: String(edgePort) }),
  chart: {
    extraPorts: [
      {
        name: 'edge-grpc',
        port: 50052,
        why:
          "The site agents' edge ingress (gRPC, site keys); expose it to the sites (e.g. a LoadBalancer " +
          'or an ingress with gRPC/HTTP2 passthrough) with TLS in front.',
      },
    ],
    env: {
      EDGE_GRPC_PORT: '50052',
      TRUST_PROXY_HOPS: {
        value: '1',
        why:
          "Reverse proxies in front of the gateway: 1 for one ingress controller, so the rate limits see the client's " +
          'address from X-Forwarded-For. Set "0" if clients reach the Service directly (service.type LoadBalancer or ' +
          'NodePort without a proxy): they could otherwise spoof it.',
      },
    },
    examples: {
      CORS_ORIGINS: {
        value: 'https://crm.example.com',
        why:
          'Comma-separated origins allowed by CORS. Empty: same origin only, which is all the portal ' +
          '(served by the gateway itself) needs.',
      },
    },
  },
};

export const REGISTRY: Registry = {
  services: [...domainServices, gateway],
  elsewhere: {
    portal: 'built into static files that the gateway serves (and that every image carries)',
    'edge-agent':
      'runs at each branch site, next to its card readers and phones (README: Card taps and calls)',
  },
};
