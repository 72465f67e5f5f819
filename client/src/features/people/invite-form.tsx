import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Card } from '../../components/card';
import { ErrorAlert } from '../../components/error-alert';
import type { Role } from '../../gql/graphql';
import { useInviteUser } from './people-mutations';
import type { MarketOption, TeamOption } from './people-options';
import { parseLanguageTags } from '../../lib/language-tags';
import { invalidLanguages, PersonFields, type PlacementForm } from './person-fields';
import forms from '../../components/form.module.css';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type InviteProblems = { email?: 'required' | 'invalid'; name?: 'required' };

/** What the form can tell before asking: an email that looks like one, and a name. */
export function inviteProblems(email: string, name: string): InviteProblems {
  const problems: InviteProblems = {};
  if (!email.trim()) problems.email = 'required';
  else if (!EMAIL.test(email.trim())) problems.email = 'invalid';
  if (!name.trim()) problems.name = 'required';
  return problems;
}

/**
 * Invites a person: email, name, role, market and team. The server decides what a vendor's QA
 * manager may do (their vendor's teams, roles up to their own) and the form shows its refusal.
 */
export function InviteForm({
  roles,
  markets,
  teams,
  onClose,
}: {
  roles: readonly Role[];
  markets: readonly MarketOption[];
  teams: readonly TeamOption[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [form, setForm] = useState<PlacementForm>(() => ({
    name: '',
    role: roles[0] ?? '',
    marketId: markets[0]?.id ?? '',
    teamId: '',
    languages: '',
    otherMarketIds: [],
  }));
  const [problems, setProblems] = useState<InviteProblems>({});
  const [checked, setChecked] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [invite, invitation] = useInviteUser();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = inviteProblems(email, form.name);
    setProblems(found);
    setChecked(true);
    if (Object.keys(found).length > 0 || invalidLanguages(form).length > 0 || !form.role || invitation.loading) return;
    const languages = parseLanguageTags(form.languages).tags;
    try {
      await invite({
        variables: {
          input: {
            email: email.trim(),
            name: form.name.trim(),
            role: form.role,
            marketId: form.marketId,
            ...(form.teamId ? { teamId: form.teamId } : {}),
            ...(languages.length > 0 ? { languages } : {}),
            ...(form.otherMarketIds.length > 0 ? { otherMarketIds: [...form.otherMarketIds] } : {}),
          },
        },
      });
      setSentTo(email.trim());
      setEmail('');
      setForm((current) => ({ ...current, name: '', languages: '', otherMarketIds: [] }));
      setChecked(false);
    } catch {
      // Shown from `invitation.error`.
    }
  }

  return (
    <Card
      title={t('people.invite.title')}
      lead={t('people.invite.lead')}
      onSubmit={(event) => void submit(event)}
      testId="invite-form"
    >
      <div className={forms.form}>
        {sentTo && !invitation.error ? <Alert tone="info">{t('people.invite.sent', { email: sentTo })}</Alert> : null}
        <label className={forms.field}>
          {t('people.fields.email')}
          <input
            className="input"
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={problems.email ? true : undefined}
          />
          {problems.email ? (
            <span className={forms.hint} role="alert">
              {t(`people.invite.problems.email_${problems.email}`)}
            </span>
          ) : null}
        </label>
        <PersonFields
          form={form}
          onChange={setForm}
          roles={roles}
          markets={markets}
          teams={teams}
          nameError={problems.name ? t('people.invite.problems.name_required') : null}
          languagesChecked={checked}
        />
        {invitation.error ? <ErrorAlert error={invitation.error} title={t('people.invite.failed')} /> : null}
        <div className={forms.actions}>
          <button type="submit" className="button button-primary" disabled={invitation.loading}>
            {invitation.loading ? t('people.invite.sending') : t('people.invite.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('people.close')}
          </button>
        </div>
      </div>
    </Card>
  );
}
