import { useTranslation } from 'react-i18next';
import {
  ALL_ROLES,
  teamLabel,
  teamsIn,
  type MarketOption,
  type PeopleFilterKey,
  type TeamOption,
} from './people-options';
import forms from '../../components/form.module.css';
import styles from './people.module.css';

const STATUSES = ['ACTIVE', 'INVITED', 'DEACTIVATED'] as const;

/**
 * A name or email, status, role, market, team and vendor: each narrows the list; a team is
 * chosen within the chosen market. The values are the address's (`?q=…&status=…`).
 */
export function PeopleFilters({
  params,
  markets,
  teams,
  vendors,
  onChange,
}: {
  params: URLSearchParams;
  markets: readonly MarketOption[];
  teams: readonly TeamOption[];
  vendors: readonly { id: string; name: string }[];
  onChange: (key: PeopleFilterKey, value: string) => void;
}) {
  const { t } = useTranslation();
  const value = (key: PeopleFilterKey) => params.get(key) ?? '';
  return (
    <div className={`${forms.formRow} ${styles.filters}`} role="group" aria-label={t('people.filters.label')}>
      <label className={forms.field}>
        {t('people.filters.search')}
        <input
          className="input"
          type="search"
          value={value('q')}
          onChange={(event) => onChange('q', event.target.value)}
        />
      </label>
      <label className={forms.field}>
        {t('people.fields.status')}
        <select className="select" value={value('status')} onChange={(event) => onChange('status', event.target.value)}>
          <option value="">{t('people.filters.allStatuses')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`people.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={forms.field}>
        {t('people.fields.role')}
        <select className="select" value={value('role')} onChange={(event) => onChange('role', event.target.value)}>
          <option value="">{t('people.filters.allRoles')}</option>
          {ALL_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={forms.field}>
        {t('people.fields.market')}
        <select className="select" value={value('market')} onChange={(event) => onChange('market', event.target.value)}>
          <option value="">{t('people.filters.allMarkets')}</option>
          {markets.map((market) => (
            <option key={market.id} value={market.id}>
              {market.code} · {market.name}
            </option>
          ))}
        </select>
      </label>
      <label className={forms.field}>
        {t('people.fields.team')}
        <select className="select" value={value('team')} onChange={(event) => onChange('team', event.target.value)}>
          <option value="">{t('people.filters.allTeams')}</option>
          {teamsIn(teams, value('market')).map((team) => (
            <option key={team.id} value={team.id}>
              {teamLabel(team)}
            </option>
          ))}
        </select>
      </label>
      {vendors.length > 1 ? (
        <label className={forms.field}>
          {t('people.filters.vendor')}
          <select
            className="select"
            value={value('vendor')}
            onChange={(event) => onChange('vendor', event.target.value)}
          >
            <option value="">{t('people.filters.allVendors')}</option>
            {vendors.map((vendor) => (
              <option key={vendor.id} value={vendor.id}>
                {vendor.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
