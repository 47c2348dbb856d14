import net from 'node:net';

/** A port that was free a moment ago (the OS picks it); fine for dev and tests, racy in theory. */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Throws a readable error when something already listens on the port (else the server's own
 * error is cryptic). Without `host` it binds every interface, as a public server would.
 */
export function assertPortFree(port: number, what: string, hint: string, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `Cannot start ${what}: port ${port}${host ? ` on ${host}` : ''} is already in use by another program. ${hint}`,
          ),
        );
      } else reject(error);
    });
    server.listen(port, host, () => server.close(() => resolve()));
  });
}
