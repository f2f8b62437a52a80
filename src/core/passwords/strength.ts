/**
 * Password strength, rated by zxcvbn-ts with the common, English, French and Belgian Dutch
 * dictionaries. The same code runs in the browser (the live meter) and on the server (which
 * enforces the minimum and stores the score), so both always agree. The dictionaries weigh a few
 * megabytes: they are imported on first use only, so neither the web app's main bundle nor the
 * server's start-up pays for them.
 */

export type StrengthLanguage = 'fr' | 'nl' | 'en';
export type PasswordScore = 0 | 1 | 2 | 3 | 4;

/** zxcvbn's "safely unguessable" (about 10^8 guesses and more); 4 is "very unguessable". */
export const MIN_PASSWORD_SCORE = 3;

export interface PasswordStrength {
  score: PasswordScore;
  /** log10 of the estimated number of guesses an attacker needs. */
  guessesLog10: number;
  /** Why it is weak, translated into the requested language (null when nothing stands out). */
  warning: string | null;
  suggestions: string[];
}

export interface PasswordChecker {
  check(
    password: string,
    userInputs: readonly string[],
    language: StrengthLanguage,
  ): PasswordStrength;
}

/** Longer passwords are strong anyway; rating them would only cost time (zxcvbn is superlinear). */
const RATED_LENGTH = 100;

interface Translations {
  warnings: Record<string, string>;
  suggestions: Record<string, string>;
}

/** Loads the dictionaries (once per caller) and returns a synchronous checker. */
export async function loadPasswordChecker(): Promise<PasswordChecker> {
  const [core, common, en, fr, nl] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-fr'),
    import('@zxcvbn-ts/language-nl-be'),
  ]);
  // The Belgian Dutch package predates the "-language" suffix of the other packages' lists.
  const dutch = Object.fromEntries(
    Object.entries(nl.dictionary).map(([name, words]) => [`${name}-nl`, words]),
  );
  const zxcvbn = new core.ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary, ...dutch },
    graphs: common.adjacencyGraphs,
  });
  const translations: Record<StrengthLanguage, Translations> = {
    en: en.translations,
    fr: fr.translations,
    nl: nl.translations,
  };
  return {
    check(password, userInputs, language) {
      const result = zxcvbn.check(password.slice(0, RATED_LENGTH), [...userInputs]);
      const { warnings, suggestions } = translations[language];
      const warning = result.feedback.warning;
      return {
        score: result.score,
        guessesLog10: result.guessesLog10,
        warning: warning ? (warnings[warning] ?? null) : null,
        suggestions: result.feedback.suggestions
          .map((key) => suggestions[key])
          .filter((text): text is string => Boolean(text)),
      };
    },
  };
}

/**
 * What the person is known by: a password made of these is easy to guess for anyone who knows
 * them. Words of three letters and more, the email address and its parts.
 */
export function passwordUserInputs(person: {
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
}): string[] {
  const inputs = new Set<string>(['facto']);
  const email = person.email?.trim().toLowerCase();
  if (email) {
    inputs.add(email);
    for (const part of email.split(/[@.+_-]/)) if (part.length >= 3) inputs.add(part);
  }
  for (const text of [person.firstName, person.lastName, person.companyName]) {
    for (const word of text?.toLowerCase().split(/[\s,.'’-]+/) ?? []) {
      if (word.length < 3) continue;
      inputs.add(word);
      // People type "electricite" for "Électricité".
      inputs.add(word.normalize('NFD').replace(/\p{M}/gu, ''));
    }
  }
  return [...inputs];
}
