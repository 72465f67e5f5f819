import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { graphql } from '../../gql';
import { QuizAttempts } from './quiz-attempts';
import styles from '../audits/audits.module.css';

export const QuizResultsQuery = graphql(`
  query QuizResults($id: ID!) {
    quiz(id: $id) {
      id
      title
      questions {
        id
        position
        text
        contentType
        expectedLabel
        labels {
          key
          name
        }
      }
      results {
        accuracy
        assigned
        submitted
        markets {
          assigned
          submitted
          answered
          correct
          accuracy
          market {
            id
            code
            name
          }
        }
        questions {
          answered
          correct
          accuracy
          distribution {
            label
            count
          }
          question {
            id
            position
          }
        }
      }
    }
  }
`);

/** How the takers did: overall, per market, and per question with the labels they chose. */
export function QuizResultsPage() {
  const { t, i18n } = useTranslation();
  const { quizId = '' } = useParams();
  const marketsId = useId();
  const questionsId = useId();
  const { data, loading, error, refetch } = useQuery(QuizResultsQuery, {
    variables: { id: quizId },
    fetchPolicy: 'cache-and-network',
  });
  const quiz = data?.quiz;
  const results = quiz?.results;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const asPercent = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : percent.format(value);

  return (
    <div className={styles.page}>
      <DocumentTitle title={t('audits.quizzes.resultsTitle', { title: quiz?.title ?? '' })} />
      <header className={styles.header}>
        <div className={styles.headerMain}>
          <p className={styles.breadcrumb}>
            <Link to="/quizzes">{t('audits.quizzes.title')}</Link>
          </p>
          <h1 className={styles.title}>{t('audits.quizzes.resultsTitle', { title: quiz?.title ?? '…' })}</h1>
        </div>
      </header>
      {loading && !data ? <LoadingState label={t('audits.quizzes.loading')} /> : null}
      {error ? (
        <ErrorAlert error={error} title={t('audits.quizzes.loadFailed')} onRetry={() => void refetch()} />
      ) : null}
      {quiz && !results ? <p className={styles.empty}>{t('audits.quizzes.noResults')}</p> : null}
      {quiz && results ? (
        <>
          <dl className={styles.figures}>
            <div className={styles.figure}>
              <dt>{t('audits.quizzes.accuracy')}</dt>
              <dd>{asPercent(results.accuracy)}</dd>
            </div>
            <div className={styles.figure}>
              <dt>{t('audits.quizzes.submitted')}</dt>
              <dd>
                {results.submitted} / {results.assigned}
              </dd>
            </div>
          </dl>
          <section className={styles.card} aria-labelledby={marketsId} data-testid="quiz-markets">
            <h2 id={marketsId} className={styles.cardTitle}>
              {t('audits.quizzes.perMarket')}
            </h2>
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t('audits.fields.market')}</th>
                    <th scope="col" className={styles.numeric}>
                      {t('audits.quizzes.submitted')}
                    </th>
                    <th scope="col" className={styles.numeric}>
                      {t('audits.quizzes.answers')}
                    </th>
                    <th scope="col">{t('audits.quizzes.accuracy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.markets.map((row) => (
                    <tr key={row.market.id}>
                      <th scope="row" title={row.market.name}>
                        <code>{row.market.code}</code>
                      </th>
                      <td className={styles.numeric}>
                        {row.submitted} / {row.assigned}
                      </td>
                      <td className={styles.numeric}>{row.answered}</td>
                      <td className={styles.barCell}>
                        <Bar value={row.accuracy} text={asPercent(row.accuracy)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className={styles.card} aria-labelledby={questionsId} data-testid="quiz-questions">
            <h2 id={questionsId} className={styles.cardTitle}>
              {t('audits.quizzes.perQuestion')}
            </h2>
            <div className={styles.tableWrap}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t('audits.quizzes.questionShort')}</th>
                    <th scope="col">{t('audits.quizzes.expectedShort')}</th>
                    <th scope="col">{t('audits.quizzes.chosen')}</th>
                    <th scope="col">{t('audits.quizzes.accuracy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...results.questions]
                    .sort((a, b) => a.question.position - b.question.position)
                    .map((row) => {
                      const question = quiz.questions.find((q) => q.id === row.question.id);
                      const name = (key: string | null | undefined) =>
                        question?.labels.find((label) => label.key === key)?.name ?? key ?? '—';
                      return (
                        <tr key={row.question.id}>
                          <th scope="row">
                            {t('audits.quizzes.questionNumber', { position: row.question.position })}
                            {question?.text ? (
                              <span className={`${styles.excerpt} ${styles.small} ${styles.muted}`}>
                                {question.text}
                              </span>
                            ) : null}
                          </th>
                          <td>{name(question?.expectedLabel)}</td>
                          <td className={styles.small}>
                            {row.distribution.length === 0
                              ? '—'
                              : row.distribution.map((entry) => `${name(entry.label)} ${entry.count}`).join(' · ')}
                          </td>
                          <td className={styles.barCell}>
                            <Bar value={row.accuracy} text={asPercent(row.accuracy)} />
                          </td>
                        </tr>
                      );
                    })}
                </tbody>
              </table>
            </div>
          </section>
          <QuizAttempts quizId={quiz.id} />
        </>
      ) : null}
    </div>
  );
}

function Bar({ value, text }: { value: number | null | undefined; text: string }) {
  return (
    <span className={styles.badgeRow}>
      <span className={styles.bar} style={{ flex: '1 1 100px' }} aria-hidden="true">
        <span className={styles.barFill} style={{ width: `${Math.round((value ?? 0) * 1000) / 10}%` }} />
      </span>
      <span className={styles.numeric}>{text}</span>
    </span>
  );
}
