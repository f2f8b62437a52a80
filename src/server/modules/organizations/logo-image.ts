export type LogoType = 'image/png' | 'image/jpeg' | 'image/svg+xml';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/** SVG features that run code or fetch from elsewhere when the logo is displayed or printed. */
const UNSAFE_SVG =
  /<script|<foreignObject|<iframe|<embed|<object|\son[a-z]+\s*=|javascript:|data:text\/html|(?:xlink:)?href\s*=\s*["']?\s*(?!#)[a-z]+:|<!ENTITY|@import/i;

export type LogoCheck =
  { ok: true; type: LogoType; extension: string } | { ok: false; reason: 'type' | 'unsafe' };

/** The type is decided by the bytes, never by the file name or the client's claim. */
export function checkLogo(data: Buffer): LogoCheck {
  if (data.subarray(0, PNG.length).equals(PNG))
    return { ok: true, type: 'image/png', extension: 'png' };
  if (data.subarray(0, JPEG.length).equals(JPEG))
    return { ok: true, type: 'image/jpeg', extension: 'jpg' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return { ok: false, reason: 'type' };
  }
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?xml[\s\S]*?\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE svg[^>[]*>/i, '')
    .trim();
  if (!/^<svg[\s>]/i.test(body) || !/<\/svg>\s*$/i.test(body)) return { ok: false, reason: 'type' };
  if (UNSAFE_SVG.test(text)) return { ok: false, reason: 'unsafe' };
  return { ok: true, type: 'image/svg+xml', extension: 'svg' };
}
