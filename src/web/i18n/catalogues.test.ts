import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';

interface Tree {
  [key: string]: unknown;
}

const catalogues: Record<string, Tree> = { en, fr, nl };
const languages = Object.keys(catalogues);

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }`; non-string leaves are kept to be reported. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key;
    if (typeof value === 'object' && value !== null) {
      for (const [inner, leaf] of flatten(value as Tree, `${path}.`)) flat.set(inner, leaf);
    } else {
      flat.set(path, value);
    }
  }
  return flat;
}

function placeholders(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const flat = new Map(languages.map((language) => [language, flatten(catalogues[language] ?? {})]));
const allKeys = [...new Set([...flat.values()].flatMap((entries) => [...entries.keys()]))].sort();

// Every web source file except tests, as text (Vite's glob keeps this free of node:fs).
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('UI catalogues', () => {
  it.each(languages)('%s has every key of the other languages, none empty', (language) => {
    const entries = flat.get(language) ?? new Map<string, unknown>();
    expect(allKeys.filter((key) => !entries.has(key))).toEqual([]);
    const blank = [...entries].filter(([, text]) => typeof text !== 'string' || !text.trim());
    expect(blank.map(([key]) => key)).toEqual([]);
  });

  it('uses the same {{placeholders}} in every language', () => {
    const mismatches: string[] = [];
    for (const key of allKeys) {
      const reference = placeholders(flat.get('en')?.get(key)).join(',');
      for (const language of languages) {
        const found = placeholders(flat.get(language)?.get(key)).join(',');
        if (found !== reference)
          mismatches.push(`${language} ${key}: {${found}} ≠ en {${reference}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('translation keys in the sources', () => {
  const used = new Map<string, string>();
  const dynamic: string[] = [];
  for (const [file, text] of Object.entries(sources)) {
    for (const match of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g)) used.set(match[2] ?? '', file);
    for (const match of text.matchAll(/\bt\(\s*`[^`]*\$\{/g)) dynamic.push(`${file}: ${match[0]}`);
  }

  it('finds the source files and their keys', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(used.size).toBeGreaterThan(100);
  });

  it('only uses keys that exist in the catalogues', () => {
    const missing = [...used].filter(([key]) => !allKeys.includes(key));
    expect(missing.map(([key, file]) => `${key} (${file})`)).toEqual([]);
  });

  it('has no catalogue entry that nothing uses', () => {
    expect(allKeys.filter((key) => !used.has(key))).toEqual([]);
  });

  it('writes keys as literals, so this check can see them', () => {
    expect(dynamic).toEqual([]);
  });
});
