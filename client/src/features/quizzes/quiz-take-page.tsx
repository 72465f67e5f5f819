import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/alert';
import { Card } from '../../components/card';
import { ContentText } from '../../components/content-text';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { SensitiveMedia } from '../../components/sensitive-media';
import { graphql } from '../../gql';
import type { QuizTakeQuery } from '../../gql/graphql';
import { answerInputs, unanswered, type Answers } from './quiz-answers';
import { useStartQuizAttempt, useSubmitQuizAttempt } from './quiz-mutations';
import forms from '../../components/form.module.css';
import styles from './quizzes.module.css';

/** The taker's attempt as the page shows it; the start and submit payloads bring it too. */
export const QuizTake_attempt = graphql(`
  fragment QuizTake_attempt on QuizAttempt {
    id
    status
    number
    score
    correct
    total
    submittedAt
    answers {
      id
      label
      correct
      question {
        id
      }
    }
  }
`);

export const QuizTakeQueryDocument = graphql(`
  query QuizTake($id: ID!) {
    quiz(id: $id) {
      id
      title
      description
      dueAt
      canTake
      questions {
        id
        position
        contentType
        text
        mediaUrl
        sensitivityTags
        expectedLabel
        labels {
          key
          name
          description
        }
      }
      myAttempt {
        ...QuizTake_attempt @unmask
      }
    }
  }
`);

type Quiz = QuizTakeQuery['quiz'];
type Question = Quiz['questions'][number];

/**
 * Taking a quiz: one attempt, every question answered from the policy version's labels,
 * scored by the server on submit. After it, each answer against the expected label.
 */
