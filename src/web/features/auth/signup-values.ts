import {
  checkCompanyNumber,
  signupRequestSchema,
  translate,
  type Language,
  type SignupRequest,
} from '../../../contract/index.js';
import { currentLanguage } from '../../i18n';
import { schemaErrors } from '../../lib/zod-form';

/** What the inputs hold; the language is the UI language, chosen with the page's switcher. */
export type SignupValues = Omit<SignupRequest, 'enterpriseNumber' | 'country' | 'language'> & {
  enterpriseNumber: string;
  country: string;
};

export const emptySignupValues: SignupValues = {
  companyName: '',
  enterpriseNumber: '',
  country: 'BE',
  firstName: '',
  lastName: '',
  email: '',
  password: '',
};

export function toSignupRequest(values: SignupValues, language: Language): SignupRequest {
  return { ...values, enterpriseNumber: values.enterpriseNumber.trim() || null, language };
}

export function validateSignup(values: SignupValues): Record<string, string> {
  const language = currentLanguage();
  const errors = schemaErrors(signupRequestSchema, toSignupRequest(values, language));
  // zod skips the schema's cross-field check while other fields fail; run it anyway so every
  // problem shows at once.
  const problem = checkCompanyNumber(values.country, values.enterpriseNumber.trim());
  if (problem) errors.enterpriseNumber ??= translate(language, problem);
  return errors;
}
