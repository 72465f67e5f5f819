import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { teamLabel, teamsIn, type MarketOption, type TeamOption } from './people-options';
import forms from '../../components/form.module.css';

export type PlacementForm = { name: string; role: Role | ''; marketId: string; teamId: string };

/** Name, role, market and team: what inviting and editing a person share. */
export function PersonFields({
  form,
  onChange,
  roles,
  markets,
  teams,
  nameError,
}: {
  form: PlacementForm;
  onChange: (next: PlacementForm) => void;
  roles: readonly Role[];
  markets: readonly MarketOption[];
  teams: readonly TeamOption[];
  nameError?: string | null;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof PlacementForm>(key: K, value: PlacementForm[K]) => onChange({ ...form, [key]: value });
  const teamChoices = teamsIn(teams, form.marketId);
  return (
    <>
      <label className={forms.field}>
        {t('people.fields.name')}
        <input
          className="input"
          name="name"
          autoComplete="off"
          value={form.name}
          onChange={(event) => set('name', event.target.value)}
          aria-invalid={nameError ? true : undefined}
        />
        {nameError ? (
          <span className={forms.hint} role="alert">
            {nameError}
          </span>
        ) : null}
      </label>
      <div className={forms.formRow}>
        <label className={forms.field}>
          {t('people.fields.role')}
          <select
            className="select"
            name="role"
            value={form.role}
            onChange={(event) => set('role', event.target.value as Role)}
          >
            {roles.map((role) => (
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
            name="market"
            value={form.marketId}
            onChange={(event) => {
              const marketId = event.target.value;
              const keepTeam = teams.some((team) => team.id === form.teamId && team.market.id === marketId);
              onChange({ ...form, marketId, teamId: keepTeam ? form.teamId : '' });
            }}
          >
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
            name="team"
            value={form.teamId}
            onChange={(event) => set('teamId', event.target.value)}
          >
            <option value="">{t('people.noTeam')}</option>
            {teamChoices.map((team) => (
              <option key={team.id} value={team.id}>
                {teamLabel(team)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </>
  );
}
