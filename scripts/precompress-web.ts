import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text files worth compressing; images, fonts and archives are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.xml']);

/**
 * Writes `file.br` (brotli, best quality) and `file.gz` (gzip -9) beside each compressible file
 * under `dir`, so the server sends them as they are instead of compressing per request. A
 * variant that would not be smaller is not written: the server then sends the file itself.
 */
export async function precompressDirectory(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name));
  let written = 0;
  await Promise.all(
    files.map(async (file) => {
      const body = await fs.readFile(file);
      const variants: [string, Buffer][] = [
        [
          '.br',
          await brotli(body, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
        ],
        ['.gz', await gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION })],
      ];
      for (const [extension, compressed] of variants) {
        if (compressed.length >= body.length) continue;
        await fs.writeFile(file + extension, compressed);
        written += 1;
      }
    }),
  );
  return written;
}
