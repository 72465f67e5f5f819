import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { ErrorAlert } from '../../components/error-alert';
import type { PersonRow_UserFragment, Role } from '../../gql/graphql';
import { useUpdateUser } from './people-mutations';
import type { MarketOption, TeamOption } from './people-options';
import { parseLanguageTags } from '../../lib/language-tags';
import { invalidLanguages, PersonFields, type PlacementForm } from './person-fields';
import forms from '../../components/form.module.css';

/** Changes a person's name, role, market, team, languages or other markets; only what changed is sent. */
export function EditPersonForm({
  person,
  roles,
  markets,
  teams,
  onClose,
}: {
  person: PersonRow_UserFragment;
  roles: readonly Role[];
  markets: readonly MarketOption[];
  teams: readonly TeamOption[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<PlacementForm>({
    name: person.name,
    role: person.role,
    marketId: person.market.id,
    teamId: person.team?.id ?? '',
    languages: person.languages.join(', '),
    otherMarketIds: person.otherMarkets.map((market) => market.id),
  });
  const [checked, setChecked] = useState(false);
  const [nameMissing, setNameMissing] = useState(false);
  const [update, updating] = useUpdateUser();
  // The person's own role stays offered even when the viewer could not give it.
  const roleChoices = roles.includes(person.role) ? roles : [person.role, ...roles];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNameMissing(!form.name.trim());
    setChecked(true);
    if (!form.name.trim() || invalidLanguages(form).length > 0 || updating.loading) return;
    const teamId = form.teamId || null;
    const languages = parseLanguageTags(form.languages).tags;
    const otherMarketIds = [...form.otherMarketIds];
    const sameOthers =
      otherMarketIds.length === person.otherMarkets.length &&
      person.otherMarkets.every((market) => otherMarketIds.includes(market.id));
    try {
      await update({
        variables: {
          input: {
            userId: person.id,
            ...(form.name.trim() !== person.name ? { name: form.name.trim() } : {}),
            ...(form.role && form.role !== person.role ? { role: form.role } : {}),
            ...(form.marketId !== person.market.id ? { marketId: form.marketId } : {}),
            ...(teamId !== (person.team?.id ?? null) ? { teamId } : {}),
            ...(languages.join(',') !== person.languages.join(',') ? { languages } : {}),
            ...(sameOthers ? {} : { otherMarketIds }),
          },
        },
      });
      onClose();
    } catch {
      // Shown from `updating.error`.
    }
  }

  return (
    <Card
      title={t('people.edit.title', { name: person.name })}
      onSubmit={(event) => void submit(event)}
      testId="edit-person"
    >
      <div className={forms.form}>
        <PersonFields
          form={form}
          onChange={setForm}
          roles={roleChoices}
          markets={markets}
          teams={teams}
          nameError={nameMissing ? t('people.invite.problems.name_required') : null}
          languagesChecked={checked}
        />
        {updating.error ? <ErrorAlert error={updating.error} title={t('people.edit.failed')} /> : null}
        <div className={forms.actions}>
          <button type="submit" className="button button-primary" disabled={updating.loading}>
            {t('people.edit.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('people.cancel')}
          </button>
        </div>
      </div>
    </Card>
  );
}
