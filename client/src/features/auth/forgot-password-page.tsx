import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/alert';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/text-field';
import { useRequestPasswordReset } from './auth-mutations';
import { PublicPage } from './public-page';
import signIn from './sign-in-page.module.css';
import styles from './public-page.module.css';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Forgot your password?": asks for a reset link. The server answers the same for every
 * email, so the page does too: it never says whether an account exists.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState<'emailRequired' | 'emailInvalid' | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const [request, { loading, error }] = useRequestPasswordReset();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const trimmed = email.trim();
    const found = !trimmed ? 'emailRequired' : EMAIL.test(trimmed) ? null : 'emailInvalid';
    setInvalid(found);
    if (found) return emailRef.current?.focus();
    try {
      await request({ variables: { input: { email: trimmed } } });
      setSentTo(trimmed);
    } catch {
      // Shown from `error`.
    }
  }

  return (
    <PublicPage title={t('access.forgot.title')} lead={sentTo ? undefined : t('access.forgot.lead')}>
      {sentTo ? (
        <div className={styles.actions}>
          <Alert tone="info">{t('access.forgot.sent', { email: sentTo })}</Alert>
        </div>
      ) : (
        <form className={signIn.form} onSubmit={(event) => void submit(event)} noValidate aria-busy={loading}>
          {error ? <ErrorAlert error={error} title={t('access.forgot.failedTitle')} /> : null}
          <TextField
            ref={emailRef}
            label={t('signIn.email')}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={invalid ? t(`signIn.validation.${invalid}`) : null}
            required
          />
          <button type="submit" className="button button-primary button-block" disabled={loading}>
            {loading ? t('access.forgot.submitting') : t('access.forgot.submit')}
          </button>
        </form>
      )}
      <div className={styles.actions}>
        <Link className="button button-ghost" to="/sign-in">
          {t('access.toSignIn')}
        </Link>
      </div>
    </PublicPage>
  );
}
