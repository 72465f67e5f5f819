import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { StatusBadge } from '../../components/status-badge';
import type { QuestionCard_QuestionFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import {
  DismissBriefingQuestionMutation,
  MarkBriefingQuestionAnsweredMutation,
  PinBriefingQuestionMutation,
  PromoteBriefingQuestionMutation,
  RemoveBriefingUpvoteMutation,
  ReopenBriefingQuestionMutation,
  ReplyToBriefingQuestionMutation,
  SetBriefingOfficialAnswerMutation,
  SetBriefingReplyHiddenMutation,
  UpvoteBriefingQuestionMutation,
} from './briefing-operations';
import type { RoomBriefing } from './briefing-room-page';
import { PinnedBadge, QuestionStatusBadge } from './briefing-badges';
import { characterCount, LIMITS, textProblem } from './text-limits';
import styles from './briefings.module.css';

export type CardQuestion = QuestionCard_QuestionFragment;
type Reply = CardQuestion['replies'][number];

/**
 * One question with its thread. Its text and every reply are rendered as text (React
 * escapes it; `white-space: pre-wrap` keeps the asker's line breaks), never as HTML.
 */
export function QuestionCard({
  question,
  briefing,
}: {
  question: CardQuestion;
  briefing: Pick<RoomBriefing, 'status' | 'threadClosed' | 'canPresent'>;
}) {
  const { t, i18n } = useTranslation();
  const textId = useId();
  const open = !briefing.threadClosed;
  const presenter = briefing.canPresent;
  return (
    <li
      className={styles.question}
      data-testid="question"
      data-status={question.status}
      data-pinned={question.pinned}
      aria-labelledby={textId}
    >
      <UpvoteButton question={question} disabled={!open || question.mine || question.status === 'DISMISSED'} />
      <div className={styles.questionBody}>
        <div className={styles.badgeRow}>
          <QuestionStatusBadge status={question.status} />
          {question.pinned ? <PinnedBadge /> : null}
          {question.hidden ? <StatusBadge>{t('briefings.question.hidden')}</StatusBadge> : null}
          {question.faqEntry ? <StatusBadge tone="good">{t('briefings.question.inFaq')}</StatusBadge> : null}
        </div>
        <p id={textId} className={`${styles.plainText} ${styles.questionText}`} data-testid="question-text">
          {question.text}
        </p>
        <p className={styles.byline}>
          <span data-testid="question-author">
            <AuthorLine author={question.author} market={question.authorMarket} />
          </span>
          {question.anonymous && question.author ? <span>{t('briefings.question.askedAnonymously')}</span> : null}
          <span>{formatDateTime(question.createdAt, i18n.language)}</span>
          {question.mine ? <span>{t('briefings.question.yours')}</span> : null}
        </p>
        {question.status === 'DISMISSED' && question.dismissalReason ? (
          <p className={styles.reason}>
            {t('briefings.question.dismissedBecause')}{' '}
            <span className={styles.plainText}>{question.dismissalReason}</span>
          </p>
        ) : null}
        {question.replies.length > 0 ? (
          <ul
            role="list"
            className={styles.replies}
            aria-label={t('briefings.question.replies', { count: question.replyCount })}
          >
            {question.replies.map((reply) => (
              <ReplyItem
                key={reply.id}
                reply={reply}
                questionId={question.id}
                canMarkOfficial={presenter && !briefing.threadClosed && !reply.official && !reply.hidden}
                canHide={presenter && !reply.official}
              />
            ))}
          </ul>
        ) : null}
        {open || presenter ? <QuestionActions question={question} presenter={presenter} open={open} /> : null}
      </div>
    </li>
  );
}

/** The author as this viewer may see them: named, or only their market (another vendor), or nobody (anonymous). */
function AuthorLine({
  author,
  market,
}: {
  author: { name: string } | null | undefined;
  market: { code: string } | null | undefined;
}) {
  const { t } = useTranslation();
  if (author) {
    return (
      <>{market ? t('briefings.question.byNameMarket', { name: author.name, market: market.code }) : author.name}</>
    );
  }
  return <>{market ? t('briefings.question.byMarket', { market: market.code }) : t('briefings.question.anonymous')}</>;
}

function UpvoteButton({ question, disabled }: { question: CardQuestion; disabled: boolean }) {
  const { t } = useTranslation();
  const [upvote, upvoting] = useMutation(UpvoteBriefingQuestionMutation);
  const [remove, removing] = useMutation(RemoveBriefingUpvoteMutation);
  const input = { questionId: question.id };
  const error = upvoting.error ?? removing.error;
  return (
    <div className={styles.vote}>
      <button
        type="button"
        className={styles.voteButton}
        aria-pressed={question.upvotedByMe}
        aria-label={
          question.upvotedByMe
            ? t('briefings.question.removeUpvote', { count: question.upvoteCount })
            : t('briefings.question.upvote', { count: question.upvoteCount })
        }
        title={question.mine ? t('briefings.question.ownQuestion') : undefined}
        disabled={disabled || upvoting.loading || removing.loading}
        onClick={() => {
          const run = question.upvotedByMe ? remove({ variables: { input } }) : upvote({ variables: { input } });
          void run.catch(() => undefined);
        }}
      >
        <span aria-hidden="true">▲</span>
        <span className={styles.voteCount} data-testid="upvote-count">
          {question.upvoteCount}
        </span>
      </button>
      {error ? (
        <span className={styles.fieldError} role="alert">
          {t('briefings.question.upvoteFailed')}
        </span>
      ) : null}
    </div>
  );
}

function ReplyItem({
  reply,
  questionId,
  canMarkOfficial,
  canHide,
}: {
  reply: Reply;
  questionId: string;
  canMarkOfficial: boolean;
  /** The presenter hides a reply (abusive or off-topic) from attendees, or shows it again. */
  canHide: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [mark, marking] = useMutation(SetBriefingOfficialAnswerMutation);
  const [setHidden, hiding] = useMutation(SetBriefingReplyHiddenMutation);
  const [hideOpen, setHideOpen] = useState(false);
  return (
    <li
      className={`${styles.reply} ${reply.official ? styles.official : ''} ${reply.hidden ? styles.hiddenReply : ''}`}
      data-testid="reply"
      data-official={reply.official}
      data-hidden={reply.hidden}
    >
      {reply.official ? <span className={styles.officialTag}>{t('briefings.reply.official')}</span> : null}
      {reply.hidden ? (
        <p className={styles.reason}>
          {reply.mine && !canHide ? t('briefings.reply.hiddenFromYou') : t('briefings.reply.hiddenFromAttendees')}{' '}
          <span className={styles.plainText}>{reply.hiddenReason}</span>
        </p>
      ) : null}
      <p className={styles.plainText}>{reply.text}</p>
      <p className={styles.byline}>
        <span>
          <AuthorLine author={reply.author} market={reply.authorMarket} />
        </span>
        {reply.byPresenter ? <span>{t('briefings.reply.presenter')}</span> : null}
        <span>{formatDateTime(reply.createdAt, i18n.language)}</span>
      </p>
      {canMarkOfficial || canHide ? (
        <div className={styles.actions}>
          {canMarkOfficial ? (
            <button
              type="button"
              className="button button-ghost"
              disabled={marking.loading}
              onClick={() =>
                void mark({ variables: { input: { questionId, replyId: reply.id } } }).catch(() => undefined)
              }
            >
              {t('briefings.reply.markOfficial')}
            </button>
          ) : null}
          {canHide && reply.hidden ? (
            <button
              type="button"
              className="button button-ghost"
              disabled={hiding.loading}
              onClick={() =>
                void setHidden({ variables: { input: { replyId: reply.id, hidden: false } } }).catch(() => undefined)
              }
            >
              {t('briefings.reply.show')}
            </button>
          ) : null}
          {canHide && !reply.hidden ? (
            <button
              type="button"
              className="button button-ghost"
              aria-expanded={hideOpen}
              onClick={() => setHideOpen(!hideOpen)}
            >
              {t('briefings.reply.hide')}
            </button>
          ) : null}
        </div>
      ) : null}
      {hideOpen && !reply.hidden ? <HideReplyForm replyId={reply.id} onDone={() => setHideOpen(false)} /> : null}
      {marking.error ? <ErrorAlert error={marking.error} title={t('briefings.reply.markFailed')} /> : null}
      {hiding.error ? <ErrorAlert error={hiding.error} title={t('briefings.moderate.failed')} /> : null}
    </li>
  );
}

type Panel = 'reply' | 'dismiss' | null;

/**
 * Reply for everyone; pin, answer, dismiss, reopen and promote for the presenter. Once the
 * thread is closed only dismissing (abusive content must stay removable) and promoting remain.
 */
function QuestionActions({ question, presenter, open }: { question: CardQuestion; presenter: boolean; open: boolean }) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<Panel>(null);
  const [pin, pinning] = useMutation(PinBriefingQuestionMutation);
  const [answer, answering] = useMutation(MarkBriefingQuestionAnsweredMutation);
  const [reopen, reopening] = useMutation(ReopenBriefingQuestionMutation);
  const [promote, promoting] = useMutation(PromoteBriefingQuestionMutation);
  const questionId = question.id;
  const busy = pinning.loading || answering.loading || reopening.loading || promoting.loading;
  const failure = pinning.error ?? answering.error ?? reopening.error ?? promoting.error;
  return (
    <>
      <div className={styles.actions}>
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
  const [reply, { loading, error }] = useMutation(ReplyToBriefingQuestionMutation);
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
    <form className={styles.inlineForm} onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={fieldId} className={styles.small}>
        {t('briefings.reply.label')}
      </label>
      <textarea
        id={fieldId}
        className={styles.textarea}
        value={text}
        aria-invalid={showProblem ? true : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {showProblem ? (
        <p className={styles.fieldError}>
          {problem === 'empty'
            ? t('briefings.reply.empty')
            : t('briefings.reply.tooLong', { max: LIMITS.reply, count: count - LIMITS.reply })}
        </p>
      ) : null}
      <div className={styles.formRow}>
        {presenter ? (
          <label className={styles.check}>
            <input type="checkbox" checked={official} onChange={(event) => setOfficial(event.target.checked)} />
            {t('briefings.reply.asOfficial')}
          </label>
        ) : (
          <span />
        )}
        <span className={styles.counter} data-over={count > LIMITS.reply}>
          {t('briefings.ask.counter', { count, max: LIMITS.reply })}
        </span>
        <div className={styles.actions}>
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

/** A moderation reason, checked as it is typed (too long) and on submit (empty). */
function useReason() {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const problem = textProblem(reason, LIMITS.reason);
  return {
    reason,
    setReason,
    problem,
    showProblem: problem === 'tooLong' || (tried && problem !== null),
    /** Marks the form submitted; true when the reason may go. */
    check: () => (setTried(true), problem === null),
  };
}

function ReasonInput({ field, label }: { field: ReturnType<typeof useReason>; label: string }) {
  const { t } = useTranslation();
  const fieldId = useId();
  return (
    <>
      <label htmlFor={fieldId} className={styles.small}>
        {label}
      </label>
      <input
        id={fieldId}
        className={styles.textarea}
        style={{ minHeight: 36 }}
        value={field.reason}
        maxLength={LIMITS.reason * 2}
        aria-invalid={field.showProblem ? true : undefined}
        onChange={(event) => field.setReason(event.target.value)}
      />
      {field.showProblem ? (
        <p className={styles.fieldError}>
          {field.problem === 'empty'
            ? t('briefings.moderate.reasonEmpty')
            : t('briefings.moderate.reasonTooLong', { max: LIMITS.reason })}
        </p>
      ) : null}
    </>
  );
}

function HideReplyForm({ replyId, onDone }: { replyId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const field = useReason();
  const [setHidden, { loading, error }] = useMutation(SetBriefingReplyHiddenMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!field.check()) return;
    const input = { replyId, hidden: true, reason: field.reason };
    const done = await setHidden({ variables: { input } }).catch(() => null);
    if (done?.data) onDone();
  }

  return (
    <form className={styles.inlineForm} onSubmit={(event) => void submit(event)} noValidate>
      <ReasonInput field={field} label={t('briefings.reply.hideReason')} />
      <div className={styles.actions}>
        <button type="button" className="button button-ghost" onClick={onDone}>
          {t('briefings.common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={loading}>
          {t('briefings.reply.confirmHide')}
        </button>
      </div>
      {error ? <ErrorAlert error={error} title={t('briefings.moderate.failed')} /> : null}
    </form>
  );
}

function DismissForm({ questionId, onDone }: { questionId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const field = useReason();
  const [hide, setHide] = useState(false);
  const [dismiss, { loading, error }] = useMutation(DismissBriefingQuestionMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!field.check()) return;
    const done = await dismiss({ variables: { input: { questionId, reason: field.reason, hide } } }).catch(() => null);
    if (done?.data) onDone();
  }

  return (
    <form className={styles.inlineForm} onSubmit={(event) => void submit(event)} noValidate>
      <ReasonInput field={field} label={t('briefings.moderate.reason')} />
      <div className={styles.formRow}>
        <label className={styles.check}>
          <input type="checkbox" checked={hide} onChange={(event) => setHide(event.target.checked)} />
          {t('briefings.moderate.hide')}
        </label>
        <div className={styles.actions}>
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
