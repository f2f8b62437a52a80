import net from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The SMTP envelope: who the server was asked to deliver to (bcc included). */
  envelope: { from: string; to: string[] };
  parsed: ParsedMail;
  raw: Buffer;
}

/**
 * A real SMTP server on 127.0.0.1 for tests (smtp-server), parsing what it receives with
 * mailparser. It can be stopped and started again on the same port (an SMTP outage), and can
 * refuse recipients.
 */
export class TestSmtpServer {
  readonly messages: ReceivedMail[] = [];
  private server: SMTPServer | null = null;
  private waiters: (() => void)[] = [];
  port = 0;
  /** Recipients matching this are refused with 550. */
  refuse: RegExp | null = null;
  /**
   * How many next messages to receive in full and never answer (a sender killed while it waits
   * for "250"); they are counted in `held`, not kept in `messages`.
   */
  holdNext = 0;
  held = 0;

  static async start(): Promise<TestSmtpServer> {
    const smtp = new TestSmtpServer();
    await smtp.listen(0);
    return smtp;
  }

  private listen(port: number): Promise<void> {
    const server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
      onRcptTo: (address, _session, callback) => {
        if (this.refuse?.test(address.address)) {
          const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
          error.responseCode = 550;
          callback(error);
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (this.holdNext > 0) {
            this.holdNext -= 1;
            this.held += 1;
            for (const wake of this.waiters.splice(0)) wake();
            return;
          }
          const raw = Buffer.concat(chunks);
          simpleParser(raw)
            .then((parsed) => {
              this.messages.push({
                envelope: {
                  from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                  to: session.envelope.rcptTo.map((r) => r.address),
                },
                parsed,
                raw,
              });
              for (const wake of this.waiters.splice(0)) wake();
              callback(null, `Ok: queued as T${this.messages.length}`);
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.on('error', reject);
      server.listen(port, '127.0.0.1', () => {
        this.port = (server.server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  }

  /** An outage: nothing listens on the port any more. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Back on the same port. */
  async restart(): Promise<void> {
    if (!this.server) await this.listen(this.port);
  }

  /** Resolves once `count` messages arrived (they arrive while the sender waits for "250"). */
  async waitFor(count: number): Promise<void> {
    while (this.messages.length < count)
      await new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Resolves once `count` messages are held unanswered (see `holdNext`). */
  async waitForHeld(count: number): Promise<void> {
    while (this.held < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
}

/** A TCP server that accepts connections and never says a word (a hung SMTP server). */
export async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A server that answers like a web server, not like SMTP. */
export async function garbageServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.write('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
    socket.on('data', () => socket.write('??? garbage ???\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
