import { describe, expect, it } from 'vitest';
import { loadPasswordChecker, MIN_PASSWORD_SCORE, passwordUserInputs } from './index.js';

const checker = await loadPasswordChecker();

describe('password strength', () => {
  it.each([
    ['password1234', 'dictionary password'],
    ['azertyuiop12', 'keyboard row (azerty)'],
    ['wachtwoord123', 'Dutch word'],
    ['motdepasse2026', 'French words and a year'],
    ['Bruxelles2026', 'place and year'],
  ])('rates %s (%s) below the minimum', (password) => {
    expect(checker.check(password, [], 'en').score).toBeLessThan(MIN_PASSWORD_SCORE);
  });

  it.each(['correct horse battery staple', 'a long enough password', 'kZ8#pq!Vw2m-tx'])(
    'accepts %s',
    (password) => {
      expect(checker.check(password, [], 'en').score).toBeGreaterThanOrEqual(MIN_PASSWORD_SCORE);
    },
  );

  it('counts the person’s own name and company against the password', () => {
    const inputs = passwordUserInputs({
      email: 'marie.dupont@electricite-dupont.be',
      firstName: 'Marie',
      lastName: 'Dupont',
      companyName: 'Électricité Dupont SRL',
    });
    expect(inputs).toEqual(expect.arrayContaining(['marie', 'dupont', 'électricité', 'facto']));
    const password = 'DupontElectricite';
    const known = checker.check(password, inputs, 'en');
    expect(known.guessesLog10).toBeLessThan(checker.check(password, [], 'en').guessesLog10);
    expect(known.score).toBeLessThan(MIN_PASSWORD_SCORE);
  });

  it('explains the weakness in the requested language', () => {
    const fr = checker.check('azertyuiop', [], 'fr');
    const nl = checker.check('azertyuiop', [], 'nl');
    const en = checker.check('azertyuiop', [], 'en');
    expect(en.warning).toMatch(/keys/i);
    expect(fr.warning).not.toBe(en.warning);
    expect(nl.warning).not.toBe(en.warning);
    expect(fr.warning).toBeTruthy();
    expect(nl.warning).toBeTruthy();
  });
});
