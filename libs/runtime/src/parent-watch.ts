import fs from 'node:fs';

/**
 * A service started by the local runner has an IPC channel to it (Node's `ipc` stdio). The channel
 * closes when the runner is gone, however it went (SIGKILL included, which it cannot pass on):
 * then `stop` is called, so that no service outlives the runner. Elsewhere (Kubernetes, a shell)
 * there is no channel and nothing happens.
 */
export function stopWhenParentGone(stop: (reason: string) => void): void {
  if (!process.send) return;
  process.once('disconnect', () => {
    discardOutput();
    stop('parent gone');
  });
}

/**
 * Our stdout and stderr were pipes to the runner, which is gone: nobody reads them any more, and
 * every write fails with EPIPE. pino's exit flush (sonic-boom 4) retries such a write forever, so
 * the service would never exit. What is written to them from now on is dropped instead.
 */
function discardOutput(): void {
  const isOutput = (fd: unknown) => fd === 1 || fd === 2;
  const size = (data: unknown) =>
    typeof data === 'string' ? Buffer.byteLength(data) : ArrayBuffer.isView(data) ? data.byteLength : 0;
  const { writeSync, write } = fs;
  fs.writeSync = ((fd: number, data: unknown, ...rest: unknown[]) =>
    isOutput(fd)
      ? size(data)
      : (writeSync as (...args: unknown[]) => number)(fd, data, ...rest)) as typeof fs.writeSync;
  fs.write = ((fd: number, data: unknown, ...rest: unknown[]) => {
    if (!isOutput(fd)) return (write as (...args: unknown[]) => void)(fd, data, ...rest);
    const callback = rest.at(-1) as (error: null, written: number, data: unknown) => void;
    process.nextTick(() => callback(null, size(data), data));
  }) as typeof fs.write;
}
