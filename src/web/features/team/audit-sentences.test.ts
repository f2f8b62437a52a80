import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../contract/index.js';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { nl } from '../../i18n/nl';

const catalogues = { en, fr, nl };

function at(tree: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      typeof node === 'object' && node !== null
        ? (node as Record<string, unknown>)[key]
        : undefined,
    tree,
  );
}

describe('audit log sentences', () => {
  it.each(Object.keys(catalogues))(
    '%s has a sentence for every event the server can write',
    (language) => {
      const catalogue = catalogues[language as keyof typeof catalogues];
      const missing = AUDIT_ACTIONS.filter((action) => {
        const sentence = at(catalogue, ['audit', 'events', ...action.split('.')]);
        return typeof sentence !== 'string' || sentence.trim() === '';
      });
      expect(missing).toEqual([]);
    },
  );

  it('says each event differently in French, Dutch and English', () => {
    const same = AUDIT_ACTIONS.filter((action) => {
      const path = ['audit', 'events', ...action.split('.')];
      const texts = [at(en, path), at(fr, path), at(nl, path)];
      return new Set(texts).size !== 3;
    });
    expect(same).toEqual([]);
  });

  it('writes "Marie Dupont a finalisé la facture 2026/0042"', () => {
    const sentence = String(at(fr, ['audit', 'events', 'document', 'finalized']))
      .replace('{{who}}', 'Marie Dupont')
      .replace(
        '{{what}}',
        String(at(fr, ['audit', 'records', 'invoice'])).replace('{{name}}', '2026/0042'),
      );
    expect(sentence).toBe('Marie Dupont a finalisé la facture 2026/0042');
  });
});
