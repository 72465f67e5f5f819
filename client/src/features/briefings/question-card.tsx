import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BadgeRow, StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { QuestionCard_QuestionFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { AuthorLine } from './author-line';
import { PinnedBadge, QuestionStatusBadge } from './briefing-badges';
import { useRemoveUpvote, useUpvoteQuestion } from './briefing-mutations';
import type { RoomBriefing } from './room-briefing';
import { QuestionActions } from './question-actions';
import { ReplyItem } from './reply-item';
import shared from './briefings.module.css';
import styles from './questions.module.css';

/** What a question card shows; every viewer-specific field (author, my upvote) comes from here. */
export const QuestionCard_question = graphql(`
  fragment QuestionCard_question on BriefingQuestion {
    id
    briefingId
    text
    anonymous
    createdAt
    upvoteCount
    upvotedByMe
    mine
    status
    pinned
    hidden
    dismissalReason
    answeredAt
    author {
      id
      name
    }
    authorMarket {
      id
      code
    }
    replyCount
    replies {
      id
      text
      createdAt
      mine
      byPresenter
      official
      hidden
      hiddenReason
      author {
        id
        name
      }
      authorMarket {
        id
        code
      }
    }
    officialAnswer {
      id
    }
    faqEntry {
      id
    }
  }
`);

export type CardQuestion = QuestionCard_QuestionFragment;

/**
 * One question with its thread. Its text and every reply are rendered as text (React
 * escapes it; `white-space: pre-wrap` keeps the asker's line breaks), never as HTML.
 */
export function QuestionCard({
  question,
  briefing,
}: {
  question: CardQuestion;
  briefing: Pick<RoomBriefing, 'status' | 'threadClosed' | 'canPresent'> & { policyVersion?: { id: string } };
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
        <BadgeRow>
          <QuestionStatusBadge status={question.status} />
          {question.pinned ? <PinnedBadge /> : null}
          {question.hidden ? <StatusBadge>{t('briefings.question.hidden')}</StatusBadge> : null}
          {question.faqEntry ? <StatusBadge tone="good">{t('briefings.question.inFaq')}</StatusBadge> : null}
        </BadgeRow>
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
        {open || presenter ? (
          <QuestionActions
            question={question}
            presenter={presenter}
            open={open}
            versionId={briefing.policyVersion?.id}
          />
        ) : null}
      </div>
    </li>
  );
}

function UpvoteButton({ question, disabled }: { question: CardQuestion; disabled: boolean }) {
  const { t } = useTranslation();
  const [upvote, upvoting] = useUpvoteQuestion();
  const [remove, removing] = useRemoveUpvote();
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
        <span className={shared.fieldError} role="alert">
          {t('briefings.question.upvoteFailed')}
        </span>
      ) : null}
    </div>
  );
}
