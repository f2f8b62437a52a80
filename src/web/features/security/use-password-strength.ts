import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  loadPasswordChecker,
  type PasswordChecker,
  type PasswordStrength,
} from '../../../core/passwords/index.js';
import { isLanguage } from '../../i18n/language';

/**
 * The strength rules and their dictionaries (a few megabytes) load on first use, in chunks of
 * their own: the main bundle does not carry them, and a page without a password field never
 * downloads them.
 */
let checker: Promise<PasswordChecker> | null = null;
function loadChecker(): Promise<PasswordChecker> {
  checker ??= loadPasswordChecker().catch((error: unknown) => {
    checker = null;
    throw error;
  });
  return checker;
}

export interface StrengthState {
  /** Null while the dictionaries load, or for an empty password. */
  strength: PasswordStrength | null;
  loading: boolean;
}

/** Rates the password as it is typed, the same way the server will. */
export function usePasswordStrength(
  password: string,
  userInputs: readonly string[],
): StrengthState {
  const { i18n } = useTranslation();
  const [loaded, setLoaded] = useState<PasswordChecker | null>(null);
  const wanted = password.length > 0;
  useEffect(() => {
    if (!wanted || loaded) return;
    let cancelled = false;
    loadChecker()
      .then((ready) => {
        if (!cancelled) setLoaded(ready);
      })
      // The meter is advice; the server checks anyway.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [wanted, loaded]);

  const inputsKey = userInputs.join('\n');
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const strength = useMemo(
    () => (loaded && password ? loaded.check(password, inputsKey.split('\n'), language) : null),
    [loaded, password, inputsKey, language],
  );
  return { strength, loading: wanted && !loaded };
}
