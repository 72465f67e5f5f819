import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Alert } from '../../components/alert';
import { LoadingState } from '../../components/loading-state';
import { describeError } from '../../lib/error-message';
import { InvitationQuery, useAcceptInvitation } from './auth-mutations';
import { useAuth } from './auth-context';
import { linkTokenFrom } from './link-token';
import { NewPasswordForm } from './new-password-form';
import { PublicPage } from './public-page';
import styles from './public-page.module.css';

/**
 * Where an invitation mail's link (`/join#<token>`) leads: whom it is for, then a password,
 * then the app, signed in. A link that no longer works says why and where to go instead.
 */
export function JoinPage() {
  const { t, i18n } = useTranslation();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const { startSession } = useAuth();
  const token = linkTokenFrom(hash);
  const { data, loading, error } = useQuery(InvitationQuery, {
    variables: { token: token ?? '' },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const [accept] = useAcceptInvitation();
  const invitation = data?.invitation;

  async function join(password: string) {
    const { data: answer } = await accept({ variables: { input: { token: token ?? '', password } } });
    if (!answer) return;
    startSession(answer.acceptInvitation);
    await navigate('/', { replace: true });
  }

  const title = t('access.join.title');
  if (!token || error) {
    const message = error ? describeError(error) : null;
    return (
      <PublicPage title={title}>
        <div className={styles.actions}>
          <Alert tone="error" title={t('access.join.failedTitle')}>
            {message ? t(message.key, message.values) : t('access.join.missing')}
          </Alert>
        </div>
        <p className={styles.rule}>{t('access.join.askAgain')}</p>
        <div className={styles.actions}>
          <Link className="button button-primary" to="/sign-in">
            {t('access.toSignIn')}
          </Link>
          <Link className="button button-secondary" to="/forgot-password">
            {t('access.forgot.link')}
          </Link>
        </div>
      </PublicPage>
    );
  }
  if (loading || !invitation) {
    return (
      <PublicPage title={title}>
        <LoadingState label={t('access.join.loading')} />
      </PublicPage>
    );
  }
  const until = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(invitation.expiresAt),
  );
  return (
    <PublicPage title={title} lead={t('access.join.lead', { name: invitation.name, email: invitation.email })}>
      <p className={styles.rule} data-testid="invitation-expiry">
        {t('access.join.expires', { date: until })}
      </p>
      <NewPasswordForm
        email={invitation.email}
        submitLabel={t('access.join.submit')}
        submittingLabel={t('access.join.submitting')}
        errorTitle={t('access.join.acceptFailed')}
        onSubmit={join}
      />
    </PublicPage>
  );
}