export function QuizTakePage() {
  const { t } = useTranslation();
  const { quizId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(QuizTakeQueryDocument, { variables: { id: quizId } });
  const [start, starting] = useStartQuizAttempt();
  const quiz = data?.quiz;
  const attempt = quiz?.myAttempt;

  return (
    <Page width="lg">
      <DocumentTitle title={quiz?.title ?? t('audits.quizzes.title')} />
      <PageHeader
        breadcrumb={<Link to="/quizzes">{t('audits.quizzes.title')}</Link>}
        title={quiz?.title ?? '…'}
        lead={quiz?.description}
      />
      <QueryState
        loading={loading && !data}
        error={error}
        loadingLabel={t('audits.quizzes.loading')}
        errorTitle={t('audits.quizzes.loadFailed')}
        onRetry={() => void refetch()}
      />
      {quiz ? (
        attempt?.status === 'SUBMITTED' ? (
          <QuizReview quiz={quiz} />
        ) : attempt?.status === 'IN_PROGRESS' ? (
          <QuizForm quiz={quiz} attemptId={attempt.id} />
        ) : (
          <Card>
            <p>{t('audits.quizzes.intro', { count: quiz.questions.length })}</p>
            {starting.error ? <ErrorAlert error={starting.error} title={t('audits.quizzes.startFailed')} /> : null}
            <div className={forms.actions}>
              <button
                type="button"
                className="button button-primary"
                disabled={!quiz.canTake || starting.loading}
                onClick={() => void start({ variables: { input: { quizId: quiz.id } } }).catch(() => undefined)}
              >
                {t('audits.quizzes.start')}
              </button>
            </div>
          </Card>
        )
      ) : null}
    </Page>
  );
}

function QuestionContent({ question }: { question: Question }) {
  const { t } = useTranslation();
  return (
    <>
      {question.mediaUrl && question.contentType !== 'TEXT' ? (
        <SensitiveMedia
          kind={question.contentType}
          url={question.mediaUrl}
          tags={question.sensitivityTags}
          alt={t('audits.quizzes.mediaAlt', { position: question.position })}
        />
      ) : null}
      {question.text ? <ContentText text={question.text} /> : null}
    </>
  );
}

function QuizForm({ quiz, attemptId }: { quiz: Quiz; attemptId: string }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answers>({});
  // Once the taker has tried to submit, the unanswered questions are named and the list
  // shrinks as they answer them.
  const [tried, setTried] = useState(false);
  const [submit, submission] = useSubmitQuizAttempt();
  const questions = [...quiz.questions].sort((a, b) => a.position - b.position);
  const missing = tried ? unanswered(questions, answers) : [];

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTried(true);
    if (unanswered(questions, answers).length > 0) return;
    try {
      await submit({ variables: { input: { attemptId, answers: answerInputs(questions, answers) } } });
    } catch {
      // Shown from `submission.error`.
    }
  }

  return (
    <Card onSubmit={(event) => void send(event)}>
      <Alert tone="info">{t('audits.quizzes.oneAttempt')}</Alert>
      {questions.map((question) => (
        <fieldset key={question.id} className={`${forms.fieldset} ${styles.question}`} data-testid="quiz-question">
          <legend>{t('audits.quizzes.question', { position: question.position, count: questions.length })}</legend>
          <QuestionContent question={question} />
          <div className={forms.choices}>
            {question.labels.map((label) => (
              <label key={label.key} className={forms.choice} title={label.description || undefined}>
                <input
                  type="radio"
                  name={`question-${question.id}`}
                  value={label.key}
                  checked={answers[question.id] === label.key}
                  onChange={() => setAnswers((a) => ({ ...a, [question.id]: label.key }))}
                />
                {label.name}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {missing.length > 0 ? (
        <span className={styles.incorrect} role="alert">
          {t('audits.quizzes.unanswered', { positions: missing.join(', '), count: missing.length })}
        </span>
      ) : null}
      {submission.error ? <ErrorAlert error={submission.error} title={t('audits.quizzes.submitFailed')} /> : null}
      <div className={forms.actions}>
        <button type="submit" className="button button-primary" disabled={submission.loading}>
          {t('audits.quizzes.submit')}
        </button>
        <span className={styles.small}>
          {t('audits.quizzes.answered', {
            answered: questions.length - unanswered(questions, answers).length,
            count: questions.length,
          })}
        </span>
      </div>
    </Card>
  );
}

function QuizReview({ quiz }: { quiz: Quiz }) {
  const { t, i18n } = useTranslation();
  const attempt = quiz.myAttempt;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  if (!attempt) return null;
  const questions = [...quiz.questions].sort((a, b) => a.position - b.position);
  const name = (question: Question, key: string | null | undefined) =>
    question.labels.find((label) => label.key === key)?.name ?? key ?? '—';
  return (
    <>
      <Card testId="quiz-score" live>
        <p className={styles.muted}>{t('audits.quizzes.yourResult')}</p>
        <p className={styles.score}>
          {attempt.score === null || attempt.score === undefined ? '—' : percent.format(attempt.score)}
        </p>
        <p>{t('audits.quizzes.correctOf', { correct: attempt.correct ?? 0, count: attempt.total })}</p>
      </Card>
      <Card>
        {questions.map((question) => {
          const answer = attempt.answers?.find((a) => a.question.id === question.id);
          return (
            <div key={question.id} className={styles.question}>
              <h2 className={styles.subTitle}>
                {t('audits.quizzes.question', { position: question.position, count: questions.length })}
              </h2>
              <QuestionContent question={question} />
              <p>
                {answer?.correct ? (
                  <span className={styles.correct}>✓ {t('audits.quizzes.right')}</span>
                ) : (
                  <span className={styles.incorrect}>✗ {t('audits.quizzes.wrong')}</span>
                )}{' '}
                {t('audits.quizzes.youChose', { label: name(question, answer?.label) })}
                {!answer?.correct
                  ? ` · ${t('audits.quizzes.expected', { label: name(question, question.expectedLabel) })}`
                  : ''}
              </p>
            </div>
          );
        })}
      </Card>
    </>
  );
}
