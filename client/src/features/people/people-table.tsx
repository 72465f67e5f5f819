import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/status-badge';
import { Table, TableHead } from '../../components/table';
import type { InvitationStatus, PersonRow_UserFragment } from '../../gql/graphql';
import { personStatus, STATUS_TONE } from './person-status';
import styles from './people.module.css';

/** One row per person: who, where, their status, and what may be done to them. */
export function PeopleTable({
  people,
  meId,
  onEdit,
  onToggle,
  invitationOf,
  onRevoke,
}: {
  people: readonly PersonRow_UserFragment[];
  meId: string | null;
  onEdit: (id: string) => void;
  onToggle: (person: PersonRow_UserFragment) => void;
  /** The person's newest invitation, when the list of invitations has loaded. */
  invitationOf: (userId: string) => { id: string; status: InvitationStatus } | undefined;
  onRevoke: (person: PersonRow_UserFragment, invitationId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table label={t('people.listTitle')}>
      <TableHead
        columns={[
          { label: t('people.fields.person') },
          { label: t('people.fields.role') },
          { label: t('people.fields.placement') },
          { label: t('people.fields.status') },
          { label: t('people.fields.actions'), hidden: true },
        ]}
      />
      <tbody>
        {people.map((person) => {
          const invitation = invitationOf(person.id);
          const status = personStatus(person, invitation?.status);
          return (
            <tr key={person.id} data-testid="person-row" data-email={person.email}>
              <th scope="row">
                <span className={styles.stack}>
                  <span>{person.name}</span>
                  <span className={styles.muted}>{person.email}</span>
                </span>
              </th>
              <td className={styles.role}>{t(`roles.${person.role}`)}</td>
              <td>
                <span className={styles.stack}>
                  <code>{person.market.code}</code>
                  <span className={styles.muted}>{person.team?.name ?? t('people.noTeam')}</span>
                  {person.otherMarkets.length > 0 ? (
                    <span className={styles.muted}>
                      {t('people.fields.alsoIn', {
                        codes: person.otherMarkets.map((market) => market.code).join(', '),
                      })}
                    </span>
                  ) : null}
                </span>
              </td>
              <td>
                <StatusBadge tone={STATUS_TONE[status]} small>
                  {t(`people.status.${status}`)}
                </StatusBadge>
              </td>
              <td>
                <div className={styles.rowActions}>
                  <button
                    type="button"
                    className="button button-ghost"
                    aria-label={t('people.edit.open', { name: person.name })}
                    onClick={() => onEdit(person.id)}
                  >
                    {t('people.edit.button')}
                  </button>
                  {status === 'INVITED' && invitation?.status === 'OPEN' ? (
                    <button
                      type="button"
                      className="button button-ghost"
                      aria-label={t('people.revoke.open', { name: person.name })}
                      onClick={() => onRevoke(person, invitation.id)}
                    >
                      {t('people.revoke.button')}
                    </button>
                  ) : null}
                  {person.id === meId ? null : (
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={t(person.active ? 'people.deactivate.open' : 'people.reactivate.open', {
                        name: person.name,
                      })}
                      onClick={() => onToggle(person)}
                    >
                      {t(person.active ? 'people.deactivate.button' : 'people.reactivate.button')}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
