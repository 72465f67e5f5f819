import { describe, expect, it } from 'vitest';
import { isLanguageTag, parseLanguageTags, timeZones } from './language-tags';

describe('parseLanguageTags', () => {
  it.each([
    ['', { tags: [], invalid: [] }],
    ['it, en', { tags: ['it', 'en'], invalid: [] }],
    ['en-gb it|it', { tags: ['en-GB', 'it'], invalid: [] }],
    ['it, en_GB, e', { tags: ['it'], invalid: ['en_GB', 'e'] }],
    ['zh-Hant-TW', { tags: ['zh-Hant-TW'], invalid: [] }],
  ])('%j → %j', (text, parsed) => {
    expect(parseLanguageTags(text)).toEqual(parsed);
  });

  it('takes the tags the server takes (RFC 5646 shape, canonicalised by Intl)', () => {
    expect(isLanguageTag('it-IT-e1234567')).toBe(true);
    expect(isLanguageTag('it_IT')).toBe(false);
  });
});

describe('timeZones', () => {
  it('lists IANA zones, UTC among them', () => {
    expect(timeZones()).toEqual(expect.arrayContaining(['Europe/Rome', 'Asia/Seoul', 'UTC']));
  });
});
