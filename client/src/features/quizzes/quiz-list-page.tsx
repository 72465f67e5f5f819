import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { ShowMore, useListSize } from '../../components/show-more';
import { graphql } from '../../gql';
import { canAudit } from '../audits/audit-roles';
import styles from '../audits/audits.module.css';

export const QuizListQuery = graphql(`
  query QuizList($first: Int!) {
    me {
      id
      role
    }
    quizzes(first: $first) {
      id
      title
      description
      dueAt
      canTake
      createdAt
      questions {
        id
      }
      assignedMarkets {
        id
        code
      }
      assignedTeams {
        id
        name
      }
      myAttempt {
        id
        status
        score
        correct
        total
      }
    }
    markets {
      id
      code
      name
    }
  }
`);

export const CreateContestedQuizMutation = graphql(`
  mutation CreateContestedQuiz($input: CreateQuizFromContestedItemsInput!) {
    createQuizFromContestedItems(input: $input) {
      id
      title
    }
  }
`);

/** Quizzes assigned to the viewer (to take) or in their scope (QA: results, and building new ones). */
export function QuizListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const titleId = useId();
  const [creating, setCreating] = useState(false);
  const { first, more } = useListSize();
  const query = useQuery(QuizListQuery, { variables: { first }, fetchPolicy: 'cache-and-network' });
  const { loading, error, refetch } = query;
  // While the next page loads, the quizzes already shown stay.
  const data = query.data ?? query.previousData;
  const qa = data ? canAudit(data.me.role) : false;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className={styles.page}>
      <DocumentTitle title={t('audits.quizzes.title')} />
      <header className={styles.header}>
        <div className={styles.headerMain}>
          <h1 className={styles.title}>{t('audits.quizzes.title')}</h1>
          <p className={styles.lead}>{qa ? t('audits.quizzes.leadQa') : t('audits.quizzes.lead')}</p>
        </div>
        {qa && !creating ? (
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('audits.quizzes.build')}
          </button>
        ) : null}
      </header>
      {data && creating ? (
        <ContestedQuizForm
          markets={data.markets}
          onCancel={() => setCreating(false)}
          onCreated={(id) => void navigate(`/quizzes/${id}/results`)}
        />
      ) : null}
      {loading && !data ? <LoadingState label={t('audits.quizzes.loading')} /> : null}
      {error && !data ? (
        <ErrorAlert error={error} title={t('audits.quizzes.loadFailed')} onRetry={() => void refetch()} />
      ) : null}
      {data ? (
        <section className={styles.card} aria-labelledby={titleId}>
          <div className={styles.cardHeader}>
            <h2 id={titleId} className={styles.cardTitle}>
              {qa ? t('audits.quizzes.inScope') : t('audits.quizzes.assigned')}
            </h2>
            <span className={styles.count}>{t('audits.quizzes.count', { count: data.quizzes.length })}</span>
          </div>
          {data.quizzes.length === 0 ? (
            <p className={styles.empty}>{t('audits.quizzes.empty')}</p>
          ) : (
            <div className={styles.rows}>
              {data.quizzes.map((quiz) => {
                const attempt = quiz.myAttempt;
                const submitted = attempt?.status === 'SUBMITTED';
                return (
                  <article key={quiz.id} className={styles.row} data-testid="quiz">
                    <div className={styles.rowHead}>
                      <h3 className={styles.rowTitle}>{quiz.title}</h3>
                      <div className={styles.badgeRow}>
                        <span className={styles.badge}>
                          {t('audits.quizzes.questions', { count: quiz.questions.length })}
                        </span>
                        {quiz.assignedMarkets.map((market) => (
                          <code key={market.id}>{market.code}</code>
                        ))}
                        {quiz.assignedTeams.map((team) => (
                          <span key={team.id} className={styles.badge}>
                            {team.name}
                          </span>
                        ))}
                        {submitted && attempt.score !== null && attempt.score !== undefined ? (
                          <span className={styles.badge} data-tone="info">
                            {t('audits.quizzes.yourScore', { score: percent.format(attempt.score) })}
                          </span>
                        ) : null}
                      </div>
                    </div>
                    {quiz.description ? <p className={styles.muted}>{quiz.description}</p> : null}
                    {quiz.dueAt ? (
                      <p className={styles.small}>
                        {t('audits.quizzes.due', { date: dateTime.format(new Date(quiz.dueAt)) })}
                      </p>
                    ) : null}
                    <div className={styles.actions}>
                      {quiz.canTake ? (
                        <Link to={`/quizzes/${quiz.id}`} className="button button-primary">
                          {attempt?.status === 'IN_PROGRESS' ? t('audits.quizzes.continue') : t('audits.quizzes.take')}
                        </Link>
                      ) : submitted ? (
                        <Link to={`/quizzes/${quiz.id}`} className="button button-secondary">
                          {t('audits.quizzes.review')}
                        </Link>
                      ) : null}
                      {qa ? (
                        <Link to={`/quizzes/${quiz.id}/results`} className="button button-secondary">
                          {t('audits.quizzes.results')}
                        </Link>
                      ) : null}
                    </div>
                  </article>
                );
              })}
            </div>
          )}
          <ShowMore shown={data.quizzes.length} first={first} loading={loading} onMore={more} />
        </section>
      ) : null}
    </div>
  );
}

