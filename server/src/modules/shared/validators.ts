import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Whether `tag` is a well-formed BCP 47 language tag (ICU's own check, as `Intl` applies it). */
export function isLanguageTag(tag: unknown): boolean {
  if (typeof tag !== 'string' || tag.length === 0 || tag.length > 35) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Whether `zone` is an IANA time zone this Node knows (`Europe/Rome`, `Asia/Seoul`, `UTC`). */
export function isTimeZone(zone: unknown): boolean {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function validator(name: string, check: (value: unknown) => boolean, message: string) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: (value: unknown) => check(value) },
    });
}

export const IsLanguageTag = validator(
  'isLanguageTag',
  isLanguageTag,
  '$property must be a BCP 47 language tag, e.g. it or it-IT',
);
export const IsTimeZone = validator('isTimeZone', isTimeZone, '$property must be an IANA time zone, e.g. Europe/Rome');
