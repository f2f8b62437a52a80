import { describe, expect, it } from 'vitest';
import * as eager from '../../contract/messages/index.js';
import { isMessageKey, loadContractMessages, messages, translate } from './contract-messages';

// One sequence: the module keeps what it has loaded, as in the browser.
describe("the web's contract messages, one language at a time", () => {
  it('answers as the contract does once a language is loaded, in a loaded one meanwhile', async () => {
    expect(translate('fr', 'validation.required')).toBe('validation.required');
    expect(isMessageKey('validation.required')).toBe(false);

    await loadContractMessages('fr');
    expect(Object.keys(messages)).toEqual(['fr']);
    expect(isMessageKey('validation.required')).toBe(true);
    expect(isMessageKey('validation.noSuchKey')).toBe(false);
    expect(translate('fr', 'validation.tooShort', { min: 8 })).toBe('Au moins 8 caractères.');
    expect(translate('fr', 'validation.noSuchKey')).toBe("Cette valeur n'est pas valide.");
    // Dutch not loaded yet (the UI is switching): French rather than a key.
    expect(translate('nl', 'validation.required')).toBe(
      eager.translate('fr', 'validation.required'),
    );

    await loadContractMessages('nl');
    await loadContractMessages('en');
    for (const language of ['en', 'fr', 'nl'] as const) {
      expect(messages[language]).toEqual(eager.messages[language]);
      expect(translate(language, 'validation.tooLong', { max: 3 })).toBe(
        eager.translate(language, 'validation.tooLong', { max: 3 }),
      );
    }
  });
});
