import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EyeIcon, EyeOffIcon } from '../../components/icons';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/text-field';
import { passwordProblem, type PasswordProblem } from './password-rule';
import signIn from './sign-in-page.module.css';
import styles from './public-page.module.css';

/**
 * A new password, typed twice, with the rule said up front and checked here as far as the
 * client can (length, the email, the two agreeing); the server checks it against common
 * passwords. `onSubmit` rejects with the server's error, shown above the fields.
 */
export function NewPasswordForm({
  email,
  submitLabel,
  submittingLabel,
  errorTitle,
  onSubmit,
}: {
  email?: string;
  submitLabel: string;
  submittingLabel: string;
  errorTitle: string;
  onSubmit: (password: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const ruleId = useId();
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [shown, setShown] = useState(false);
  const [problem, setProblem] = useState<PasswordProblem | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatedRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const found = passwordProblem(password, repeated, email);
    setProblem(found);
    if (found) {
      (found === 'mismatch' ? repeatedRef : passwordRef).current?.focus();
      return;
    }
    setFailure(null);
    setBusy(true);
    try {
      await onSubmit(password);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  const type = shown ? 'text' : 'password';
  return (
    <form className={signIn.form} onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      {failure ? <ErrorAlert error={failure} title={errorTitle} /> : null}
      {email ? <input type="hidden" name="username" autoComplete="username" value={email} readOnly /> : null}
      <p id={ruleId} className={styles.rule}>
        {t('access.passwordRule')}
      </p>
      <TextField
        ref={passwordRef}
        label={t('access.newPassword')}
        name="new-password"
        type={type}
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={problem && problem !== 'mismatch' ? t(`access.problems.${problem}`) : null}
        required
        trailing={
          <button
            type="button"
            className={`button button-ghost ${signIn.reveal}`}
            aria-label={t('signIn.showPassword')}
            aria-pressed={shown}
            onClick={() => setShown((on) => !on)}
          >
            {shown ? <EyeOffIcon /> : <EyeIcon />}
          </button>
        }
      />
      <TextField
        ref={repeatedRef}
        label={t('access.repeatPassword')}
        name="repeat-password"
        type={type}
        autoComplete="new-password"
        value={repeated}
        onChange={(event) => setRepeated(event.target.value)}
        error={problem === 'mismatch' ? t('access.problems.mismatch') : null}
        required
      />
      <button type="submit" className="button button-primary button-block" disabled={busy}>
        {busy ? submittingLabel : submitLabel}
      </button>
    </form>
  );
}
