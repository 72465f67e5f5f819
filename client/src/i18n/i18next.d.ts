import 'i18next';
import type en from './en.json';

// Typed keys: `t('nav.dashbord')` fails the typecheck instead of showing a raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
