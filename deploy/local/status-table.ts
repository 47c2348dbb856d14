import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { redactUrl } from '@crm/devservers';
import type { RunningServer, RunningSystem } from './system';

function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function hostPort(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port}`;
  } catch {
    return redactUrl(url);
  }
}

/** Relative to the repo root when inside it, else absolute. */
function shortPath(file: string, rootDir: string): string {
  const relative = path.relative(rootDir, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function serverRow(name: string, server: RunningServer, envVar: string, rootDir: string): string[] {
  const where = server.started
    ? `started here, log ${shortPath(server.logFile ?? '?', rootDir)}`
    : `external (${envVar}: ${redactUrl(server.url)})`;
  return [name, server.pid ? String(server.pid) : '-', hostPort(server.url), where];
}

/** This machine's own IPv4 addresses on its networks (what the LAN reaches it at). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info && info.family === 'IPv4' && !info.internal)
    .map((info) => info!.address);
}

const EVERY_INTERFACE = '0.0.0.0';

/** Where a listener on `host:port` is reached from other machines. */
function fromLan(host: string, port: number | string, lan: string[]): string[] {
  if (host === EVERY_INTERFACE) return lan.map((address) => `${address}:${port}`);
  return host.startsWith('127.') ? [] : [`${host}:${port}`];
}

/** What runs where: the services, then the servers, then the URLs to open and to give site agents. */
export function formatStatusTable(system: RunningSystem, rootDir: string, lan = lanAddresses()): string {
  const services = renderTable(
    ['SERVICE', 'KIND', 'PID', 'LISTENS ON', 'DATABASE'],
    Object.values(system.services).map((service) => [
      service.name,
      service.kind,
      String(service.pid),
      service.listen.startsWith(`${EVERY_INTERFACE}:`)
        ? `${service.listen} (every interface)`
        : service.listen,
      service.database ?? '-',
    ]),
  );
  const { postgres, nats, redis } = system.servers;
  const servers = renderTable(
    ['SERVER', 'PID', 'ADDRESS', 'WHERE'],
    [
      serverRow('postgres', postgres, 'CRM_PG_URL', rootDir),
      serverRow('nats', nats, 'CRM_NATS_URL', rootDir),
      serverRow('redis', redis, 'CRM_REDIS_URL', rootDir),
    ],
  );
  const dataDir = shortPath(system.dataDir, rootDir);
  const cluster = postgres.dataLocation;
  const clusterElsewhere = cluster && path.relative(system.dataDir, cluster).startsWith('..');
  const httpPort = new URL(system.httpUrl).port;
  const lanUrls = fromLan(system.listenHost, httpPort, lan).map((address) => `http://${address}`);
  const edge = system.edgeIngress?.split(':');
  const edgeAddresses = edge
    ? [
        ...(system.listenHost === EVERY_INTERFACE ? [`127.0.0.1:${edge[1]}`] : []),
        ...fromLan(edge[0] as string, edge[1] as string, lan),
      ]
    : [];
  const onLan = system.listenHost !== '127.0.0.1';
  return [
    '',
    services,
    '',
    servers,
    '',
    `  Data folder: ${dataDir}`,
    ...(clusterElsewhere
      ? [
          `  PostgreSQL's cluster: ${cluster} (PostgreSQL runs as its OS user postgres, which cannot enter the data folder's parents)`,
        ]
      : []),
    `  Portal and API: ${system.httpUrl}${lanUrls.length ? `, from the LAN ${lanUrls.join(', ')}` : ''}`,
    ...(edge
      ? [
          `  Edge ingress for site agents (their INGRESS_ADDR): ${(edgeAddresses.length ? edgeAddresses : [system.edgeIngress]).join(', ')}`,
        ]
      : []),
    onLan
      ? `  The gateway listens on ${system.listenHost} (CRM_LISTEN_HOST); the other services on 127.0.0.1 only.`
      : '  Everything listens on 127.0.0.1 only; CRM_LISTEN_HOST=0.0.0.0 lets the LAN reach the gateway.',
    '  Ctrl-C stops everything.',
    '',
  ].join('\n');
}
