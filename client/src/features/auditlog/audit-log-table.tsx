import { useTranslation } from 'react-i18next';
import { Table, TableHead } from '../../components/table';
import type { AuditLogEntry_EntryFragment, Role } from '../../gql/graphql';
import styles from './audit-log.module.css';

/** A change's value as read: empty shown as a dash, so "— → Admin" reads as "set to Admin". */
const shown = (value: string | null | undefined) =>
  value === null || value === undefined || value === '' ? '—' : value;

const FIELDS = ['name', 'email', 'role', 'market', 'team', 'active'] as const;
type KnownField = (typeof FIELDS)[number];
const known = (field: string): field is KnownField => (FIELDS as readonly string[]).includes(field);
const ROLES = new Set<string>(['ADMIN', 'POLICY_OWNER', 'QA_MANAGER', 'QA_SPECIALIST', 'MODERATOR']);

/** The entries, newest first: when, who, what, to what, and each field's before and after. */
export function AuditLogTable({ entries }: { entries: readonly AuditLogEntry_EntryFragment[] }) {
  const { t, i18n } = useTranslation();
  // A role reads in the reader's language; other values (names, emails, codes) as recorded.
  const value = (field: string, raw: string | null | undefined) =>
    field === 'role' && raw && ROLES.has(raw) ? t(`roles.${raw as Role}`) : shown(raw);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    <Table label={t('auditLog.listTitle')} wrapHeaders>
      <TableHead
        columns={[
          { label: t('auditLog.fields.at') },
          { label: t('auditLog.fields.actor') },
          { label: t('auditLog.fields.action') },
          { label: t('auditLog.fields.target') },
          { label: t('auditLog.fields.changes') },
          { label: t('auditLog.fields.ip') },
        ]}
      />
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="audit-log-entry" data-action={entry.action}>
            <td className={styles.when}>
              <time dateTime={entry.at}>{when.format(new Date(entry.at))}</time>
            </td>
            <td>
              {entry.actor ? (
                <span className={styles.actor}>
                  <span>{entry.actor.name}</span>
                  <span className={styles.muted}>{entry.actor.email}</span>
                </span>
              ) : (
                <span className={styles.muted}>{t('auditLog.noActor')}</span>
              )}
            </td>
            <td className={styles.action}>{t(`auditLog.actions.${entry.action}`)}</td>
            <td>
              {entry.targetLabel || entry.targetType ? (
                <span className={styles.actor}>
                  <span className={styles.target}>{entry.targetLabel ?? '—'}</span>
                  {entry.targetType ? <span className={styles.muted}>{entry.targetType}</span> : null}
                </span>
              ) : (
                '—'
              )}
            </td>
            <td>
              {entry.changes.length === 0 ? (
                '—'
              ) : (
                <dl className={styles.changes}>
                  {entry.changes.map((change) => (
                    <div key={change.field}>
                      <dt>{known(change.field) ? t(`auditLog.changeFields.${change.field}`) : change.field}</dt>
                      <dd>
                        <span className={styles.before}>{value(change.field, change.before)}</span>
                        <span aria-label={t('auditLog.changedTo')}> → </span>
                        <span className={styles.after}>{value(change.field, change.after)}</span>
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </td>
            <td className={`${styles.muted} ${styles.ip}`}>{entry.ip ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
