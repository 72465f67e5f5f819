import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Alert } from '../../components/alert';
import { useResetPassword } from './auth-mutations';
import { useAuth } from './auth-context';
import { linkTokenFrom } from './link-token';
import { NewPasswordForm } from './new-password-form';
import { PublicPage } from './public-page';
import styles from './public-page.module.css';

/**
 * Where a reset mail's link (`/reset-password#<token>`) leads: a new password, then the app,
 * signed in (every other sign-in ends). A link that no longer works is refused by the server
 * when the form is sent (RESET_LINK_INVALID), and the page offers a new one.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const { startSession } = useAuth();
  const token = linkTokenFrom(hash);
  const [reset] = useResetPassword();

  async function save(password: string) {
    const { data } = await reset({ variables: { input: { token: token ?? '', password } } });
    if (!data) return;
    startSession(data.resetPassword);
    await navigate('/', { replace: true });
  }

  return (
    <PublicPage title={t('access.reset.title')} lead={token ? t('access.reset.lead') : undefined}>
      {token ? (
        <NewPasswordForm
          submitLabel={t('access.reset.submit')}
          submittingLabel={t('access.reset.submitting')}
          errorTitle={t('access.reset.failedTitle')}
          onSubmit={save}
        />
      ) : (
        <div className={styles.actions}>
          <Alert tone="error" title={t('access.reset.failedTitle')}>
            {t('access.reset.missing')}
          </Alert>
        </div>
      )}
      <div className={styles.actions}>
        <Link className="button button-secondary" to="/forgot-password">
          {t('access.reset.requestNew')}
        </Link>
        <Link className="button button-ghost" to="/sign-in">
          {t('access.toSignIn')}
        </Link>
      </div>
    </PublicPage>
  );
}
