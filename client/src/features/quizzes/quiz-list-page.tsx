import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Card } from '../../components/card';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { ItemCard, ItemList } from '../../components/item-card';
import { Page, PageHeader } from '../../components/page';
import { EmptyState, QueryState } from '../../components/query-state';
import { ShowMore, useListSize } from '../../components/show-more';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import { canAudit } from '../../lib/roles';
import { useCreateContestedQuiz } from './quiz-mutations';
import forms from '../../components/form.module.css';
import styles from './quizzes.module.css';

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

/** Quizzes assigned to the viewer (to take) or in their scope (QA: results, and building new ones). */
export function QuizListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
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
    <Page width="lg">
      <DocumentTitle title={t('audits.quizzes.title')} />
      <PageHeader
        title={t('audits.quizzes.title')}
        lead={qa ? t('audits.quizzes.leadQa') : t('audits.quizzes.lead')}
        actions={
          qa && !creating ? (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {t('audits.quizzes.build')}
            </button>
          ) : null
        }
      />
      {data && creating ? (
        <ContestedQuizForm
          markets={data.markets}
          onCancel={() => setCreating(false)}
          onCreated={(id) => void navigate(`/quizzes/${id}/results`)}
        />
      ) : null}
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('audits.quizzes.loading')}
        errorTitle={t('audits.quizzes.loadFailed')}
        onRetry={() => void refetch()}
      />
      {data ? (
        <Card
          title={qa ? t('audits.quizzes.inScope') : t('audits.quizzes.assigned')}
          note={t('audits.quizzes.count', { count: data.quizzes.length })}
        >
          {data.quizzes.length === 0 ? (
            <EmptyState>{t('audits.quizzes.empty')}</EmptyState>
          ) : (
            <ItemList>
              {data.quizzes.map((quiz) => {
                const attempt = quiz.myAttempt;
                const submitted = attempt?.status === 'SUBMITTED';
                return (
                  <ItemCard
                    key={quiz.id}
                    heading="h3"
                    title={quiz.title}
                    testId="quiz"
                    badges={
                      <>
                        <StatusBadge>{t('audits.quizzes.questions', { count: quiz.questions.length })}</StatusBadge>
                        {quiz.assignedMarkets.map((market) => (
                          <code key={market.id}>{market.code}</code>
                        ))}
                        {quiz.assignedTeams.map((team) => (
                          <StatusBadge key={team.id}>{team.name}</StatusBadge>
                        ))}
                        {submitted && attempt.score !== null && attempt.score !== undefined ? (
                          <StatusBadge tone="info">
                            {t('audits.quizzes.yourScore', { score: percent.format(attempt.score) })}
                          </StatusBadge>
                        ) : null}
                      </>
                    }
                  >
                    {quiz.description ? <p className={styles.muted}>{quiz.description}</p> : null}
                    {quiz.dueAt ? (
                      <p className={styles.small}>
                        {t('audits.quizzes.due', { date: dateTime.format(new Date(quiz.dueAt)) })}
                      </p>
                    ) : null}
                    <div className={forms.actions}>
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
                  </ItemCard>
                );
              })}
            </ItemList>
          )}
          <ShowMore shown={data.quizzes.length} first={first} loading={loading} onMore={more} />
        </Card>
      ) : null}
    </Page>
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
  const [create, creation] = useCreateContestedQuiz();

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
      if (result.data) onCreated(result.data.createQuizFromContestedItems.quiz.id);
    } catch {
      // Shown from `creation.error`.
    }
  }

  return (
    <Card title={t('audits.quizzes.build')} titleId={`${id}-title`}>
      <p className={styles.muted}>{t('audits.quizzes.buildLead')}</p>
      <form className={forms.form} onSubmit={(event) => void submit(event)} noValidate>
        <div className={forms.formRow}>
          <label className={forms.field}>
            {t('audits.quizzes.quizTitle')}
            <input
              className="input"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              aria-invalid={invalid === 'title'}
            />
          </label>
          <label className={forms.field}>
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
        <fieldset className={forms.fieldset}>
          <legend>{t('audits.quizzes.markets')}</legend>
          <div className={forms.choices}>
            {markets.map((market) => (
              <label key={market.id} className={forms.choice}>
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
        <div className={forms.actions}>
          <button type="submit" className="button button-primary" disabled={creation.loading}>
            {t('audits.quizzes.buildSubmit')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('audits.plans.cancel')}
          </button>
        </div>
      </form>
    </Card>
  );
}
