import { Link, Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Brand } from '../../components/brand';
import { DocumentTitle } from '../../components/document-title';
import { LanguageSwitcher } from '../../components/language-switcher';
import { useAuth } from './auth-context';
import type { SignInLocationState } from './require-auth';
import { SignInForm } from './sign-in-form';
import { SsoButton, SsoFailure, useSignInOptions } from './sso-sign-in';
import publicStyles from './public-page.module.css';
import styles from './sign-in-page.module.css';

/** Only paths inside the app are followed after sign-in, never another origin. */
function safeReturnPath(state: unknown): string {
  const from = (state as SignInLocationState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const { token, lastEnd, startSession } = useAuth();
  const location = useLocation();
  const { sso, passwordSignIn } = useSignInOptions();

  if (token) return <Navigate to={safeReturnPath(location.state)} replace />;

  return (
    <div className={styles.page}>
      <DocumentTitle title={t('signIn.documentTitle')} />
      <header className={styles.topBar}>
        <Brand />
        <LanguageSwitcher />
      </header>
      <main className={styles.main}>
        <section className={styles.card} aria-labelledby="sign-in-title">
          <h1 id="sign-in-title" className={styles.title}>
            {t('signIn.title')}
          </h1>
          <p className={styles.lead}>{passwordSignIn ? t('signIn.lead') : t('signIn.passwordOff')}</p>
          <SsoFailure />
          {lastEnd === 'expired' ? (
            <div className={styles.notice}>
              <Alert tone="info">{t('signIn.sessionExpired')}</Alert>
            </div>
          ) : null}
          {sso ? <SsoButton sso={sso} returnTo={safeReturnPath(location.state)} /> : null}
          {sso && passwordSignIn ? (
            <p className={styles.divider} aria-hidden="true">
              {t('signIn.or')}
            </p>
          ) : null}
          {passwordSignIn ? <SignInForm onSignedIn={startSession} /> : null}
          {passwordSignIn ? (
            <p className={publicStyles.forgot}>
              <Link to="/forgot-password">{t('access.forgot.link')}</Link>
            </p>
          ) : null}
        </section>
        <section className={styles.intro} aria-labelledby="sign-in-intro">
          <h2 id="sign-in-intro" className={styles.introTitle}>
            {t('signIn.intro.title')}
          </h2>
          <p className={styles.introLead}>{t('signIn.intro.lead')}</p>
          <ul role="list" className={styles.features}>
            <li>
              <strong>{t('signIn.intro.calibrationTitle')}</strong>
              <span>{t('signIn.intro.calibrationText')}</span>
            </li>
            <li>
              <strong>{t('signIn.intro.briefingsTitle')}</strong>
              <span>{t('signIn.intro.briefingsText')}</span>
            </li>
            <li>
              <strong>{t('signIn.intro.auditsTitle')}</strong>
              <span>{t('signIn.intro.auditsText')}</span>
            </li>
          </ul>
        </section>
      </main>
      <footer className={styles.footer}>{t('signIn.footer')}</footer>
    </div>
  );
}
