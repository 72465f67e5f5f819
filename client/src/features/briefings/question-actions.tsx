import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import type { QuestionCard_QuestionFragment } from '../../gql/graphql';
import {
  useDismissQuestion,
  useMarkQuestionAnswered,
  usePinQuestion,
  usePromoteQuestion,
  useReopenQuestion,
  useReplyToQuestion,
} from './briefing-mutations';
import { ReasonInput, useReason } from './reason-input';
import { characterCount, LIMITS, textProblem } from './text-limits';
import shared from './briefings.module.css';
import styles from './questions.module.css';

type Panel = 'reply' | 'dismiss' | null;

/**
 * Reply for everyone; pin, answer, dismiss, reopen and promote for the presenter. Once the
 * thread is closed only dismissing (abusive content must stay removable) and promoting remain.
 */
export function QuestionActions({
  question,
  presenter,
  open,
  versionId,
}: {
  question: QuestionCard_QuestionFragment;
  presenter: boolean;
  open: boolean;
  /** The presented version, whose FAQ a promoted question joins. */
  versionId?: string;
}) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<Panel>(null);
  const [pin, pinning] = usePinQuestion();
  const [answer, answering] = useMarkQuestionAnswered();
  const [reopen, reopening] = useReopenQuestion();
  const [promote, promoting] = usePromoteQuestion(versionId);
  const questionId = question.id;
  const busy = pinning.loading || answering.loading || reopening.loading || promoting.loading;
  const failure = pinning.error ?? answering.error ?? reopening.error ?? promoting.error;
  return (
    <>
      <div className={shared.actions}>
        {open && question.status !== 'DISMISSED' ? (
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={panel === 'reply'}
            onClick={() => setPanel(panel === 'reply' ? null : 'reply')}
          >
            {t('briefings.reply.open')}
          </button>
        ) : null}
        {presenter && open && question.status !== 'DISMISSED' ? (
          <button
            type="button"
            className="button button-ghost"
            disabled={busy}
            onClick={() =>
              void pin({ variables: { input: { questionId, pinned: !question.pinned } } }).catch(() => undefined)
            }
          >
            {question.pinned ? t('briefings.moderate.unpin') : t('briefings.moderate.pin')}
          </button>
        ) : null}
        {presenter && open && question.status === 'OPEN' ? (
          <button
            type="button"
            className="button button-ghost"
            disabled={busy}
            onClick={() => void answer({ variables: { input: { questionId } } }).catch(() => undefined)}
          >
            {t('briefings.moderate.markAnswered')}
          </button>
        ) : null}
        {presenter && question.status === 'ANSWERED' && !question.faqEntry ? (
          <button
            type="button"
            className="button button-ghost"
            disabled={busy || !question.officialAnswer}
            title={question.officialAnswer ? undefined : t('briefings.moderate.promoteNeedsAnswer')}
            onClick={() => void promote({ variables: { input: { questionId } } }).catch(() => undefined)}
          >
            {t('briefings.moderate.promote')}
          </button>
        ) : null}
        {presenter && question.status !== 'DISMISSED' ? (
          <button
            type="button"
            className="button button-ghost"
            aria-expanded={panel === 'dismiss'}
            onClick={() => setPanel(panel === 'dismiss' ? null : 'dismiss')}
          >
            {t('briefings.moderate.dismiss')}
          </button>
        ) : null}
        {presenter && open && (question.status !== 'OPEN' || question.hidden) ? (
          <button
            type="button"
            className="button button-ghost"
            disabled={busy}
            onClick={() => void reopen({ variables: { input: { questionId } } }).catch(() => undefined)}
          >
            {t('briefings.moderate.reopen')}
          </button>
        ) : null}
      </div>
      {failure ? <ErrorAlert error={failure} title={t('briefings.moderate.failed')} /> : null}
      {panel === 'reply' ? (
        <ReplyForm questionId={questionId} presenter={presenter} onDone={() => setPanel(null)} />
      ) : null}
      {panel === 'dismiss' && presenter ? <DismissForm questionId={questionId} onDone={() => setPanel(null)} /> : null}
    </>
  );
}

function ReplyForm({ questionId, presenter, onDone }: { questionId: string; presenter: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [text, setText] = useState('');
  const [official, setOfficial] = useState(presenter);
  const [tried, setTried] = useState(false);
  const [reply, { loading, error }] = useReplyToQuestion();
  const count = characterCount(text);
  const problem = textProblem(text, LIMITS.reply);
  const showProblem = problem === 'tooLong' || (tried && problem);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    const done = await reply({ variables: { input: { questionId, text, official: presenter && official } } }).catch(
      () => null,
    );
    if (done?.data) onDone();
  }

  return (
    <form className={shared.inlineForm} onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={fieldId} className={shared.small}>
        {t('briefings.reply.label')}
      </label>
      <textarea
        id={fieldId}
        className={shared.textarea}
        value={text}
        aria-invalid={showProblem ? true : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {showProblem ? (
        <p className={shared.fieldError}>
          {problem === 'empty'
            ? t('briefings.reply.empty')
            : t('briefings.reply.tooLong', { max: LIMITS.reply, count: count - LIMITS.reply })}
        </p>
      ) : null}
      <div className={styles.formRow}>
        {presenter ? (
          <label className={shared.check}>
            <input type="checkbox" checked={official} onChange={(event) => setOfficial(event.target.checked)} />
            {t('briefings.reply.asOfficial')}
          </label>
        ) : (
          <span />
        )}
        <span className={styles.counter} data-over={count > LIMITS.reply}>
          {t('briefings.ask.counter', { count, max: LIMITS.reply })}
        </span>
        <div className={shared.actions}>
          <button type="button" className="button button-ghost" onClick={onDone}>
            {t('briefings.common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('briefings.reply.submit')}
          </button>
        </div>
      </div>
      {error ? <ErrorAlert error={error} title={t('briefings.reply.failed')} /> : null}
    </form>
  );
}

function DismissForm({ questionId, onDone }: { questionId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const field = useReason();
  const [hide, setHide] = useState(false);
  const [dismiss, { loading, error }] = useDismissQuestion();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!field.check()) return;
    const done = await dismiss({ variables: { input: { questionId, reason: field.reason, hide } } }).catch(() => null);
    if (done?.data) onDone();
  }

  return (
    <form className={shared.inlineForm} onSubmit={(event) => void submit(event)} noValidate>
      <ReasonInput field={field} label={t('briefings.moderate.reason')} />
      <div className={styles.formRow}>
        <label className={shared.check}>
          <input type="checkbox" checked={hide} onChange={(event) => setHide(event.target.checked)} />
          {t('briefings.moderate.hide')}
        </label>
        <div className={shared.actions}>
          <button type="button" className="button button-ghost" onClick={onDone}>
            {t('briefings.common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={loading}>
            {t('briefings.moderate.confirmDismiss')}
          </button>
        </div>
      </div>
      {error ? <ErrorAlert error={error} title={t('briefings.moderate.failed')} /> : null}
    </form>
  );
}
