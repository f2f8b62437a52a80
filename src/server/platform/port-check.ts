import net from 'node:net';

/** The HTTP port cannot be had: said before the database is opened or migrated. */
export class PortUnavailableError extends Error {
  constructor(host: string, port: number, code: string | undefined) {
    super(
      code === 'EADDRINUSE'
        ? `Port ${port} on ${host} is already in use (another Facto, or another program, listens ` +
            `there). Stop it, or choose another port: PORT=${port === 3000 ? 3001 : port + 1} npm start`
        : code === 'EADDRNOTAVAIL'
          ? `HOST=${host} is not an address of this machine; use 127.0.0.1, or 0.0.0.0 for every interface.`
          : `Cannot listen on ${host}:${port} (${code ?? 'unknown error'}).`,
    );
  }
}

/**
 * Checks that the server can listen on host:port by listening and closing at once, so a busy
 * port is reported in a second instead of after migrations. Returns the port (the one the system
 * chose when `port` is 0, so every address Facto gives out names it).
 */
export function checkPort(host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(new PortUnavailableError(host, port, error.code)),
    );
    probe.listen({ host, port, exclusive: true }, () => {
      const address = probe.address();
      const chosen = typeof address === 'object' && address ? address.port : port;
      probe.close(() => resolve(chosen));
    });
  });
}