function ContestedQuizForm({
  markets,
  onCancel,
  onCreated,
}: {
  markets: readonly { id: string; code: string; name: string }[];
  onCancel: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [size, setSize] = useState('10');
  const [marketIds, setMarketIds] = useState<ReadonlySet<string>>(new Set());
  const [invalid, setInvalid] = useState<'title' | 'size' | 'markets' | null>(null);
  const [create, creation] = useMutation(CreateContestedQuizMutation);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const n = Number(size);
    const problem =
      title.trim().length < 3
        ? 'title'
        : !Number.isInteger(n) || n < 1 || n > 50
          ? 'size'
          : marketIds.size === 0
            ? 'markets'
            : null;
    setInvalid(problem);
    if (problem) return;
    try {
      const result = await create({
        variables: { input: { title: title.trim(), size: n, assignment: { marketIds: [...marketIds], teamIds: [] } } },
      });
      if (result.data) onCreated(result.data.createQuizFromContestedItems.id);
    } catch {
      // Shown from `creation.error`.
    }
  }

  return (
    <section className={styles.card} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.cardTitle}>
        {t('audits.quizzes.build')}
      </h2>
      <p className={styles.muted}>{t('audits.quizzes.buildLead')}</p>
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <div className={styles.formRow}>
          <label className={styles.field}>
            {t('audits.quizzes.quizTitle')}
            <input
              className="input"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              aria-invalid={invalid === 'title'}
            />
          </label>
          <label className={styles.field}>
            {t('audits.quizzes.size')}
            <input
              className="input"
              inputMode="numeric"
              value={size}
              onChange={(e) => setSize(e.target.value)}
              aria-invalid={invalid === 'size'}
            />
          </label>
        </div>
        <fieldset className={styles.fieldset}>
          <legend>{t('audits.quizzes.markets')}</legend>
          <div className={styles.choices}>
            {markets.map((market) => (
              <label key={market.id} className={styles.choice}>
                <input
                  type="checkbox"
                  checked={marketIds.has(market.id)}
                  onChange={(e) => {
                    const next = new Set(marketIds);
                    if (e.target.checked) next.add(market.id);
                    else next.delete(market.id);
                    setMarketIds(next);
                  }}
                />
                {market.code}
              </label>
            ))}
          </div>
        </fieldset>
        {invalid ? (
          <span className={styles.incorrect} role="alert">
            {t(`audits.quizzes.errors.${invalid}`)}
          </span>
        ) : null}
        {creation.error ? <ErrorAlert error={creation.error} title={t('audits.quizzes.buildFailed')} /> : null}
        <div className={styles.actions}>
          <button type="submit" className="button button-primary" disabled={creation.loading}>
            {t('audits.quizzes.buildSubmit')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('audits.plans.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
