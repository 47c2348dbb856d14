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

/** What runs where: the services, then the servers, then the URL to open. */
export function formatStatusTable(system: RunningSystem, rootDir: string): string {
  const services = renderTable(
    ['SERVICE', 'KIND', 'PID', 'ADDRESS', 'DATABASE'],
    Object.values(system.services).map((service) => [
      service.name,
      service.kind,
      String(service.pid),
      service.url ?? service.address,
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
  return [
    '',
    services,
    '',
    servers,
    '',
    `  Data folder: ${dataDir}`,
    `  Portal and API: ${system.httpUrl}`,
    '  Ctrl-C stops everything.',
    '',
  ].join('\n');
}
