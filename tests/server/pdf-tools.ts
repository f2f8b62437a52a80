import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Reads rendered PDFs back with independent tools (poppler, zbar), as a person's viewer and a
 * banking app would: tests compare what they read, not what the renderer meant to draw.
 */
const run = promisify(execFile);

async function withFile<T>(
  pdf: Buffer,
  work: (file: string, dir: string) => Promise<T>,
): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-pdf-'));
  const file = path.join(dir, 'document.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return await work(file, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page, laid out as printed (`pdftotext -layout`). */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
      maxBuffer: 20 * 1024 * 1024,
    });
    return stdout.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
  });
}

export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).join('\n');
}

/** The QR code printed on page 1 (rendered at 300 dpi), or null when there is none. */
export async function qrOnFirstPage(pdf: Buffer): Promise<string | null> {
  return withFile(pdf, async (file, dir) => {
    await run('pdftoppm', [
      '-r',
      '300',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      path.join(dir, 'page'),
    ]);
    try {
      // Binary output: zbar would otherwise guess the text encoding (and take UTF-8 for Shift-JIS).
      const { stdout } = await run(
        'zbarimg',
        ['--raw', '-q', '-Sbinary', path.join(dir, 'page.png')],
        {
          encoding: 'buffer',
        },
      );
      return new TextDecoder('utf-8', { fatal: true }).decode(stdout);
    } catch (error) {
      // Exit status 4: the image was read and holds no barcode.
      if ((error as { code?: number }).code === 4) return null;
      throw error;
    }
  });
}

/** `pdfinfo` and `pdffonts` output. */
export async function pdfInfo(pdf: Buffer): Promise<{ info: string; fonts: string }> {
  return withFile(pdf, async (file) => ({
    info: (await run('pdfinfo', [file])).stdout,
    fonts: (await run('pdffonts', [file])).stdout,
  }));
}

/** Page 1 at low resolution as RGB pixels (`pdftoppm -ppm`), to look at colours. */
export async function firstPagePixels(
  pdf: Buffer,
  dpi = 36,
): Promise<{
  width: number;
  height: number;
  pixel: (x: number, y: number) => string;
  colors: Map<string, number>;
}> {
  return withFile(pdf, async (file, dir) => {
    await run('pdftoppm', [
      '-r',
      String(dpi),
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      file,
      path.join(dir, 'page'),
    ]);
    const data = fs.readFileSync(path.join(dir, 'page.ppm'));
    // Binary PPM: "P6\n<width> <height>\n255\n" then RGB bytes.
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('not a PPM image');
    const width = Number(header[1]);
    const height = Number(header[2]);
    const offset = header[0].length;
    const hex = (i: number) =>
      `#${[0, 1, 2].map((c) => (data[offset + i * 3 + c] ?? 0).toString(16).padStart(2, '0')).join('')}`;
    const colors = new Map<string, number>();
    for (let i = 0; i < width * height; i += 1) {
      const color = hex(i);
      colors.set(color, (colors.get(color) ?? 0) + 1);
    }
    return { width, height, pixel: (x, y) => hex(y * width + x), colors };
  });
}
