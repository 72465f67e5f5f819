import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import type { TeamRow_TeamFragment } from '../../gql/graphql';
import { useSetTeamLead } from './org-mutations';
import { TeamMembersQuery } from './org-queries';
import styles from './org.module.css';

/** Names a team's lead from its active members, or clears it (platform admins). */
export function TeamLeadForm({ team, onDone }: { team: TeamRow_TeamFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const members = useQuery(TeamMembersQuery, { variables: { teamId: team.id } });
  const [leadId, setLeadId] = useState(team.lead?.id ?? '');
  const [setLead, setting] = useSetTeamLead();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (setting.loading) return;
    try {
      await setLead({ variables: { input: { teamId: team.id, userId: leadId || null } } });
      onDone();
    } catch {
      // Shown from `setting.error`.
    }
  }

  const people = members.data?.users.edges.map((edge) => edge.node) ?? [];
  return (
    <form className={styles.nameForm} onSubmit={(event) => void submit(event)} data-testid="team-lead-form">
      <label className={styles.inlineField}>
        <span className={styles.inlineLabel}>{t('org.teams.leadOf', { name: team.name })}</span>
        <select
          className="select"
          name="lead"
          value={leadId}
          disabled={members.loading}
          onChange={(event) => setLeadId(event.target.value)}
        >
          <option value="">{t('org.teams.noLead')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} · {person.email}
            </option>
          ))}
        </select>
      </label>
      <div className={styles.inlineActions}>
        <button type="submit" className="button button-primary" disabled={setting.loading || members.loading}>
          {t('org.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('org.cancel')}
        </button>
      </div>
      <div className={styles.wide}>
        {members.error ? <ErrorAlert error={members.error} title={t('org.teams.membersFailed')} /> : null}
        {setting.error ? <ErrorAlert error={setting.error} title={t('org.teams.leadFailed')} /> : null}
      </div>
    </form>
  );
}
