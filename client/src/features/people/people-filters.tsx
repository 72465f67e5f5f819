import { useTranslation } from 'react-i18next';
import type { UsersFilter } from '../../gql/graphql';
import { ALL_ROLES, teamLabel, teamsIn, type MarketOption, type TeamOption } from './people-options';
import forms from '../../components/form.module.css';
import styles from './people.module.css';

/** Role, market and team: each narrows the list; a team is chosen within the chosen market. */
export function PeopleFilters({
  filter,
  markets,
  teams,
  onChange,
}: {
  filter: UsersFilter;
  markets: readonly MarketOption[];
  teams: readonly TeamOption[];
  onChange: (key: 'role' | 'market' | 'team', value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`${forms.formRow} ${styles.filters}`} role="group" aria-label={t('people.filters.label')}>
      <label className={forms.field}>
        {t('people.fields.role')}
        <select className="select" value={filter.role ?? ''} onChange={(event) => onChange('role', event.target.value)}>
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
        <select
          className="select"
          value={filter.marketId ?? ''}
          onChange={(event) => onChange('market', event.target.value)}
        >
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
        <select
          className="select"
          value={filter.teamId ?? ''}
          onChange={(event) => onChange('team', event.target.value)}
        >
          <option value="">{t('people.filters.allTeams')}</option>
          {teamsIn(teams, String(filter.marketId ?? '')).map((team) => (
            <option key={team.id} value={team.id}>
              {teamLabel(team)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
