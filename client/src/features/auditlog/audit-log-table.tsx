import { useTranslation } from 'react-i18next';
import { Table, TableHead } from '../../components/table';
import type { AuditLogEntry_EntryFragment } from '../../gql/graphql';
import styles from './audit-log.module.css';

/** A change's value as read: empty shown as a dash, so "— → Admin" reads as "set to Admin". */
const shown = (value: string | null | undefined) =>
  value === null || value === undefined || value === '' ? '—' : value;

/** The entries, newest first: when, who, what, to what, and each field's before and after. */
export function AuditLogTable({ entries }: { entries: readonly AuditLogEntry_EntryFragment[] }) {
  const { t, i18n } = useTranslation();
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
            <td>{t(`auditLog.actions.${entry.action}`)}</td>
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
                      <dt>{change.field}</dt>
                      <dd>
                        <span className={styles.before}>{shown(change.before)}</span>
                        <span aria-label={t('auditLog.changedTo')}> → </span>
                        <span className={styles.after}>{shown(change.after)}</span>
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </td>
            <td className={styles.muted}>{entry.ip ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
