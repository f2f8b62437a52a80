import zlib from 'node:zlib';
import { SIGNATURE_MAX_BYTES } from '../../../contract/index.js';
import { Validation } from '../../platform/errors.js';

const PREFIX = 'data:image/png;base64,';
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_WIDTH = 2400;
const MAX_HEIGHT = 1200;
/** Channels per colour type: grey, RGB, grey + alpha, RGBA (8 bits each; no palettes). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

const invalid = () => Validation({ signature: 'validation.signature' });

/**
 * The PNG of a drawn signature, checked completely before it is stored and later embedded in a
 * PDF: size, chunk structure and checksums, a plain 8-bit non-interlaced image of sane
 * dimensions, and pixel data that inflates to exactly the expected size (no decompression bomb,
 * nothing the PDF renderer could choke on later).
 */
export function readSignaturePng(dataUrl: string): Buffer {
  if (!dataUrl.startsWith(PREFIX)) throw invalid();
  const base64 = dataUrl.slice(PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) throw invalid();
  const png = Buffer.from(base64, 'base64');
  if (png.length > SIGNATURE_MAX_BYTES || png.length < 8 + 25 + 12) throw invalid();
  if (!png.subarray(0, 8).equals(PNG_MAGIC)) throw invalid();

  let offset = 8;
  let header: { width: number; height: number; channels: number } | null = null;
  const data: Buffer[] = [];
  let ended = false;
  while (offset < png.length) {
    if (ended || offset + 12 > png.length) throw invalid();
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > png.length) throw invalid();
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (zlib.crc32(png.subarray(offset + 4, offset + 8 + length)) !== png.readUInt32BE(end - 4))
      throw invalid();
    if (header === null) {
      if (type !== 'IHDR' || length !== 13) throw invalid();
      const width = body.readUInt32BE(0);
      const height = body.readUInt32BE(4);
      const [depth, colour, compression, filter, interlace] = body.subarray(8, 13);
      const channels = CHANNELS[colour ?? -1];
      if (
        width < 1 ||
        height < 1 ||
        width > MAX_WIDTH ||
        height > MAX_HEIGHT ||
        depth !== 8 ||
        !channels ||
        compression !== 0 ||
        filter !== 0 ||
        interlace !== 0
      )
        throw invalid();
      header = { width, height, channels };
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      ended = true;
    } else if (/^[A-Z]/.test(type)) {
      // Another critical chunk (PLTE…): not something a signature pad produces.
      throw invalid();
    }
    offset = end;
  }
  if (!header || !ended || data.length === 0) throw invalid();

  const expected = header.height * (1 + header.width * header.channels);
  let pixels: Buffer;
  try {
    pixels = zlib.inflateSync(Buffer.concat(data), { maxOutputLength: expected + 1 });
  } catch {
    throw invalid();
  }
  if (pixels.length !== expected) throw invalid();
  const stride = 1 + header.width * header.channels;
  for (let row = 0; row < header.height; row += 1) {
    if ((pixels[row * stride] ?? 255) > 4) throw invalid();
  }
  return png;
}
