import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { ErrorAlert } from '../../components/error-alert';
import { graphqlErrorCode, retryAfterSeconds } from '../../lib/error-message';
import { useAskQuestion } from './briefing-mutations';
import { characterCount, LIMITS, textProblem } from './text-limits';
import shared from './briefings.module.css';
import styles from './questions.module.css';

/**
 * Asks a question: plain text, 1 to 1000 characters, optionally anonymous to the other
 * attendees. Checked here first (an empty or over-long question is never sent); the
 * server's refusals, the per-minute limit above all, are told in words.
 */
export function AskForm({ briefingId, onAsked }: { briefingId: string; onAsked: (questionId: string) => void }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const counterId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [tried, setTried] = useState(false);
  const [ask, { loading, error, reset }] = useAskQuestion(briefingId);
  const count = characterCount(text);
  const problem = textProblem(text, LIMITS.question);
  const over = count > LIMITS.question;
  const showProblem = problem === 'tooLong' || (tried && problem);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    const result = await ask({ variables: { input: { briefingId, text, anonymous } } }).catch(() => null);
    const id = result?.data?.askBriefingQuestion.question.id;
    if (!id) return;
    onAsked(id);
    setText('');
    setAnonymous(false);
    setTried(false);
  }

  const seconds = retryAfterSeconds(error);
  return (
    <form className={styles.askForm} onSubmit={(event) => void submit(event)} noValidate data-testid="ask-form">
      <label htmlFor={fieldId} className={shared.cardTitle}>
        {t('briefings.ask.label')}
      </label>
      <textarea
        id={fieldId}
        className={shared.textarea}
        value={text}
        placeholder={t('briefings.ask.placeholder')}
        aria-invalid={showProblem ? true : undefined}
        aria-describedby={`${counterId}${showProblem ? ` ${errorId}` : ''}`}
        onChange={(event) => {
          setText(event.target.value);
          if (error) reset();
        }}
      />
      {showProblem ? (
        <p id={errorId} className={shared.fieldError}>
          {problem === 'empty'
            ? t('briefings.ask.empty')
            : t('briefings.ask.tooLong', { max: LIMITS.question, count: count - LIMITS.question })}
        </p>
      ) : null}
      <div className={styles.formRow}>
        <label className={shared.check}>
          <input type="checkbox" checked={anonymous} onChange={(event) => setAnonymous(event.target.checked)} />
          {t('briefings.ask.anonymous')}
        </label>
        <span id={counterId} className={styles.counter} data-over={over} aria-live={over ? 'polite' : 'off'}>
          {t('briefings.ask.counter', { count, max: LIMITS.question })}
        </span>
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('briefings.ask.submit')}
        </button>
      </div>
      {error ? (
        graphqlErrorCode(error) === 'RATE_LIMITED' ? (
          <Alert tone="error" title={t('briefings.ask.failed')}>
            {seconds ? t('briefings.ask.rateLimitedFor', { count: seconds }) : t('briefings.ask.rateLimited')}
          </Alert>
        ) : (
          <ErrorAlert error={error} title={t('briefings.ask.failed')} />
        )
      ) : null}
    </form>
  );
}
