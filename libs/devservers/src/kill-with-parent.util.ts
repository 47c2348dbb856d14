import type { ChildProcess } from 'node:child_process';

interface Registered {
  child: ChildProcess;
  signal: NodeJS.Signals;
}

const registered = new Set<Registered>();
let hooked = false;

function killAll(): void {
  for (const entry of registered) {
    try {
      entry.child.kill(entry.signal);
    } catch {
      // already gone
    }
  }
  registered.clear();
}

/**
 * Sends `signal` to the child when this process exits (normal end, process.exit, uncaught
 * error), so spawned servers and services do not outlive us. The 'exit' event cannot wait,
 * so the child shuts down on its own after we are gone. Returns a function that unregisters.
 */
export function killWithParent(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): () => void {
  if (!hooked) {
    hooked = true;
    process.on('exit', killAll);
  }
  const entry: Registered = { child, signal };
  registered.add(entry);
  return (): void => {
    registered.delete(entry);
  };
}
