export {
  loadPasswordChecker,
  MIN_PASSWORD_SCORE,
  passwordUserInputs,
  type PasswordChecker,
  type PasswordScore,
  type PasswordStrength,
  type StrengthLanguage,
} from './strength.js';
