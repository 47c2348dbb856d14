import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { waitFor } from '@crm/testing';

const REPO = path.resolve(__dirname, '../..');
const AGENT_MAIN = path.join(REPO, 'services/edge-agent/src/main.ts');

/** One JSON log line of the agent (pino). */
export interface AgentLog {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/**
 * The real edge agent (services/edge-agent/src/main.ts) as a child process, the way a site runs it,
 * with its JSON log read line by line: the tests observe it only from outside (its log, its journal
 * directory), and can kill it with any signal.
 */
export class EdgeAgentProcess {
  readonly logs: AgentLog[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private stderr = '';

  private constructor(private readonly child: ChildProcess) {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        this.logs.push(JSON.parse(line) as AgentLog);
      } catch {
        // not a log line (e.g. a Node warning)
      }
    });
    child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Starts the agent with its environment (SITE_ID, SITE_KEY, INGRESS_ADDR, JOURNAL_DIR, READERS…). */
  static start(env: Record<string, string>): EdgeAgentProcess {
    const child = spawn(process.execPath, ['--import', 'tsx', AGENT_MAIN], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'debug', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new EdgeAgentProcess(child);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** The log entries with this message, in order. */
  entries(msg: string): AgentLog[] {
    return this.logs.filter((l) => l.msg === msg);
  }

  /** Waits for a log entry with this message (after the first `after` of them) matching `test`. */
  async waitForLog(
    msg: string,
    test: (l: AgentLog) => boolean = () => true,
    timeoutMs = 20_000,
  ): Promise<AgentLog> {
    return waitFor(
      () => {
        if (this.child.exitCode !== null || this.child.signalCode !== null)
          throw new Error(
            `the agent exited (${this.child.exitCode ?? this.child.signalCode}): ${this.stderr}`,
          );
        return this.entries(msg).find(test);
      },
      { timeoutMs, message: `agent log "${msg}"` },
    );
  }

  /** The ids of the events journaled so far, in journal order. */
  journaledIds(): string[] {
    return this.entries('event journaled').map((l) => l.eventId as string);
  }

  /** Waits until `n` events have been journaled since the agent started and returns their ids. */
  async waitForJournaled(n: number, timeoutMs = 20_000): Promise<string[]> {
    await waitFor(() => this.journaledIds().length >= n, { timeoutMs, message: `${n} events journaled` });
    return this.journaledIds().slice(0, n);
  }

  /** Sends the signal and waits for the process to end. */
  async kill(signal: NodeJS.Signals): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill(signal);
    await this.exited;
  }
}

/**
 * A keyboard-wedge reader on a pseudo-terminal: what `tap` writes to one end is what the agent reads,
 * line by line, from the other (the device path in READERS.wedge).
 */
export class WedgeTerminal {
  private readonly fd: number;

  constructor(writerPath: string) {
    this.fd = fs.openSync(writerPath, fs.constants.O_WRONLY | fs.constants.O_NOCTTY);
  }

  tap(cardUid: string): void {
    fs.writeSync(this.fd, `${cardUid}\r\n`);
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}
