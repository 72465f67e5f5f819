import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/alert';
import { graphql } from '../../gql';
import { reasonKey } from '../../lib/error-message';
import styles from './sign-in-page.module.css';

export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      passwordSignIn
      sso {
        label
        startUrl
      }
    }
  }
`);

/** What the server offers: SSO when configured, the password form unless switched off for everyone. */
export function useSignInOptions() {
  const { data } = useQuery(SignInOptionsQuery, { fetchPolicy: 'cache-first' });
  return { sso: data?.signInOptions.sso ?? null, passwordSignIn: data?.signInOptions.passwordSignIn ?? true };
}

/** Why the last SSO sign-in failed (`/sign-in?sso=<REASON>`, from the server's callback), translated. */
export function SsoFailure() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const reason = params.get('sso');
  if (!reason) return null;
  const key = reasonKey('sso', reason) ?? 'errors.sso.PROVIDER_ERROR';
  return (
    <div className={styles.notice}>
      <Alert tone="error" title={t('signIn.ssoFailedTitle')}>
        {t(key)}
      </Alert>
    </div>
  );
}

/** The way to the organisation's IdP: a plain link, the server redirects. */
export function SsoButton({ sso, returnTo }: { sso: { label?: string | null; startUrl: string }; returnTo: string }) {
  const { t } = useTranslation();
  const href = `${sso.startUrl}?next=${encodeURIComponent(returnTo)}`;
  return (
    <a className={`button button-primary button-block ${styles.sso}`} href={href}>
      {sso.label ? t('signIn.ssoButtonNamed', { label: sso.label }) : t('signIn.ssoButton')}
    </a>
  );
}
