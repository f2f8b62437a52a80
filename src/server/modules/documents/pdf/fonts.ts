import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LayoutFont } from '../../../../contract/index.js';

/**
 * The embedded fonts: DejaVu (npm package `dejavu-fonts-ttf`, so a fresh `npm install` has them).
 * PDF/A forbids the standard 14 fonts, which are never embedded; the condensed cuts fit the
 * narrow columns of an invoice and cover every Latin letter our four languages need.
 */
const FILES: Record<LayoutFont, { regular: string; bold: string; italic: string }> = {
  sans: {
    regular: 'DejaVuSansCondensed.ttf',
    bold: 'DejaVuSansCondensed-Bold.ttf',
    italic: 'DejaVuSansCondensed-Oblique.ttf',
  },
  serif: {
    regular: 'DejaVuSerifCondensed.ttf',
    bold: 'DejaVuSerifCondensed-Bold.ttf',
    italic: 'DejaVuSerifCondensed-Italic.ttf',
  },
};

export const FONT_STYLES = ['regular', 'bold', 'italic'] as const;
export type FontStyle = (typeof FONT_STYLES)[number];

/** What pdfkit's `font()` accepts besides file data: a parsed font (it checks for `layout`). */
interface ParsedFont {
  layout: (text: string) => unknown;
}

const require = createRequire(import.meta.url);
const pdfkitRequire = createRequire(require.resolve('pdfkit'));
// fontkit is pdfkit's own font engine, loaded from where pdfkit finds it. Parsing a TrueType
// file takes longer than laying out a whole invoice, so each file is parsed once per process
// and the parsed font (with its glyph caches) is handed to every document.
const fontkit = pdfkitRequire('fontkit') as { create: (data: Uint8Array) => ParsedFont };
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const parsed = new Map<string, ParsedFont>();

/** The parsed font, typed as the file data pdfkit's declarations expect (it takes both). */
export function fontSource(family: LayoutFont, style: FontStyle): Buffer {
  const file = FILES[family][style];
  let font = parsed.get(file);
  if (!font) {
    font = fontkit.create(fs.readFileSync(path.join(fontDir, file)));
    parsed.set(file, font);
  }
  return font as unknown as Buffer;
}
