/**
 * The logo as the PDF can embed it, or null. pdfkit draws PNG and JPEG only (an SVG logo is
 * left out rather than rasterised), and PDF/A with an sRGB output intent refuses CMYK images,
 * which some print-shop JPEGs are.
 */
export function printableLogo(logo: { data: Buffer; type: string } | null): Buffer | null {
  if (!logo) return null;
  if (logo.type === 'image/png') return logo.data;
  if (logo.type === 'image/jpeg' && jpegComponents(logo.data) !== 4) return logo.data;
  return null;
}

/** Colour components of a JPEG, read from its start-of-frame marker (4 = CMYK). */
function jpegComponents(data: Buffer): number | null {
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1] ?? 0;
    const length = data.readUInt16BE(offset + 2);
    // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return data[offset + 9] ?? null;
    offset += 2 + length;
  }
  return null;
}
