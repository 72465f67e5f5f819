import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { parseLanguageTags } from '../../lib/language-tags';
import { teamLabel, teamsIn, type MarketOption, type TeamOption } from './people-options';
import forms from '../../components/form.module.css';
import styles from './people.module.css';

export type PlacementForm = {
  name: string;
  role: Role | '';
  marketId: string;
  teamId: string;
  /** Languages they read, as typed ("it, en"). */
  languages: string;
  otherMarketIds: readonly string[];
};

/** The typed languages that are not BCP 47 tags, for the form's hint (none: the list may be sent). */
export const invalidLanguages = (form: PlacementForm) => parseLanguageTags(form.languages).invalid;

/** Name, role, market, team, languages and other markets: what inviting and editing a person share. */
export function PersonFields({
  form,
  onChange,
  roles,
  markets,
  teams,
  nameError,
  languagesChecked = false,
}: {
  form: PlacementForm;
  onChange: (next: PlacementForm) => void;
  roles: readonly Role[];
  markets: readonly MarketOption[];
  teams: readonly TeamOption[];
  nameError?: string | null;
  /** Show the languages' problem (after a submit), not while typing. */
  languagesChecked?: boolean;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof PlacementForm>(key: K, value: PlacementForm[K]) => onChange({ ...form, [key]: value });
  const teamChoices = teamsIn(teams, form.marketId);
  const badLanguages = languagesChecked ? invalidLanguages(form) : [];
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
              onChange({
                ...form,
                marketId,
                teamId: keepTeam ? form.teamId : '',
                otherMarketIds: form.otherMarketIds.filter((id) => id !== marketId),
              });
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
      <div className={`${forms.formRow} ${styles.alignTop}`}>
        <label className={forms.field}>
          {t('people.fields.languages')}
          <input
            className="input"
            name="languages"
            autoComplete="off"
            spellCheck={false}
            placeholder="it, en"
            value={form.languages}
            onChange={(event) => set('languages', event.target.value)}
            aria-invalid={badLanguages.length > 0 ? true : undefined}
          />
          {badLanguages.length > 0 ? (
            <span className={forms.hint} role="alert">
              {t('people.fields.languagesInvalid', { tags: badLanguages.join(', ') })}
            </span>
          ) : (
            <span className={forms.hint}>{t('people.fields.languagesHint')}</span>
          )}
        </label>
        <fieldset className={forms.fieldset}>
          <legend>{t('people.fields.otherMarkets')}</legend>
          <div className={forms.choices}>
            {markets
              .filter((market) => market.id !== form.marketId)
              .map((market) => (
                <label key={market.id} className={forms.choice} title={market.name}>
                  <input
                    type="checkbox"
                    name="otherMarkets"
                    value={market.id}
                    checked={form.otherMarketIds.includes(market.id)}
                    onChange={(event) =>
                      set(
                        'otherMarketIds',
                        event.target.checked
                          ? [...form.otherMarketIds, market.id]
                          : form.otherMarketIds.filter((id) => id !== market.id),
                      )
                    }
                  />
                  {market.code}
                </label>
              ))}
          </div>
        </fieldset>
      </div>
    </>
  );
}
