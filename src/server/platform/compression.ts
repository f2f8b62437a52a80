import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import compress from '@fastify/compress';

/**
 * Compresses API answers (JSON, the 400 KB OpenAPI document, CSV, XML) on the fly, brotli or
 * gzip as the request accepts. Brotli at quality 4: close to gzip's speed, smaller output; the
 * web app's own files are compressed once at build time (see web-app.ts). Request bodies are
 * not decompressed: an upload arrives as sent.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    globalDecompression: false,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
    // Text types; never octet-stream (uploaded files, archives) nor event streams.
    customTypes: /^text\/(?!event-stream)|[+/]json(?:;|$)|[+/]xml(?:;|$)/,
  });
}
