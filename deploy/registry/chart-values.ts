// A registry entry as the values of its chart release (charts/values/<name>.yaml), with the same
// variables the local runner gives it (deploy/local/services.ts), Kubernetes-style: Services named
// by their release (crm-<name>), every pod listening on all interfaces, URLs with credentials in Secrets.
import { Document, isMap, isScalar, type Pair, type YAMLMap } from 'yaml';
import { addressVariable, releaseName, settingReason, settingValue } from './conventions';
import type { Registry, SecretRef, ServiceEntry } from './registry.types';

export const GRPC_PORT = 50051;
export const HTTP_PORT = 8080;
/** The NATS of the namespace: the official `nats` chart installed as release `nats` (docs/deploying.md). */
const NATS_URL = 'nats://nats:4222';

interface Commented {
  value: string | number | Record<string, unknown>;
  why?: string;
}

function envOf(entry: ServiceEntry): Record<string, Commented> {
  const env: Record<string, Commented> = {};
  const everyInterface = 'Every interface: the Service reaches the pod from outside it.';
  if (entry.kind === 'grpc') {
    env.GRPC_PORT = { value: String(GRPC_PORT) };
    env.GRPC_HOST = { value: '0.0.0.0', why: everyInterface };
  } else {
    env.HTTP_PORT = { value: String(HTTP_PORT) };
    env.HTTP_HOST = { value: '0.0.0.0', why: everyInterface };
    env.GRPC_HOST = { value: '0.0.0.0', why: 'Where its gRPC server (the edge ingress) listens, too.' };
  }
  if (entry.nats) env.NATS_URL = { value: NATS_URL };
  const dependencies = entry.dependsOn ?? [];
  dependencies.forEach((dependency, index) => {
    env[addressVariable(dependency)] = {
      value: `${releaseName(dependency)}:${GRPC_PORT}`,
      why:
        index === 0
          ? 'Service names are the release names (crm-<service>) in the same namespace.'
          : undefined,
    };
  });
  for (const settings of [entry.env, entry.chart?.env])
    for (const [name, setting] of Object.entries(settings ?? {}))
      env[name] = { value: settingValue(setting), why: settingReason(setting) };
  env.LOG_LEVEL = { value: 'info' };
  return env;
}

function secretsOf(entry: ServiceEntry): Record<string, SecretRef> {
  const own = `${releaseName(entry.name)}-env`;
  return {
    ...(entry.database ? { DATABASE_URL: { secretName: own, key: 'DATABASE_URL' } } : {}),
    ...(entry.redis ? { REDIS_URL: { secretName: own, key: 'REDIS_URL' } } : {}),
    ...entry.chart?.secretEnv,
  };
}

/** The head comment: what the service is, and what must exist in the namespace before it starts. */
function headComment(entry: ServiceEntry): string {
  const bySecret = new Map<string, string[]>();
  for (const [name, ref] of Object.entries(secretsOf(entry))) {
    bySecret.set(ref.secretName, [
      ...(bySecret.get(ref.secretName) ?? []),
      ref.optional ? `optionally ${name}` : name,
    ]);
  }
  return [
    ...wrap(`${entry.name} (${entry.kind === 'grpc' ? 'gRPC service' : 'HTTP'}): ${entry.summary}.`).map(
      (line) => ` ${line}`,
    ),
    ' Generated from deploy/services.registry.ts by `npm run registry:gen`: change the registry, not this file.',
    ' What it needs first, see docs/deploying.md:',
    ...[...bySecret].map(([secret, keys]) => `   Secret ${secret}: ${keys.join(', ')}`),
    '   ConfigMap crm-jwt-public-key: JWT_PUBLIC_KEY (every release, chart values.yaml configMapEnv)',
  ].join('\n');
}

const comment = (text: string): string =>
  // yaml writes each line after a `#`; a space keeps them readable.
  wrap(text)
    .map((line) => ` ${line}`)
    .join('\n');

/** Long reasons wrapped at about 100 columns, as the hand-written values files were. */
function wrap(text: string, width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function commentKeys(map: unknown, comments: Record<string, string | undefined>): void {
  if (!isMap(map)) return;
  for (const pair of map.items as Pair[]) {
    const text = isScalar(pair.key) ? comments[String(pair.key.value)] : undefined;
    if (text && isScalar(pair.key)) pair.key.commentBefore = comment(text);
  }
}

/** The values document of one service (YAML text, before prettier). */
export function chartValues(entry: ServiceEntry): string {
  const env = envOf(entry);
  const secrets = secretsOf(entry);
  const mainPort =
    entry.kind === 'grpc' ? { name: 'grpc', port: GRPC_PORT } : { name: 'http', port: HTTP_PORT };
  const extraPorts = entry.chart?.extraPorts ?? [];
  const resources = entry.chart?.resources;
  const values = {
    component: entry.name,
    image: { repository: releaseName(entry.name) },
    ports: [mainPort, ...extraPorts.map(({ name, port }) => ({ name, port }))],
    probes:
      entry.kind === 'grpc'
        ? { type: 'grpc', port: GRPC_PORT }
        : { type: 'http', port: HTTP_PORT, livenessPath: '/healthz', readinessPath: '/readyz' },
    env: Object.fromEntries(Object.entries(env).map(([name, setting]) => [name, setting.value])),
    ...(Object.keys(secrets).length
      ? {
          secretEnv: Object.fromEntries(
            Object.entries(secrets).map(([name, ref]) => [
              name,
              {
                secretName: ref.secretName,
                key: ref.key,
                ...(ref.optional ? { optional: true } : {}),
              },
            ]),
          ),
        }
      : {}),
    ...(resources ? { resources: { requests: resources.requests, limits: resources.limits } } : {}),
  };
  const doc = new Document(values);
  doc.commentBefore = headComment(entry);
  commentKeys(
    doc.get('env', true),
    Object.fromEntries(Object.entries(env).map(([name, setting]) => [name, setting.why])),
  );
  const examples = {
    ...entry.chart?.examples,
    OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318',
  };
  const envNode = doc.get('env', true) as YAMLMap;
  envNode.comment = Object.entries(examples)
    .map(([name, example]) =>
      [
        ...(settingReason(example) ? [comment(settingReason(example) as string)] : []),
        ` ${name}: ${settingValue(example)}`,
      ].join('\n'),
    )
    .join('\n');
  const secretNode = doc.get('secretEnv', true);
  if (isMap(secretNode)) {
    for (const pair of secretNode.items as Pair[]) if (isMap(pair.value)) pair.value.flow = true;
    commentKeys(
      secretNode,
      Object.fromEntries(Object.entries(secrets).map(([name, ref]) => [name, ref.why])),
    );
  }
  const portsNode = doc.get('ports', true);
  if (portsNode && 'items' in (portsNode as object)) {
    const items = (portsNode as { items: { commentBefore?: string }[] }).items;
    extraPorts.forEach((port, index) => {
      const item = items[index + 1];
      if (port.why && item) item.commentBefore = comment(port.why);
    });
  }
  if (resources?.why) {
    const pair = (doc.contents as YAMLMap).items.find(
      (item) => isScalar(item.key) && item.key.value === 'resources',
    );
    if (pair && isScalar(pair.key)) pair.key.commentBefore = comment(resources.why);
  }
  return doc.toString({ lineWidth: 0 });
}

/** charts/values/<name>.yaml of every service in the registry. */
export function chartValuesFiles(registry: Registry): Map<string, string> {
  return new Map(registry.services.map((entry) => [`charts/values/${entry.name}.yaml`, chartValues(entry)]));
}
