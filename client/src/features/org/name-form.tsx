import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldHint, fieldProblem, OrgError } from './org-error';
import styles from './org.module.css';

/**
 * One name, in a row: adding a vendor, renaming a vendor or a team. An empty name is caught
 * here; the server's refusals (a name taken, say) show under it.
 */
export function NameForm({
  label,
  initial = '',
  submitLabel,
  failedTitle,
  error,
  busy,
  onSubmit,
  onCancel,
  testId,
}: {
  label: string;
  initial?: string;
  submitLabel: string;
  failedTitle: string;
  error: unknown;
  busy: boolean;
  /** Resolves when saved (the form empties), rejects when refused (the error shows). */
  onSubmit: (name: string) => Promise<unknown>;
  onCancel?: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [blank, setBlank] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBlank(!name.trim());
    if (!name.trim() || busy) return;
    try {
      await onSubmit(name.trim());
      if (!onCancel) setName('');
    } catch {
      // Shown from `error`.
    }
  }

  const problem = fieldProblem('name', error, blank, t('org.problems.name'));
  return (
    <form className={styles.nameForm} onSubmit={(event) => void submit(event)} data-testid={testId} noValidate>
      <label className={styles.inlineField}>
        <span className={styles.inlineLabel}>{label}</span>
        <input
          className="input"
          name="name"
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={problem ? true : undefined}
        />
        <FieldHint problem={problem} />
      </label>
      <div className={styles.inlineActions}>
        <button type="submit" className="button button-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('org.cancel')}
          </button>
        ) : null}
      </div>
      <div className={styles.wide}>
        <OrgError error={error} title={failedTitle} />
      </div>
    </form>
  );
}
