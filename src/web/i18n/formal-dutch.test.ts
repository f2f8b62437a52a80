import { describe, expect, it } from 'vitest';
import { nl as serverNl } from '../../contract/messages/nl';
import { informalDutch } from '../../contract/messages/formal-dutch';
import { nl } from './nl';

/** Every string of a nested catalogue, with its dotted key. */
function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

describe('Dutch catalogues address the reader with the formal "u"', () => {
  it('finds the informal forms it must refuse', () => {
    expect(informalDutch('Vul je gegevens in.')).toEqual(['je']);
    expect(informalDutch('Heb jij Jouw code? Jullie, jezelf, jou.')).toEqual([
      'jij',
      'Jouw',
      'Jullie',
      'jezelf',
      'jou',
    ]);
    expect(informalDutch('Vul uw gegevens in. Hebt u uw code?')).toEqual([]);
  });

  it.each([
    ['web', nl],
    ['server', serverNl],
  ])('the %s catalogue has no je/jij/jouw', (_name, catalogue) => {
    const informal = leaves(catalogue)
      .map(([key, text]) => [key, informalDutch(text)] as const)
      .filter(([, words]) => words.length > 0);
    expect(informal).toEqual([]);
  });
});
