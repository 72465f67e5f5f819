import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/card';
import { ErrorAlert } from '../../components/error-alert';
import { ItemCard, ItemList } from '../../components/item-card';
import { LoadingState } from '../../components/loading-state';
import { Page, PageHeader } from '../../components/page';
import { EmptyState, QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { numericCell, Table } from '../../components/table';
import { DocumentTitle } from '../../components/document-title';
import { graphql } from '../../gql';
import type { SamplingPlansQuery } from '../../gql/graphql';
import { localDay } from '../../lib/format';
import { AuditTabs } from './audit-tabs';
import { VerdictBadge } from './verdict-badge';
import { planErrors, rateFromPercent, type PlanErrors, type PlanForm } from './plan-input';
import forms from '../../components/form.module.css';
import styles from './audits.module.css';

export const SamplingPlansQueryDocument = graphql(`
  query SamplingPlans {
    samplingPlans {
      id
      name
      queue
      rate
      countPerDay
      stratifyByDecision
      seed
      active
      createdAt
      # Newest first; the page shows a few and all of them on demand (the server's cap: 200).
      runs(first: 200) {
        id
        day
        candidates
        drawn
        createdAt
      }
      market {
        id
        code
      }
      team {
        id
        name
      }
      moderator {
        id
        name
      }
    }
    markets {
      id
      code
      name
    }
    teams {
      id
      name
    }
    caseQueues
    users(filter: { role: MODERATOR }, page: { first: 200 }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreateSamplingPlanMutation = graphql(`
  mutation CreateSamplingPlan($input: CreateSamplingPlanInput!) {
    createSamplingPlan(input: $input) {
      plan {
        id
        name
      }
    }
  }
`);

export const SetSamplingPlanActiveMutation = graphql(`
  mutation SetSamplingPlanActive($input: SetSamplingPlanActiveInput!) {
    setSamplingPlanActive(input: $input) {
      plan {
        id
        active
      }
    }
  }
`);

export const RunSamplingPlanMutation = graphql(`
  mutation RunSamplingPlan($input: RunSamplingPlanInput!) {
    runSamplingPlan(input: $input) {
      run {
        id
        day
        candidates
        drawn
        createdAt
      }
    }
  }
`);

export const DrawnAuditsQuery = graphql(`
  query DrawnAudits($filter: AuditsFilter!) {
    audits(filter: $filter, page: { first: 100 }) {
      totalCount
      edges {
        node {
          id
          status
          queue
          decidedLabel
          verdict
          moderator {
            id
            name
          }
          market {
            id
            code
          }
          case {
            id
            externalId
          }
        }
      }
    }
  }
`);

type Plan = SamplingPlansQuery['samplingPlans'][number];

const RECENT_RUNS = 5;

const randomSeed = () => String(Math.floor(Math.random() * 1_000_000));

/** Sampling plans: who and how much to audit each day, and running a plan for a day. */
export function SamplingPlansPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SamplingPlansQueryDocument);
  const [creating, setCreating] = useState(false);
  return (
    <Page width="lg">
      <DocumentTitle title={t('audits.plans.title')} />
      <PageHeader
        title={t('audits.plans.title')}
        lead={t('audits.plans.lead')}
        actions={
          !creating ? (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {t('audits.plans.new')}
            </button>
          ) : null
        }
      />
      <AuditTabs />
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('audits.plans.loading')}
        errorTitle={t('audits.plans.loadFailed')}
        onRetry={() => void refetch()}
      />
      {data && creating ? (
        <NewPlanForm
          options={data}
          onDone={() => {
            setCreating(false);
            void refetch();
          }}
        />
      ) : null}
      {data ? (
        data.samplingPlans.length === 0 ? (
          <EmptyState>{t('audits.plans.empty')}</EmptyState>
        ) : (
          <ItemList>
            {data.samplingPlans.map((plan) => (
              <PlanRow key={plan.id} plan={plan} onRan={() => void refetch()} />
            ))}
          </ItemList>
        )
      ) : null}
    </Page>
  );
}

function usePlanScope() {
  const { t } = useTranslation();
  return (plan: Plan) =>
    plan.moderator
      ? t('audits.plans.scope.MODERATOR', { value: plan.moderator.name })
      : plan.team
        ? t('audits.plans.scope.TEAM', { value: plan.team.name })
        : plan.market
          ? t('audits.plans.scope.MARKET', { value: plan.market.code })
          : t('audits.plans.scope.QUEUE', { value: plan.queue ?? '—' });
}

function PlanRow({ plan, onRan }: { plan: Plan; onRan: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const scope = usePlanScope();
  const [day, setDay] = useState(() => localDay(new Date()));
  const [shownDay, setShownDay] = useState<string | null>(null);
  const [allRuns, setAllRuns] = useState(false);
  // Runs come newest first; a plan run daily for months would otherwise fill the page.
  const runs = allRuns ? plan.runs : plan.runs.slice(0, RECENT_RUNS);
  const [run, running] = useMutation(RunSamplingPlanMutation);
  // The answer carries the plan's id and `active`: Apollo's cache updates the badge and the run button.
  const [setActive, toggling] = useMutation(SetSamplingPlanActiveMutation);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 2 });
  const dateOf = (value: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const result = await run({ variables: { input: { planId: plan.id, day } } });
      setShownDay(result.data?.runSamplingPlan.run.day ?? day);
      onRan();
    } catch {
      // Shown from `running.error`.
    }
  }

  return (
    <ItemCard
      as="section"
      title={plan.name}
      titleId={`${id}-name`}
      testId="sampling-plan"
      badges={
        <>
          <StatusBadge tone="info">{scope(plan)}</StatusBadge>
          <StatusBadge>
            {plan.rate !== null && plan.rate !== undefined
              ? t('audits.plans.rateOf', { rate: percent.format(plan.rate) })
              : t('audits.plans.countOf', { count: plan.countPerDay ?? 0 })}
          </StatusBadge>
          {plan.stratifyByDecision ? <StatusBadge>{t('audits.plans.stratified')}</StatusBadge> : null}
          <StatusBadge>{t('audits.plans.seedOf', { seed: plan.seed })}</StatusBadge>
          {!plan.active ? <StatusBadge tone="warn">{t('audits.plans.paused')}</StatusBadge> : null}
        </>
      }
    >
      <form className={forms.actions} onSubmit={(event) => void submit(event)}>
        <label className={forms.field}>
          {t('audits.plans.day')}
          <input type="date" className="input" value={day} required onChange={(e) => setDay(e.target.value)} />
        </label>
        <button
          type="submit"
          className={`button button-secondary ${styles.alignEnd}`}
          disabled={running.loading || !day || !plan.active}
        >
          {running.loading ? t('audits.plans.running') : t('audits.plans.run')}
        </button>
        <button
          type="button"
          className={`button button-ghost ${styles.alignEnd}`}
          disabled={toggling.loading}
          onClick={() =>
            void setActive({ variables: { input: { planId: plan.id, active: !plan.active } } }).catch(() => {
              // Shown from `toggling.error`.
            })
          }
        >
          {plan.active ? t('audits.plans.pause') : t('audits.plans.resume')}
        </button>
      </form>
      {running.error ? <ErrorAlert error={running.error} title={t('audits.plans.runFailed')} /> : null}
      {toggling.error ? <ErrorAlert error={toggling.error} title={t('audits.plans.toggleFailed')} /> : null}
      {running.data ? (
        <p role="status">
          {t('audits.plans.drawn', {
            count: running.data.runSamplingPlan.run.drawn,
            candidates: running.data.runSamplingPlan.run.candidates,
            day: dateOf(running.data.runSamplingPlan.run.day),
          })}
        </p>
      ) : null}
      {plan.runs.length > 0 ? (
        <Table>
          <caption className="visually-hidden">{t('audits.plans.runs')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audits.plans.day')}</th>
              <th scope="col" className={numericCell}>
                {t('audits.plans.candidates')}
              </th>
              <th scope="col" className={numericCell}>
                {t('audits.plans.drawnCount')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('audits.fields.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {runs.map((planRun) => (
              <tr key={planRun.id}>
                <td>{dateOf(planRun.day)}</td>
                <td className={numericCell}>{planRun.candidates}</td>
                <td className={numericCell}>{planRun.drawn}</td>
                <td>
                  <button
                    type="button"
                    className="button button-ghost"
                    aria-expanded={shownDay === planRun.day}
                    onClick={() => setShownDay(shownDay === planRun.day ? null : planRun.day)}
                  >
                    {shownDay === planRun.day ? t('audits.plans.hideDrawn') : t('audits.plans.showDrawn')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {plan.runs.length > RECENT_RUNS ? (
        <button
          type="button"
          className={`button button-ghost ${styles.alignStart}`}
          onClick={() => setAllRuns(!allRuns)}
        >
          {allRuns
            ? t('audits.plans.recentRuns', { count: RECENT_RUNS })
            : t('audits.plans.allRuns', { count: plan.runs.length })}
        </button>
      ) : null}
      {shownDay ? <DrawnAudits planId={plan.id} day={shownDay} /> : null}
    </ItemCard>
  );
}

/** The audit tasks a plan drew for one day, each opening its audit. */
function DrawnAudits({ planId, day }: { planId: string; day: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(DrawnAuditsQuery, {
    variables: { filter: { planId, dayFrom: day, dayTo: day } },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <LoadingState label={t('audits.plans.loadingDrawn')} />;
  if (error && !data) return <ErrorAlert error={error} title={t('audits.plans.loadFailed')} />;
  const audits = (data?.audits.edges ?? []).map((edge) => edge.node);
  return (
    <Table testId="drawn-audits">
      <caption className={styles.small}>{t('audits.plans.drawnOn', { count: audits.length, day })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audits.fields.case')}</th>
          <th scope="col">{t('audits.fields.moderator')}</th>
          <th scope="col">{t('audits.fields.market')}</th>
          <th scope="col">{t('audits.fields.queue')}</th>
          <th scope="col">{t('audits.fields.decision')}</th>
          <th scope="col">{t('audits.fields.status')}</th>
        </tr>
      </thead>
      <tbody>
        {audits.map((audit) => (
          <tr key={audit.id}>
            <td>
              <Link to={`/audits/${audit.id}`} className={styles.code}>
                {audit.case.externalId}
              </Link>
            </td>
            <td>{audit.moderator.name}</td>
            <td>
              <code>{audit.market.code}</code>
            </td>
            <td>{audit.queue}</td>
            <td className={styles.code}>{audit.decidedLabel}</td>
            <td>{audit.verdict ? <VerdictBadge verdict={audit.verdict} /> : t('audits.status.PENDING')}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function NewPlanForm({ options, onDone }: { options: SamplingPlansQuery; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<PlanForm>(() => ({
    name: '',
    scope: 'MARKET',
    scopeValue: '',
    mode: 'RATE',
    amount: '5',
    stratifyByDecision: false,
    seed: randomSeed(),
  }));
  const [errors, setErrors] = useState<PlanErrors>({});
  const [create, creation] = useMutation(CreateSamplingPlanMutation);
  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const scopeOptions: { value: string; label: string }[] =
    form.scope === 'QUEUE'
      ? options.caseQueues.map((q) => ({ value: q, label: q }))
      : form.scope === 'MARKET'
        ? options.markets.map((m) => ({ value: m.id, label: `${m.code} · ${m.name}` }))
        : form.scope === 'TEAM'
          ? options.teams.map((team) => ({ value: team.id, label: team.name }))
          : options.users.edges.map(({ node }) => ({ value: node.id, label: node.name }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = planErrors(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const scope =
      form.scope === 'QUEUE'
        ? { queue: form.scopeValue }
        : form.scope === 'MARKET'
          ? { marketId: form.scopeValue }
          : form.scope === 'TEAM'
            ? { teamId: form.scopeValue }
            : { moderatorId: form.scopeValue };
    try {
      await create({
        variables: {
          input: {
            name: form.name.trim(),
            ...scope,
            ...(form.mode === 'RATE' ? { rate: rateFromPercent(form.amount) } : { countPerDay: Number(form.amount) }),
            stratifyByDecision: form.stratifyByDecision,
            seed: Number(form.seed),
          },
        },
      });
      onDone();
    } catch {
      // Shown from `creation.error`.
    }
  }

  const message = (key: keyof PlanErrors) =>
    errors[key] ? (
      <span id={`${id}-${key}`} className={styles.incorrect} role="alert">
        {t(`audits.plans.errors.${key}.${errors[key]}`)}
      </span>
    ) : null;

  return (
    <Card title={t('audits.plans.new')} titleId={`${id}-title`}>
      <form className={forms.form} onSubmit={(event) => void submit(event)} noValidate>
        <label className={forms.field}>
          {t('audits.plans.name')}
          <input
            className="input"
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            aria-invalid={Boolean(errors.name)}
            aria-describedby={errors.name ? `${id}-name` : undefined}
          />
          {message('name')}
        </label>
        <div className={forms.formRow}>
          <label className={forms.field}>
            {t('audits.plans.scopeKind')}
            <select
              className="select"
              value={form.scope}
              onChange={(e) => setForm((f) => ({ ...f, scope: e.target.value as PlanForm['scope'], scopeValue: '' }))}
            >
              {(['QUEUE', 'MARKET', 'TEAM', 'MODERATOR'] as const).map((scope) => (
                <option key={scope} value={scope}>
                  {t(`audits.plans.scopeKinds.${scope}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={forms.field}>
            {t(`audits.plans.scopeKinds.${form.scope}`)}
            <select
              className="select"
              value={form.scopeValue}
              onChange={(e) => set('scopeValue', e.target.value)}
              aria-invalid={Boolean(errors.scopeValue)}
              aria-describedby={errors.scopeValue ? `${id}-scopeValue` : undefined}
            >
              <option value="">{t('audits.form.choose')}</option>
              {scopeOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            {message('scopeValue')}
          </label>
        </div>
        <div className={forms.formRow}>
          <label className={forms.field}>
            {t('audits.plans.mode')}
            <select
              className="select"
              value={form.mode}
              onChange={(e) => set('mode', e.target.value as PlanForm['mode'])}
            >
              <option value="RATE">{t('audits.plans.modes.RATE')}</option>
              <option value="COUNT">{t('audits.plans.modes.COUNT')}</option>
            </select>
          </label>
          <label className={forms.field}>
            {form.mode === 'RATE' ? t('audits.plans.ratePercent') : t('audits.plans.countPerDay')}
            <input
              className="input"
              inputMode="decimal"
              value={form.amount}
              onChange={(e) => set('amount', e.target.value)}
              aria-invalid={Boolean(errors.amount)}
              aria-describedby={errors.amount ? `${id}-amount` : undefined}
            />
            {message('amount')}
          </label>
          <label className={forms.field}>
            {t('audits.plans.seed')}
            <input
              className="input"
              inputMode="numeric"
              value={form.seed}
              onChange={(e) => set('seed', e.target.value)}
              aria-invalid={Boolean(errors.seed)}
              aria-describedby={errors.seed ? `${id}-seed` : undefined}
            />
            {message('seed')}
          </label>
        </div>
        <label className={forms.choice} style={{ justifySelf: 'start' }}>
          <input
            type="checkbox"
            checked={form.stratifyByDecision}
            onChange={(e) => set('stratifyByDecision', e.target.checked)}
          />
          {t('audits.plans.stratifyByDecision')}
        </label>
        <p className={forms.hint}>{t('audits.plans.seedHint')}</p>
        {creation.error ? <ErrorAlert error={creation.error} title={t('audits.plans.createFailed')} /> : null}
        <div className={forms.actions}>
          <button type="submit" className="button button-primary" disabled={creation.loading}>
            {t('audits.plans.create')}
          </button>
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('audits.plans.cancel')}
          </button>
        </div>
      </form>
    </Card>
  );
}
