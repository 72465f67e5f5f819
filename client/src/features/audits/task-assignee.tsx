import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { useAssignAudit, useClaimAudit } from './audit-mutations';
import forms from '../../components/form.module.css';
import styles from './audits.module.css';

export type Auditor = { id: string; name: string };

type Task = { id: string; assignee: Auditor | null; case: { externalId: string } };

/**
 * Who audits a task. A QA lead assigns it to anyone on the QA team (or back to anyone);
 * a specialist claims an unassigned one, so two people do not audit the same decision.
 * The server checks both again (a specialist cannot take someone else's task).
 */
export function TaskAssignee({
  task,
  meId,
  auditors,
}: {
  task: Task;
  meId: string;
  /** The QA team a lead assigns to; null when the viewer does not assign. */
  auditors: readonly Auditor[] | null;
}) {
  const { t } = useTranslation();
  const [claim, claiming] = useClaimAudit();
  const [assign, assigning] = useAssignAudit();
  const failure = claiming.error ?? assigning.error;
  const externalId = task.case.externalId;
  const name = (person: Auditor) => (person.id === meId ? t('audits.queue.you') : person.name);

  return (
    <div className={styles.assignee}>
      {auditors ? (
        <select
          className="select"
          aria-label={t('audits.queue.assignNamed', { id: externalId })}
          value={task.assignee?.id ?? ''}
          disabled={assigning.loading}
          onChange={(event) => {
            const assigneeId = event.target.value || null;
            void assign({ variables: { input: { auditId: task.id, assigneeId } } }).catch(() => undefined);
          }}
        >
          <option value="">{t('audits.queue.unassigned')}</option>
          {/* Someone no longer on the list (deactivated) still shows as the assignee. */}
          {task.assignee && !auditors.some((person) => person.id === task.assignee!.id) ? (
            <option value={task.assignee.id}>{name(task.assignee)}</option>
          ) : null}
          {auditors.map((person) => (
            <option key={person.id} value={person.id}>
              {name(person)}
            </option>
          ))}
        </select>
      ) : task.assignee ? (
        <span>{name(task.assignee)}</span>
      ) : (
        <span className={forms.actions}>
          <span>{t('audits.queue.unassigned')}</span>
          <button
            type="button"
            className="button button-ghost"
            aria-label={t('audits.queue.claimNamed', { id: externalId })}
            disabled={claiming.loading}
            onClick={() => void claim({ variables: { input: { auditId: task.id } } }).catch(() => undefined)}
          >
            {t('audits.queue.claim')}
          </button>
        </span>
      )}
      {failure ? <ErrorAlert error={failure} title={t('audits.queue.assignFailed')} /> : null}
    </div>
  );
}
