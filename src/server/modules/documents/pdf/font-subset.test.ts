import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastSubsets, type FontSubset, type TrueTypeFont } from './font-subset.js';

const require = createRequire(import.meta.url);
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as {
  create(data: Uint8Array): TrueTypeFont & {
    createSubset(): FontSubset;
    glyphForCodePoint(codePoint: number): { id: number };
    numGlyphs: number;
  };
};
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const FILES = [
  'DejaVuSansCondensed.ttf',
  'DejaVuSansCondensed-Bold.ttf',
  'DejaVuSansCondensed-Oblique.ttf',
  'DejaVuSerifCondensed.ttf',
  'DejaVuSerifCondensed-Bold.ttf',
  'DejaVuSerifCondensed-Italic.ttf',
];
// Accented capitals (É, Ç) and the ligature-like letters are composite glyphs in DejaVu.
const TEXTS = [
  'Facture F2026-0042 — Électricité Dupont, Liège',
  'Rechnung Straße Größe €1.234,56 ÀÉÎÕÜ çñ œ æ ß fi fl',
  '',
];

describe('the fast TrueType subset', () => {
  for (const file of FILES)
    it(`writes the same bytes as fontkit for ${file}`, () => {
      const data = fs.readFileSync(path.join(fontDir, file));
      const reference = fontkit.create(data);
      const fast = fontkit.create(data);
      fastSubsets(fast, data);
      for (const text of [...TEXTS, TEXTS.join(' ')]) {
        const a = reference.createSubset();
        const b = fast.createSubset();
        for (const char of text) {
          const id = reference.glyphForCodePoint(char.codePointAt(0) ?? 0).id;
          expect(b.includeGlyph(id)).toBe(a.includeGlyph(id));
        }
        // Twice: the glyph cache must give the same bytes on later documents.
        const expected = Buffer.from(a.encode());
        expect(Buffer.from(b.encode())).toEqual(expected);
        expect(b.glyphs).toEqual(a.glyphs);
      }
    });
});
