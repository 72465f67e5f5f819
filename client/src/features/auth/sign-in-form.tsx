import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { EyeIcon, EyeOffIcon } from '../../components/icons';
import { TextField } from '../../components/text-field';
import { graphql } from '../../gql';
import { describeSignInError } from './sign-in-error';
import type { Session } from './token-store';
import styles from './sign-in-page.module.css';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      expiresAt
      user {
        id
      }
    }
  }
`);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type FieldErrors = {
  email?: 'signIn.validation.emailRequired' | 'signIn.validation.emailInvalid';
  password?: 'signIn.validation.passwordRequired';
};

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = 'signIn.validation.emailRequired';
  else if (!EMAIL.test(email.trim())) errors.email = 'signIn.validation.emailInvalid';
  if (!password) errors.password = 'signIn.validation.passwordRequired';
  return errors;
}

/**
 * Email and password, checked here first (with messages in the reader's language rather than
 * the browser's), then by the server. The submit button is disabled while the request runs.
 */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [signIn, { loading }] = useMutation(SignInMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const errors = validate(email, password);
    setFieldErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    setServerError(null);
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (data) onSignedIn({ token: data.signIn.token, expiresAt: data.signIn.expiresAt });
    } catch (error) {
      setServerError(error);
    }
  }

  const failure = serverError ? describeSignInError(serverError) : null;

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate aria-busy={loading}>
      {failure ? (
        <Alert tone="error" title={t('signIn.errors.title')}>
          {t(failure.key, failure.values)}
        </Alert>
      ) : null}
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
        error={fieldErrors.email ? t(fieldErrors.email) : null}
        required
      />
      <TextField
        ref={passwordRef}
        label={t('signIn.password')}
        name="password"
        type={showPassword ? 'text' : 'password'}
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldErrors.password ? t(fieldErrors.password) : null}
        required
        trailing={
          <button
            type="button"
            className={`button button-ghost ${styles.reveal}`}
            aria-label={t('signIn.showPassword')}
            aria-pressed={showPassword}
            onClick={() => setShowPassword((shown) => !shown)}
          >
            {showPassword ? <EyeOffIcon /> : <EyeIcon />}
          </button>
        }
      />
      <button type="submit" className="button button-primary button-block" disabled={loading}>
        {loading ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}
