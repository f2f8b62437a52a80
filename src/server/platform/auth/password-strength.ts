import type { Language } from '../../../contract/index.js';
import {
  loadPasswordChecker,
  MIN_PASSWORD_SCORE,
  passwordUserInputs,
  type PasswordChecker,
  type PasswordScore,
} from '../../../core/passwords/index.js';
import { Validation } from '../errors.js';

/**
 * The zxcvbn checker is built on the first password to rate (sign-up, password change) and
 * dropped after ten idle minutes: its ranked dictionaries take about 17 MB of heap that a server
 * rating a few passwords a day should not keep. The dictionary modules themselves stay loaded
 * (about 18 MB) once imported.
 */
const IDLE_MS = 10 * 60_000;
let checker: Promise<PasswordChecker> | null = null;
let idleTimer: NodeJS.Timeout | null = null;

function getChecker(): Promise<PasswordChecker> {
  checker ??= loadPasswordChecker().catch((error: unknown) => {
    checker = null;
    throw error;
  });
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    checker = null;
    idleTimer = null;
  }, IDLE_MS);
  idleTimer.unref();
  return checker;
}

export interface PasswordOwner {
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
}

/** The zxcvbn score (0–4) of a password for this person (their names count against it). */
export async function scorePassword(
  password: string,
  owner: PasswordOwner,
  language: Language = 'en',
): Promise<PasswordScore> {
  return (await getChecker()).check(password, passwordUserInputs(owner), language).score;
}

/**
 * Refuses a password below the minimum score with a field error on `field`, the same rule the
 * web app's meter shows; returns the score to store.
 */
export async function requireStrongPassword(
  password: string,
  owner: PasswordOwner,
  field: string,
): Promise<PasswordScore> {
  const score = await scorePassword(password, owner);
  if (score < MIN_PASSWORD_SCORE) throw Validation({ [field]: 'validation.passwordTooWeak' });
  return score;
}
