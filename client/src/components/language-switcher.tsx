import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import { GlobeIcon } from './icons';
import styles from './language-switcher.module.css';

/** Each language is listed in its own name, so a reader finds theirs whatever is showing now. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className={styles.switcher}>
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <GlobeIcon className={styles.icon} />
      <select
        id={id}
        className={`select ${styles.select}`}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => void i18n.changeLanguage(event.target.value)}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {i18n.getFixedT(language)('language.nativeName')}
          </option>
        ))}
      </select>
    </div>
  );
}
