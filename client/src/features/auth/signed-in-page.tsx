import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { useAuth } from './auth-context';
import type { Session } from './token-store';
import styles from './sign-in-page.module.css';

/** What the server's SSO callback puts in the fragment: the session and where to go. */
export function readSignedInFragment(hash: string): { session: Session; next: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  const expiresAt = params.get('expiresAt');
  if (!token || !expiresAt) return null;
  const next = params.get('next') ?? '/';
  return { session: { token, expiresAt }, next: next.startsWith('/') && !next.startsWith('//') ? next : '/' };
}

/** `/signed-in#token=…`: where SSO lands. Stores the session as the password form does, then goes on. */
export function SignedInPage() {
  const { t } = useTranslation();
  const { token, startSession } = useAuth();
  const [result] = useState(() => readSignedInFragment(window.location.hash));

  useEffect(() => {
    if (result) startSession(result.session);
  }, [result, startSession]);

  // Once the store holds this session (the effect above), on to where the person was going.
  if (result && token === result.session.token) return <Navigate to={result.next} replace />;
  return (
    <main className={styles.signedIn}>
      <DocumentTitle title={t('signedIn.documentTitle')} />
      {result ? (
        <p role="status">{t('signedIn.working')}</p>
      ) : (
        <Alert tone="error" action={<Link to="/sign-in">{t('signedIn.back')}</Link>}>
          {t('signedIn.failed')}
        </Alert>
      )}
    </main>
  );
}
