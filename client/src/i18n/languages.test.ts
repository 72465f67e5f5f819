import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { detectLanguage, LANGUAGE_STORAGE_KEY } from './languages';

describe('detectLanguage', () => {
  it.each([
    { stored: 'de', preferred: ['it-IT'], expected: 'de', why: 'a stored choice wins over the browser' },
    { stored: null, preferred: ['it-IT', 'en-US'], expected: 'it', why: 'the first preferred language Concord speaks' },
    { stored: null, preferred: ['fr-FR', 'ko-KR'], expected: 'ko', why: 'unsupported languages are skipped' },
    { stored: null, preferred: ['DE-at'], expected: 'de', why: 'tags match case-insensitively on the primary subtag' },
    {
      stored: 'xx',
      preferred: ['pt-BR'],
      expected: 'en',
      why: 'a stale stored value and no match fall back to English',
    },
    { stored: null, preferred: [], expected: 'en', why: 'no preference at all gives English' },
  ])('$why', ({ stored, preferred, expected }) => {
    expect(detectLanguage(stored, preferred)).toBe(expected);
  });
});

describe('createI18n', () => {
  it('translates, remembers a chosen language and mirrors it on <html lang>', async () => {
    const i18n = createI18n('en', window.localStorage);
    expect(i18n.t('nav.dashboard')).toBe('Dashboard');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();

    await i18n.changeLanguage('it');
    expect(i18n.t('nav.dashboard')).toBe('Panoramica');
    expect(document.documentElement.lang).toBe('it');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('it');
  });

  it('picks the plural form by language', () => {
    const i18n = createI18n('de');
    expect(i18n.t('dashboard.markets.count', { count: 1 })).toBe('1 Markt');
    expect(i18n.t('dashboard.markets.count', { count: 6 })).toBe('6 Märkte');
    void i18n.changeLanguage('ko');
    expect(i18n.t('dashboard.markets.count', { count: 6 })).toBe('마켓 6개');
  });
});
