import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Card } from '../../components/card';
import { ContentExcerpt } from '../../components/content-text';
import { DocumentTitle } from '../../components/document-title';
import { Meter, meterCell } from '../../components/meter';
import { NumberFigures } from '../../components/number-figures';
import { Page, PageHeader } from '../../components/page';
import { EmptyState, QueryState } from '../../components/query-state';
import { numericCell, Table } from '../../components/table';
import { graphql } from '../../gql';
import { QuizAttempts } from './quiz-attempts';
import styles from './quizzes.module.css';

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
    <Page width="lg">
      <DocumentTitle title={t('audits.quizzes.resultsTitle', { title: quiz?.title ?? '' })} />
      <PageHeader
        breadcrumb={<Link to="/quizzes">{t('audits.quizzes.title')}</Link>}
        title={t('audits.quizzes.resultsTitle', { title: quiz?.title ?? '…' })}
      />
      <QueryState
        loading={loading && !data}
        error={error}
        loadingLabel={t('audits.quizzes.loading')}
        errorTitle={t('audits.quizzes.loadFailed')}
        onRetry={() => void refetch()}
      />
      {quiz && !results ? <EmptyState>{t('audits.quizzes.noResults')}</EmptyState> : null}
      {quiz && results ? (
        <>
          <NumberFigures
            figures={[
              [t('audits.quizzes.accuracy'), asPercent(results.accuracy)],
              [
                t('audits.quizzes.submitted'),
                <>
                  {results.submitted} / {results.assigned}
                </>,
              ],
            ]}
          />
          <Card title={t('audits.quizzes.perMarket')} titleId={marketsId} testId="quiz-markets">
            <Table>
              <thead>
                <tr>
                  <th scope="col">{t('audits.fields.market')}</th>
                  <th scope="col" className={numericCell}>
                    {t('audits.quizzes.submitted')}
                  </th>
                  <th scope="col" className={numericCell}>
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
                    <td className={numericCell}>
                      {row.submitted} / {row.assigned}
                    </td>
                    <td className={numericCell}>{row.answered}</td>
                    <td className={meterCell}>
                      <Bar value={row.accuracy} text={asPercent(row.accuracy)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
          <Card title={t('audits.quizzes.perQuestion')} titleId={questionsId} testId="quiz-questions">
            <Table>
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
                          {question?.text ? <ContentExcerpt text={question.text} muted /> : null}
                        </th>
                        <td>{name(question?.expectedLabel)}</td>
                        <td className={styles.small}>
                          {row.distribution.length === 0
                            ? '—'
                            : row.distribution.map((entry) => `${name(entry.label)} ${entry.count}`).join(' · ')}
                        </td>
                        <td className={meterCell}>
                          <Bar value={row.accuracy} text={asPercent(row.accuracy)} />
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </Table>
          </Card>
          <QuizAttempts quizId={quiz.id} />
        </>
      ) : null}
    </Page>
  );
}

function Bar({ value, text }: { value: number | null | undefined; text: string }) {
  return (
    <Meter share={value ?? 0} grow="1 1 100px">
      <span className={numericCell}>{text}</span>
    </Meter>
  );
}
