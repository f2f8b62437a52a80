import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LayoutFont } from '../../../../contract/index.js';
import { fastSubsets, type FontSubset, type TrueTypeFont } from './font-subset.js';

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
type ParsedFont = TrueTypeFont & {
  layout: (text: string) => unknown;
  createSubset(): FontSubset;
};

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
    const data = fs.readFileSync(path.join(fontDir, file));
    font = fontkit.create(data);
    fastSubsets(font, data);
    parsed.set(file, font);
  }
  return font as unknown as Buffer;
}

/** Words laid out per font file, shared by every document; emptied when it grows this large. */
const MAX_CACHED_WORDS = 20_000;
const layouts = new Map<string, { words: Record<string, unknown>; documents: number }>();

/**
 * pdfkit lays each word out with fontkit (OpenType shaping: kerning, ligatures) and keeps the
 * result for one document only; the same words (labels, mentions, amounts) come back in every
 * invoice. The result depends on the font and the word alone, so documents share one cache.
 */
export function sharedLayoutCache(family: LayoutFont, style: FontStyle): Record<string, unknown> {
  const file = FILES[family][style];
  let cache = layouts.get(file);
  if (!cache) {
    cache = { words: Object.create(null) as Record<string, unknown>, documents: 0 };
    layouts.set(file, cache);
  }
  // Counting the words is cheap enough once every hundred documents.
  cache.documents += 1;
  if (cache.documents % 100 === 0 && Object.keys(cache.words).length > MAX_CACHED_WORDS)
    cache.words = Object.create(null) as Record<string, unknown>;
  return cache.words;
}
