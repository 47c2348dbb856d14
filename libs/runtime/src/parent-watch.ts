/**
 * A service started by the local runner has an IPC channel to it (Node's `ipc` stdio). The channel
 * closes when the runner is gone, however it went (SIGKILL included, which it cannot pass on):
 * then `stop` is called, so that no service outlives the runner. Elsewhere (Kubernetes, a shell)
 * there is no channel and nothing happens.
 */
export function stopWhenParentGone(stop: (reason: string) => void): void {
  if (!process.send) return;
  process.once('disconnect', () => stop('parent gone'));
}
