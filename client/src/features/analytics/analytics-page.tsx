import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddressParams } from '../../app/address-params';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { Page, PageHeader } from '../../components/page';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { useViewerRole } from '../../lib/viewer-role';
import { ComparisonsSection } from './comparisons-section';
import { DrillDownSection } from './drill-down-section';
import type { Period } from './export-name';
import { FilterBar, type FilterChoices, type FiltersChange } from './filter-bar';
import { ParticipantsSection } from './participants-section';
import { RatesSection } from './rates-section';
import { serverFilter } from './server-filter';
import {
  filtersToParams,
  parseFilters,
  reconcileFilters,
  type AnalyticsFilters,
  type FilterIssue,
  type FilterOptions,
} from './url-filters';
import styles from './analytics.module.css';

export const AnalyticsOptionsQuery = graphql(`
  query AnalyticsOptions {
    analyticsOptions {
      markets {
        id
        code
        name
      }
      vendors {
        id
        name
      }
      teams {
        id
        name
      }
      policies {
        id
        title
      }
      policyVersions {
        id
        number
        policy {
          id
        }
      }
      facilitators {
        id
        name
      }
    }
  }
`);

/** Who may read analytics; the server checks again on every query. */
export const ANALYST_ROLES: readonly Role[] = ['ADMIN', 'QA_MANAGER', 'QA_SPECIALIST', 'POLICY_OWNER'];

/** What the filters may name: the markets, people and policies the viewer can see. */
function toFilterOptions(choices: FilterChoices): FilterOptions {
  const policies = new Map<string, string[]>();
  for (const policy of choices.policies) policies.set(policy.id, []);
  for (const version of choices.policyVersions) policies.get(version.policyId)?.push(version.id);
  return {
    markets: choices.markets.map((m) => m.code),
    vendors: choices.vendors.map((v) => v.id),
    teams: choices.teams.map((team) => team.id),
    policies,
    facilitators: choices.facilitators.map((f) => f.id),
  };
}

/** Manager analytics: agreement over closed sessions, filtered through the address. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const role = useViewerRole();
  const allowed = role !== null && ANALYST_ROLES.includes(role);
  return (
    <Page width="xl">
      <DocumentTitle title={t('analytics.title')} />
      {role === null ? (
        <LoadingState label={t('analytics.loading')} />
      ) : allowed ? (
        <AnalyticsBody role={role} />
      ) : (
        <>
          <PageHeader title={t('analytics.title')} />
          <Alert tone="info" title={t('analytics.forbiddenTitle')}>
            {t('analytics.forbidden')}
          </Alert>
        </>
      )}
    </Page>
  );
}

function AnalyticsBody({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [params, updateParams] = useAddressParams();
  // Read once per render: the date is today's for presets, not the moment the page opened.
  const today = useMemo(() => new Date(), []);
  const parsed = useMemo(() => parseFilters(params), [params]);
  const options = useQuery(AnalyticsOptionsQuery);
  const choices: FilterChoices | null = useMemo(() => {
    const o = options.data?.analyticsOptions;
    if (!o) return null;
    return {
      markets: o.markets,
      vendors: o.vendors,
      teams: o.teams,
      policies: o.policies,
      policyVersions: o.policyVersions.map((v) => ({ id: v.id, number: v.number, policyId: v.policy.id })),
      facilitators: o.facilitators,
    };
  }, [options.data]);
  const filterOptions = useMemo(() => (choices ? toFilterOptions(choices) : null), [choices]);
  const reconciled = useMemo(
    () =>
      filterOptions
        ? reconcileFilters(parsed.filters, filterOptions)
        : { filters: parsed.filters, issues: [] as FilterIssue[] },
    [parsed.filters, filterOptions],
  );
  const filters = reconciled.filters;
  const issues = [...parsed.issues, ...reconciled.issues];
  const period: Period = { from: filters.from, to: filters.to };
  // Built on the address as it is now, not on this render's filters (see useAddressParams).
  const update = (change: FiltersChange) =>
    updateParams((current) => {
      const latest = parseFilters(current).filters;
      return filtersToParams(change(filterOptions ? reconcileFilters(latest, filterOptions).filters : latest));
    });

  return (
    <>
      <PageHeader
        title={t('analytics.title')}
        lead={t('analytics.lead')}
        actions={
          <div className={styles.headerActions}>
            <button type="button" className="button button-secondary" onClick={() => window.print()}>
              {t('analytics.printReport')}
            </button>
          </div>
        }
      />
      {options.error ? (
        <ErrorAlert error={options.error} title={t('analytics.loadFailed')} onRetry={() => void options.refetch()} />
      ) : null}
      {choices ? (
        <>
          <FilterBar filters={filters} choices={choices} onChange={update} today={today} />
          <PrintSummary filters={filters} choices={choices} />
          {issues.length > 0 ? <FilterIssues issues={issues} /> : null}
          <AnalyticsContent filters={filters} choices={choices} period={period} role={role} onChange={update} />
        </>
      ) : !options.error ? (
        <LoadingState label={t('analytics.loading')} />
      ) : null}
    </>
  );
}

/** What the address asked for that the page could not use, and what it did instead. */
function FilterIssues({ issues }: { issues: readonly FilterIssue[] }) {
  const { t } = useTranslation();
  return (
    <Alert tone="info" title={t('analytics.issuesTitle')}>
      <ul className={styles.issues} data-testid="filter-issues">
        {issues.map((issue, index) => (
          <li key={`${issue.param}-${index}`}>
            {t(`analytics.issues.${issue.reason}`, {
              param: t(`analytics.params.${issue.param}`),
              value: issue.value,
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** On paper the filter controls are left out; this line says what the report covers instead. */
function PrintSummary({ filters, choices }: { filters: AnalyticsFilters; choices: FilterChoices }) {
  const { t, i18n } = useTranslation();
  const parts = [
    filters.from || filters.to
      ? t('analytics.print.period', { from: filters.from ?? '…', to: filters.to ?? '…' })
      : t('analytics.filters.presets.all'),
    filters.markets.length > 0 ? filters.markets.join(', ') : t('analytics.print.allMarkets'),
    choices.policies.find((p) => p.id === filters.policy)?.title,
    choices.policyVersions.find((v) => v.id === filters.version)
      ? t('analytics.versionN', { number: choices.policyVersions.find((v) => v.id === filters.version)?.number ?? 0 })
      : undefined,
    choices.vendors.find((v) => v.id === filters.vendor)?.name,
    choices.teams.find((team) => team.id === filters.team)?.name,
    choices.facilitators.find((f) => f.id === filters.facilitator)?.name,
  ].filter(Boolean);
  return (
    <p className={`${styles.printOnly} ${styles.provenance}`}>
      {t('analytics.print.covers', { filters: parts.join(' · '), date: new Date().toLocaleString(i18n.language) })}
    </p>
  );
}

/** Everything the filters select, each section with its own query. */
function AnalyticsContent({
  filters,
  choices,
  period,
  role,
  onChange,
}: {
  filters: AnalyticsFilters;
  choices: FilterChoices;
  period: Period;
  role: Role;
  onChange: (change: FiltersChange) => void;
}) {
  const filter = serverFilter(filters, choices.markets);
  return (
    <>
      <RatesSection filters={filters} filter={filter} period={period} />
      <DrillDownSection filter={filter} period={period} />
      {role === 'QA_MANAGER' ? (
        <ParticipantsSection filters={filters} filter={filter} period={period} onChange={onChange} />
      ) : null}
      <ComparisonsSection filter={filter} policyId={filters.policy} period={period} />
    </>
  );
}
