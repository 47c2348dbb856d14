import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';

export interface ProgramHelp {
  /** What the program provides, e.g. 'NATS with JetStream'. */
  purpose: string;
  /** Install commands, one per line of the message. */
  install: string[];
  /** Environment variable that can point at an existing server instead. */
  urlEnvVar: string;
}

/**
 * Where servers are looked for after PATH: Debian installs nats-server in /usr/sbin, which is not on
 * an ordinary user's PATH. CRM_PROGRAM_DIRS replaces this list (empty: PATH only).
 */
const SERVER_PROGRAM_DIRS = ['/usr/local/sbin', '/usr/sbin', '/sbin'].join(path.delimiter);

/** Full path of `name` on PATH (as the shell would find it), else in the sbin folders; or undefined. */
export async function findProgram(
  name: string,
  searchPath = [process.env.PATH ?? '', process.env.CRM_PROGRAM_DIRS ?? SERVER_PROGRAM_DIRS].join(
    path.delimiter,
  ),
): Promise<string | undefined> {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder; keep looking
    }
  }
  return undefined;
}

export function missingProgramError(name: string, help: ProgramHelp): Error {
  return new Error(
    [
      `The \`${name}\` program was not found on PATH; it is needed to run ${help.purpose} locally. Install it:`,
      ...help.install.map((line) => `  ${line}`),
      `or set ${help.urlEnvVar} to the URL of an existing server.`,
    ].join('\n'),
  );
}

/** Resolves the program's path, or throws the install instructions. */
export async function requireProgram(name: string, help: ProgramHelp): Promise<string> {
  const found = await findProgram(name);
  if (!found) throw missingProgramError(name, help);
  return found;
}
