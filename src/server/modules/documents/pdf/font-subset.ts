/**
 * The TrueType subset each document embeds, written byte for byte as fontkit's `TTFSubset`
 * writes it (font-subset.test.ts compares the two), without its generic encoder: fontkit
 * decodes every glyph's outline and re-encodes the unchanging hinting tables (`cvt `, `prep`,
 * `fpgm`) value by value for every document. Here a glyph's bytes are read once per process and
 * the tables that never change are copied from the font file as they are.
 */

/** The parts of a fontkit font this file reads. */
export interface TrueTypeFont {
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  loca: { offsets: number[]; version: number };
  getGlyph(id: number): {
    advanceWidth: number;
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
    _getMetrics(): { leftBearing: number };
  };
  _variationProcessor?: unknown;
  /** Present on CFF fonts, which fontkit subsets differently. */
  'CFF '?: unknown;
}

/** fontkit's subset: the glyph ids a document used, in the order of their new ids. */
export interface FontSubset {
  glyphs: number[];
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}

/** What a glyph contributes to any subset: its bytes, its components and its metrics. */
interface GlyphEntry {
  data: Uint8Array;
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}

/** The tables of a PDF's embedded TrueType font, in the order fontkit writes them. */
const TAGS = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'] as const;

/**
 * Makes `font.createSubset()` return subsets that encode themselves as described above. Fonts
 * this does not cover (CFF outlines, variable fonts) keep fontkit's own subsets.
 */
export function fastSubsets(
  font: TrueTypeFont & { createSubset(): FontSubset },
  file: Uint8Array,
): void {
  const tables = font.directory.tables;
  if (font._variationProcessor || tables['CFF '] || !tables.glyf || !tables.loca) return;
  const raw = (tag: string): Uint8Array | null => {
    const entry = tables[tag];
    return entry ? file.subarray(entry.offset, entry.offset + entry.length) : null;
  };
  const glyf = raw('glyf') ?? new Uint8Array();
  const glyphs = new Map<number, GlyphEntry>();
  const glyph = (id: number): GlyphEntry => {
    let found = glyphs.get(id);
    if (!found) {
      const g = font.getGlyph(id);
      const outline = g._decode();
      const start = font.loca.offsets[id] ?? 0;
      const end = font.loca.offsets[id + 1] ?? start;
      found = {
        data: glyf.subarray(start, end),
        components: outline && outline.numberOfContours < 0 ? (outline.components ?? []) : null,
        advance: g.advanceWidth,
        bearing: g._getMetrics().leftBearing,
      };
      glyphs.set(id, found);
    }
    return found;
  };
  const head = raw('head');
  const hhea = raw('hhea');
  const maxp = raw('maxp');
  if (!head || !hhea || !maxp) return;
  const unchanged = { head, 'cvt ': raw('cvt '), prep: raw('prep'), fpgm: raw('fpgm') };

  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    subset.encode = () =>
      encodeSubset(subset, glyph, font.loca.version, { ...unchanged, hhea, maxp });
    return subset;
  };
}

function encodeSubset(
  subset: FontSubset,
  glyph: (id: number) => GlyphEntry,
  locaVersion: number,
  source: Record<'head' | 'hhea' | 'maxp', Uint8Array> &
    Record<'cvt ' | 'prep' | 'fpgm', Uint8Array | null>,
): Uint8Array {
  // Composite glyphs add their parts to the subset as they are met: the list grows while read.
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  const metrics: { advance: number; bearing: number }[] = [];
  let offset = 0;
  for (let i = 0; i < subset.glyphs.length; i += 1) {
    const { data, components, advance, bearing } = glyph(subset.glyphs[i] ?? 0);
    let bytes = data;
    if (components) {
      // A composite names its parts by glyph id: renumbered into this subset, on a copy.
      bytes = new Uint8Array(data);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (const component of components)
        view.setUint16(component.pos, subset.includeGlyph(component.glyphID));
    }
    parts.push(bytes);
    offsets.push(offset);
    metrics.push({ advance, bearing });
    offset += bytes.length;
  }
  offsets.push(offset);

  const hhea = new Uint8Array(source.hhea);
  new DataView(hhea.buffer).setUint16(34, metrics.length); // numberOfMetrics
  const maxp = new Uint8Array(source.maxp);
  new DataView(maxp.buffer).setUint16(4, parts.length); // numGlyphs

  const short = locaVersion === 0;
  const loca = new Uint8Array(offsets.length * (short ? 2 : 4));
  const locaView = new DataView(loca.buffer);
  offsets.forEach((value, i) =>
    short ? locaView.setUint16(i * 2, value >>> 1) : locaView.setUint32(i * 4, value),
  );
  const hmtx = new Uint8Array(metrics.length * 4);
  const hmtxView = new DataView(hmtx.buffer);
  metrics.forEach(({ advance, bearing }, i) => {
    hmtxView.setUint16(i * 4, advance);
    hmtxView.setInt16(i * 4 + 2, bearing);
  });

  const body: Record<(typeof TAGS)[number], Uint8Array[] | Uint8Array | null> = {
    head: source.head,
    hhea,
    loca,
    maxp,
    'cvt ': source['cvt '],
    prep: source.prep,
    glyf: parts,
    hmtx,
    fpgm: source.fpgm,
  };
  const present = TAGS.filter((tag) => body[tag] !== null);
  const lengthOf = (tag: (typeof TAGS)[number]) => {
    const value = body[tag];
    return Array.isArray(value) ? offset : (value?.length ?? 0);
  };
  const headerSize = 12 + 16 * present.length;
  const total = present.reduce((sum, tag) => sum + lengthOf(tag), headerSize);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  // The offset table: fontkit writes the version tag 'true' and no checksums.
  const exponent = Math.floor(Math.log2(present.length));
  const searchRange = 2 ** exponent * 16;
  out.set([0x74, 0x72, 0x75, 0x65], 0);
  view.setUint16(4, present.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, exponent);
  view.setUint16(10, present.length * 16 - searchRange);
  let at = headerSize;
  present.forEach((tag, i) => {
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c += 1) out[record + c] = tag.charCodeAt(c);
    view.setUint32(record + 4, 0);
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, lengthOf(tag));
    const value = body[tag];
    for (const part of Array.isArray(value) ? value : value ? [value] : []) {
      out.set(part, at);
      at += part.length;
    }
  });
  return out;
}
