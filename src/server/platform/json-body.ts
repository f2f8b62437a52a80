import type { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { BadRequest } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies are decoded strictly: invalid UTF-8 is refused instead of silently replaced, and
 * `__proto__`/`constructor` keys are refused (prototype poisoning).
 */
export function installJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer' },
    (_request, body: Buffer, done) => {
      let text: string;
      try {
        text = utf8.decode(body);
      } catch {
        done(BadRequest('error.invalidUtf8'), undefined);
        return;
      }
      if (text.trim() === '') {
        done(BadRequest('error.invalidJson'), undefined);
        return;
      }
      try {
        done(
          null,
          secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }),
        );
      } catch {
        done(BadRequest('error.invalidJson'), undefined);
      }
    },
  );
}
