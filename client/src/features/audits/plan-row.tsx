import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { ItemCard } from '../../components/item-card';
import { LoadingState } from '../../components/loading-state';
import { StatusBadge } from '../../components/status-badge';
import { numericCell, Table, TableHead } from '../../components/table';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { PlanRow_PlanFragment } from '../../gql/graphql';
import { localDay } from '../../lib/format';
import { useAuditTaskColumns } from './audit-columns';
import { useRunSamplingPlan, useSetSamplingPlanActive } from './audit-mutations';
import { VerdictBadge } from './verdict-badge';
import forms from '../../components/form.module.css';
import styles from './audits.module.css';

export const PlanRow_plan = graphql(`
  fragment PlanRow_plan on SamplingPlan {
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

const RECENT_RUNS = 5;

function usePlanScope() {
  const { t } = useTranslation();
  return (plan: PlanRow_PlanFragment) =>
    plan.moderator
      ? t('audits.plans.scope.MODERATOR', { value: plan.moderator.name })
      : plan.team
        ? t('audits.plans.scope.TEAM', { value: plan.team.name })
        : plan.market
          ? t('audits.plans.scope.MARKET', { value: plan.market.code })
          : t('audits.plans.scope.QUEUE', { value: plan.queue ?? '—' });
}

/** A plan: its scope and rate, pausing it, running it for a day, and its recent runs with what they drew. */
export function PlanRow(props: { plan: FragmentType<typeof PlanRow_plan> }) {
  const { t, i18n } = useTranslation();
  const plan = getFragmentData(PlanRow_plan, props.plan);
  const id = useId();
  const scope = usePlanScope();
  const [day, setDay] = useState(() => localDay(new Date()));
  const [shownDay, setShownDay] = useState<string | null>(null);
  const [allRuns, setAllRuns] = useState(false);
  // Runs come newest first; a plan run daily for months would otherwise fill the page.
  const runs = allRuns ? plan.runs : plan.runs.slice(0, RECENT_RUNS);
  // The new run joins `plan.runs` in the cache; the plan's `active` updates the badge and the run button.
  const [run, running] = useRunSamplingPlan(plan.id);
  const [setActive, toggling] = useSetSamplingPlanActive();
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
          <TableHead
            columns={[
              { label: t('audits.plans.day') },
              { label: t('audits.plans.candidates'), numeric: true },
              { label: t('audits.plans.drawnCount'), numeric: true },
              { label: t('audits.fields.action'), hidden: true },
            ]}
          />
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
  const taskColumns = useAuditTaskColumns();
  if (loading && !data) return <LoadingState label={t('audits.plans.loadingDrawn')} />;
  if (error && !data) return <ErrorAlert error={error} title={t('audits.plans.loadFailed')} />;
  const audits = (data?.audits.edges ?? []).map((edge) => edge.node);
  return (
    <Table testId="drawn-audits">
      <caption className={styles.small}>{t('audits.plans.drawnOn', { count: audits.length, day })}</caption>
      <TableHead columns={[...taskColumns, { label: t('audits.fields.status') }]} />
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
