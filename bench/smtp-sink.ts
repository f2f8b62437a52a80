/**
 * A local SMTP server in a process of its own, as a real one would be: it accepts every message
 * and prints, one JSON line each, its port once listening and then the Message-ID and the time
 * (epoch ms) of each 250 it answers.
 */
import type net from 'node:net';
import { SMTPServer } from 'smtp-server';

const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 8192) head += chunk.toString('latin1');
    });
    stream.on('end', () => {
      const id = /^Message-ID:\s*<([^@>]+)@/im.exec(head)?.[1] ?? null;
      callback();
      console.log(JSON.stringify({ id, at: Date.now() }));
    });
  },
});
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.server.address() as net.AddressInfo).port }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
