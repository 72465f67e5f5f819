import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { ErrorAlert } from '../../components/error-alert';
import { EmptyState } from '../../components/query-state';
import { BadgeRow, StatusBadge } from '../../components/status-badge';
import { numericCell, Table } from '../../components/table';
import { graphql } from '../../gql';
import type { QuizAttemptsQuery } from '../../gql/graphql';
import { useReopenQuiz } from './quiz-mutations';
import styles from './quizzes.module.css';

export const QuizAttemptsListQuery = graphql(`
  query QuizAttempts($id: ID!) {
    quiz(id: $id) {
      id
      attempts {
        id
        number
        status
        score
        submittedAt
        reopenedAt
        user {
          id
          name
        }
        market {
          id
          code
        }
      }
    }
  }
`);

type Attempt = NonNullable<QuizAttemptsQuery['quiz']['attempts']>[number];

/** Each taker's latest attempt (the list comes newest first), for the reopen decision. */
export function latestPerTaker(attempts: readonly Attempt[]): Attempt[] {
  const seen = new Set<string>();
  return attempts.filter((attempt) => !seen.has(attempt.user.id) && seen.add(attempt.user.id));
}

/**
 * Who took the quiz, with their latest score; the QA team reopens a submitted attempt so
 * its taker may take the quiz again (one attempt each otherwise), after a confirmation.
 */
export function QuizAttempts({ quizId }: { quizId: string }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const { data, error, refetch } = useQuery(QuizAttemptsListQuery, {
    variables: { id: quizId },
    fetchPolicy: 'cache-and-network',
  });
  const [reopen, reopening] = useReopenQuiz();
  const [confirming, setConfirming] = useState<string | null>(null);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const attempts = latestPerTaker(data?.quiz.attempts ?? []);

  async function confirm(attempt: Attempt) {
    try {
      await reopen({ variables: { input: { quizId, userId: attempt.user.id } } });
      setConfirming(null);
    } catch {
      // Shown from `reopening.error`.
    }
  }

  return (
    <Card title={t('audits.quizzes.attempts.title')} titleId={titleId} testId="quiz-attempts">
      {error ? (
        <ErrorAlert error={error} title={t('audits.quizzes.loadFailed')} onRetry={() => void refetch()} />
      ) : null}
      {reopening.error ? (
        <ErrorAlert error={reopening.error} title={t('audits.quizzes.attempts.reopenFailed')} />
      ) : null}
      {data && attempts.length === 0 ? <EmptyState>{t('audits.quizzes.attempts.none')}</EmptyState> : null}
      {attempts.length > 0 ? (
        <Table>
          <thead>
            <tr>
              <th scope="col">{t('audits.quizzes.attempts.taker')}</th>
              <th scope="col">{t('audits.fields.market')}</th>
              <th scope="col" className={numericCell}>
                {t('audits.quizzes.attempts.score')}
              </th>
              <th scope="col">{t('audits.quizzes.attempts.submitted')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('audits.quizzes.attempts.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {attempts.map((attempt) => (
              <tr key={attempt.id} data-testid="quiz-attempt">
                <th scope="row">
                  {attempt.user.name}
                  {attempt.number > 1 ? (
                    <span className={`${styles.small} ${styles.muted}`}>
                      {' '}
                      {t('audits.quizzes.attempts.number', { number: attempt.number })}
                    </span>
                  ) : null}
                </th>
                <td>
                  <code>{attempt.market.code}</code>
                </td>
                <td className={numericCell}>
                  {attempt.score === null || attempt.score === undefined ? '—' : percent.format(attempt.score)}
                </td>
                <td>
                  {attempt.status === 'IN_PROGRESS'
                    ? t('audits.quizzes.attempts.inProgress')
                    : attempt.submittedAt
                      ? dateTime.format(new Date(attempt.submittedAt))
                      : '—'}
                </td>
                <td>
                  {attempt.reopenedAt ? (
                    <StatusBadge tone="info">{t('audits.quizzes.attempts.reopened')}</StatusBadge>
                  ) : attempt.status !== 'SUBMITTED' ? null : confirming === attempt.id ? (
                    <BadgeRow as="span">
                      <span className={styles.small}>
                        {t('audits.quizzes.attempts.confirm', { name: attempt.user.name })}
                      </span>
                      <button
                        type="button"
                        className="button button-primary"
                        disabled={reopening.loading}
                        onClick={() => void confirm(attempt)}
                      >
                        {t('audits.quizzes.attempts.confirmButton')}
                      </button>
                      <button type="button" className="button button-ghost" onClick={() => setConfirming(null)}>
                        {t('audits.quizzes.attempts.cancel')}
                      </button>
                    </BadgeRow>
                  ) : (
                    <button type="button" className="button button-secondary" onClick={() => setConfirming(attempt.id)}>
                      {t('audits.quizzes.attempts.reopen')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </Card>
  );
}
