import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../components/brand';
import { DocumentTitle } from '../../components/document-title';
import { LanguageSwitcher } from '../../components/language-switcher';
import signIn from './sign-in-page.module.css';
import styles from './public-page.module.css';

/** The frame of a page opened without a session (a mailed link, a reset request): the sign-in page's look, one card. */
export function PublicPage({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={signIn.page}>
      <DocumentTitle title={title} />
      <header className={signIn.topBar}>
        <Brand />
        <LanguageSwitcher />
      </header>
      <main className={styles.main}>
        <section className={signIn.card} aria-labelledby="public-page-title">
          <h1 id="public-page-title" className={signIn.title}>
            {title}
          </h1>
          {lead ? <p className={signIn.lead}>{lead}</p> : null}
          {children}
        </section>
      </main>
      <footer className={signIn.footer}>{t('signIn.footer')}</footer>
    </div>
  );
}
