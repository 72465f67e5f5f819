import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { marketDisplayName } from '../../components/market-name';
import {
  DEFAULT_FILTERS,
  GROUPINGS,
  INTERVALS,
  isCalendarDay,
  matchPreset,
  presetRange,
  type AnalyticsFilters,
  type PeriodPreset,
} from './url-filters';
import styles from './analytics.module.css';

export type FilterChoices = {
  markets: readonly { id: string; code: string; name: string }[];
  vendors: readonly { id: string; name: string }[];
  teams: readonly { id: string; name: string }[];
  policies: readonly { id: string; title: string }[];
  policyVersions: readonly { id: string; number: number; policyId: string }[];
  facilitators: readonly { id: string; name: string }[];
};

function Field({ label, children, id }: { label: string; children: ReactNode; id: string }) {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.fieldLabel}>
        {label}
      </label>
      {children}
    </div>
  );
}

/**
 * A change to the filters, applied to the newest ones rather than to those of the last render:
 * the router renders a new address in a transition, so a second change can come in before
 * the page has re-rendered with the first, and must not undo it.
 */
export type FiltersChange = (current: AnalyticsFilters) => AnalyticsFilters;

/**
 * The filters, as controls. Each change goes straight to the address (the page reads the
 * filters back from it), so what is on screen and what a copied link shows are the same.
 */
export function FilterBar({
  filters,
  choices,
  onChange,
  today,
}: {
  filters: AnalyticsFilters;
  choices: FilterChoices;
  onChange: (change: FiltersChange) => void;
  today: Date;
}) {
  const { t, i18n } = useTranslation();
  const ids = {
    from: useId(),
    to: useId(),
    vendor: useId(),
    team: useId(),
    policy: useId(),
    version: useId(),
    facilitator: useId(),
    group: useId(),
    interval: useId(),
  };
  const set = (patch: Partial<AnalyticsFilters>) => onChange((current) => ({ ...current, ...patch }));
  const preset = matchPreset(filters, today);
  const versions = choices.policyVersions
    .filter((version) => version.policyId === filters.policy)
    .sort((a, b) => b.number - a.number);
  const presets: PeriodPreset[] = ['30d', '90d', '12m', 'all'];

  return (
    <form
      className={styles.filters}
      aria-label={t('analytics.filters.label')}
      data-testid="analytics-filters"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className={styles.presets} role="group" aria-label={t('analytics.filters.period')}>
        <span className={styles.fieldLabel}>{t('analytics.filters.period')}</span>
        {presets.map((p) => (
          <button
            key={p}
            type="button"
            className="button button-secondary"
            aria-pressed={preset === p}
            onClick={() => set(presetRange(p, today))}
          >
            {t(`analytics.filters.presets.${p}`)}
          </button>
        ))}
      </div>
      <div className={styles.filterGrid}>
        <Field id={ids.from} label={t('analytics.filters.from')}>
          <input
            id={ids.from}
            type="date"
            className="input"
            value={filters.from ?? ''}
            max={filters.to ?? undefined}
            onChange={(event) => {
              const value = event.target.value;
              if (value === '' || isCalendarDay(value)) set({ from: value || null });
            }}
          />
        </Field>
        <Field id={ids.to} label={t('analytics.filters.to')}>
          <input
            id={ids.to}
            type="date"
            className="input"
            value={filters.to ?? ''}
            min={filters.from ?? undefined}
            onChange={(event) => {
              const value = event.target.value;
              if (value === '' || isCalendarDay(value)) set({ to: value || null });
            }}
          />
        </Field>
        <Field id={ids.policy} label={t('analytics.filters.policy')}>
          <select
            id={ids.policy}
            className="select"
            value={filters.policy ?? ''}
            onChange={(event) => set({ policy: event.target.value || null, version: null })}
          >
            <option value="">{t('analytics.filters.allPolicies')}</option>
            {[...choices.policies]
              .sort((a, b) => a.title.localeCompare(b.title, i18n.language))
              .map((policy) => (
                <option key={policy.id} value={policy.id}>
                  {policy.title}
                </option>
              ))}
          </select>
        </Field>
        <Field id={ids.version} label={t('analytics.filters.version')}>
          <select
            id={ids.version}
            className="select"
            value={filters.version ?? ''}
            disabled={!filters.policy}
            onChange={(event) => set({ version: event.target.value || null })}
          >
            <option value="">{t('analytics.filters.allVersions')}</option>
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {t('analytics.versionN', { number: version.number })}
              </option>
            ))}
          </select>
        </Field>
        <Field id={ids.vendor} label={t('analytics.filters.vendor')}>
          <select
            id={ids.vendor}
            className="select"
            value={filters.vendor ?? ''}
            onChange={(event) => set({ vendor: event.target.value || null })}
          >
            <option value="">{t('analytics.filters.allVendors')}</option>
            {choices.vendors.map((vendor) => (
              <option key={vendor.id} value={vendor.id}>
                {vendor.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={ids.team} label={t('analytics.filters.team')}>
          <select
            id={ids.team}
            className="select"
            value={filters.team ?? ''}
            onChange={(event) => set({ team: event.target.value || null })}
          >
            <option value="">{t('analytics.filters.allTeams')}</option>
            {choices.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={ids.facilitator} label={t('analytics.filters.facilitator')}>
          <select
            id={ids.facilitator}
            className="select"
            value={filters.facilitator ?? ''}
            onChange={(event) => set({ facilitator: event.target.value || null })}
          >
            <option value="">{t('analytics.filters.anyFacilitator')}</option>
            {choices.facilitators.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id={ids.group} label={t('analytics.filters.group')}>
          <select
            id={ids.group}
            className="select"
            value={filters.group}
            onChange={(event) => set({ group: event.target.value as AnalyticsFilters['group'] })}
          >
            {GROUPINGS.map((group) => (
              <option key={group} value={group}>
                {t(`analytics.groups.${group}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={ids.interval} label={t('analytics.filters.interval')}>
          <select
            id={ids.interval}
            className="select"
            value={filters.interval}
            onChange={(event) => set({ interval: event.target.value as AnalyticsFilters['interval'] })}
          >
            {INTERVALS.map((interval) => (
              <option key={interval} value={interval}>
                {t(`analytics.intervals.${interval}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className={styles.marketList}>
        <legend className={styles.fieldLabel}>{t('analytics.filters.markets')}</legend>
        {[...choices.markets]
          .sort((a, b) => a.code.localeCompare(b.code))
          .map((market) => (
            <label
              key={market.id}
              className={styles.marketOption}
              title={marketDisplayName(market.code, market.name, i18n.language)}
            >
              <input
                type="checkbox"
                checked={filters.markets.includes(market.code)}
                onChange={(event) => {
                  const checked = event.target.checked;
                  onChange((current) => {
                    const others = current.markets.filter((code) => code !== market.code);
                    return { ...current, markets: checked ? [...others, market.code].sort() : others };
                  });
                }}
              />
              {market.code}
            </label>
          ))}
      </fieldset>
      <div className={styles.filterActions}>
        <span className={styles.pooledNote}>{t('analytics.filters.inAddress')}</span>
        <button type="button" className="button button-ghost" onClick={() => onChange(() => DEFAULT_FILTERS)}>
          {t('analytics.filters.reset')}
        </button>
      </div>
    </form>
  );
}
