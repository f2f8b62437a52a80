import 'i18next';
import type { Catalogue } from './en';

// Typed keys: a misspelt key is a compile error, not a blank label at run time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
