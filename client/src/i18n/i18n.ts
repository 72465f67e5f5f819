import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';
import it from './it.json';
import ko from './ko.json';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, type Language } from './languages';

export const resources = {
  en: { translation: en },
  it: { translation: it },
  de: { translation: de },
  ko: { translation: ko },
} as const satisfies Record<Language, { translation: unknown }>;

/**
 * One i18next instance for the app (or a test). A language the user picks is remembered in
 * `storage`; the current one is mirrored on `<html lang>` so screen readers pronounce the page correctly.
 */
export function createI18n(language: Language, storage?: Storage): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: Object.keys(resources),
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
    initAsync: false,
  });
  // Registered after init so only a choice the user makes is remembered, not the detected default.
  instance.on('languageChanged', (lng) => {
    try {
      storage?.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
  });
  return instance;
}
