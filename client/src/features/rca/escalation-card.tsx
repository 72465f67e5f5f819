import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QuotedNote } from '../../components/callout';
import { ErrorAlert } from '../../components/error-alert';
import { BadgeRow, StatusBadge } from '../../components/status-badge';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { EscalationCard_EscalationFragment, RcaBoardQuery } from '../../gql/graphql';
import { localDay } from '../../lib/format';
import { canAudit, canLeadQuality } from '../../lib/roles';
import { ActionItemForm } from './action-item-form';
import { EffectPicture } from './effect-picture';
import { useResolveEscalation, useSetActionItemStatus, useStartEscalation } from './escalation-mutations';
import { LinkedAudits } from './linked-audits';
import { sortActionItems } from './overdue';
import forms from '../../components/form.module.css';
import styles from './rca.module.css';

/** What an escalation's card shows: its scope, action items, linked audits and effect. */
export const EscalationCard_escalation = graphql(`
  fragment EscalationCard_escalation on RcaEscalation {
    id
    title
    description
    state
    origin
    rootCause
    errorCategory
    queue
    createdAt
    startedAt
    resolvedAt
    resolutionNote
    market {
      id
      code
    }
    policy {
      id
      title
    }
    team {
      id
      name
    }
    owner {
      id
      name
    }
    filedBy {
      id
      name
    }
    linkedAudits {
      id
      ...RcaAuditRow
    }
    # Only counted: as many as the server gives (its cap: 200).
    linkedCases(first: 200) {
      id
    }
    actionItems {
      id
      title
      dueDate
      status
      overdue
      owner {
        id
        name
      }
    }
    effectiveness(weeks: 4) {
      weeks
      change
      before {
        audits
        errors
        rate
        complete
      }
      after {
        audits
        errors
        rate
        complete
      }
    }
  }
`);

function scopeText(escalation: EscalationCard_EscalationFragment): string {
  return [escalation.market?.code, escalation.queue, escalation.policy?.title, escalation.team?.name]
    .filter(Boolean)
    .join(' · ');
}

/** One escalation on the board: what it is about, its action items, the audits it rests on and whether it worked. */
export function EscalationCard({
  board,
  ...props
}: {
  escalation: FragmentType<typeof EscalationCard_escalation>;
  board: RcaBoardQuery;
}) {
  const { t, i18n } = useTranslation();
  const escalation = getFragmentData(EscalationCard_escalation, props.escalation);
  const id = useId();
  const role = board.me.role;
  const lead = canLeadQuality(role);
  const [start, starting] = useStartEscalation();
  const [resolve, resolving] = useResolveEscalation();
  const [setStatus, setting] = useSetActionItemStatus();
  const [note, setNote] = useState('');
  const [resolvingOpen, setResolvingOpen] = useState(false);
  const [adding, setAdding] = useState(false);
  const today = localDay(new Date());
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateOf = (value: string) => day.format(new Date(`${value}T00:00:00Z`));
  const items = sortActionItems(escalation.actionItems);
  const openItems = items.filter((item) => item.status === 'OPEN').length;
  const failure = starting.error ?? resolving.error ?? setting.error;

  async function submitResolve(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!note.trim()) return;
    try {
      await resolve({ variables: { input: { escalationId: escalation.id, note: note.trim() } } });
    } catch {
      // Shown from `failure`.
    }
  }

  return (
    <article className={styles.row} aria-labelledby={`${id}-title`} data-testid="rca-card">
      <div className={forms.form}>
        <h3 id={`${id}-title`} className={styles.rowTitle}>
          {escalation.title}
        </h3>
        <BadgeRow>
          <StatusBadge tone="info">{t(`audits.rca.rootCause.${escalation.rootCause}`)}</StatusBadge>
          {escalation.errorCategory ? (
            <StatusBadge tone="bad">{t(`audits.errorCategory.${escalation.errorCategory}`)}</StatusBadge>
          ) : null}
          {escalation.origin === 'ERROR_TREND' ? <StatusBadge>{t('audits.rca.fromTrend')}</StatusBadge> : null}
        </BadgeRow>
        {scopeText(escalation) ? <p className={`${styles.small} ${styles.muted}`}>{scopeText(escalation)}</p> : null}
        {escalation.description ? <p className={styles.small}>{escalation.description}</p> : null}
        {escalation.owner || escalation.linkedCases.length > 0 ? (
          <p className={`${styles.small} ${styles.muted}`}>
            {[
              escalation.owner ? t('audits.rca.ownedBy', { name: escalation.owner.name }) : null,
              escalation.linkedCases.length > 0
                ? t('audits.rca.linkedCases', { count: escalation.linkedCases.length })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        ) : null}
      </div>
      <LinkedAudits escalation={escalation} canLink={canAudit(role)} />
      <div className={forms.form}>
        <h4 className={styles.small}>{t('audits.rca.actionItems', { count: items.length })}</h4>
        {items.length > 0 ? (
          <ul role="list" className={styles.actionItems}>
            {items.map((item) => {
              const late = item.overdue || (item.status === 'OPEN' && item.dueDate < today);
              return (
                <li key={item.id} className={styles.actionItem} data-overdue={late} data-testid="rca-action-item">
                  <span>
                    {item.status !== 'OPEN' ? (
                      <span aria-hidden="true">{item.status === 'DONE' ? '✓ ' : '– '}</span>
                    ) : null}
                    {item.title}
                  </span>
                  <span className={styles.small}>
                    {item.owner?.name ?? '—'} · {t('audits.rca.dueOn', { date: dateOf(item.dueDate) })}
                    {late ? <span className={styles.overdueText}> · {t('audits.rca.overdue')}</span> : null}
                    {item.status !== 'OPEN' ? ` · ${t(`audits.rca.itemStatus.${item.status}`)}` : null}
                  </span>
                  {item.status === 'OPEN' && (lead || item.owner?.id === board.me.id) ? (
                    <span className={forms.actions}>
                      <button
                        type="button"
                        className="button button-ghost"
                        disabled={setting.loading}
                        onClick={() =>
                          void setStatus({ variables: { input: { actionItemId: item.id, status: 'DONE' } } }).catch(
                            () => undefined,
                          )
                        }
                      >
                        {t('audits.rca.markDone')}
                      </button>
                      <button
                        type="button"
                        className="button button-ghost"
                        disabled={setting.loading}
                        onClick={() =>
                          void setStatus({ variables: { input: { actionItemId: item.id, status: 'DROPPED' } } }).catch(
                            () => undefined,
                          )
                        }
                      >
                        {t('audits.rca.drop')}
                      </button>
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        {escalation.state !== 'RESOLVED' && canAudit(role) ? (
          adding ? (
            <ActionItemForm escalationId={escalation.id} board={board} onDone={() => setAdding(false)} />
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
              {t('audits.rca.addItem')}
            </button>
          )
        ) : null}
      </div>
      <EffectPicture
        weeks={escalation.effectiveness.weeks}
        before={escalation.effectiveness.before}
        after={escalation.effectiveness.after}
      />
      {escalation.resolutionNote ? <QuotedNote>{escalation.resolutionNote}</QuotedNote> : null}
      {failure ? <ErrorAlert error={failure} title={t('audits.rca.actionFailed')} /> : null}
      {lead && escalation.state === 'OPEN' ? (
        <button
          type="button"
          className="button button-primary"
          disabled={starting.loading}
          onClick={() => void start({ variables: { input: { escalationId: escalation.id } } }).catch(() => undefined)}
        >
          {t('audits.rca.start')}
        </button>
      ) : null}
      {lead && escalation.state === 'IN_PROGRESS' ? (
        resolvingOpen ? (
          <form className={forms.form} onSubmit={(event) => void submitResolve(event)}>
            <label className={forms.field}>
              {t('audits.rca.resolutionNote')}
              <textarea className="input" value={note} required onChange={(e) => setNote(e.target.value)} />
            </label>
            <div className={forms.actions}>
              <button type="submit" className="button button-primary" disabled={resolving.loading || !note.trim()}>
                {t('audits.rca.resolve')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setResolvingOpen(false)}>
                {t('audits.plans.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <div className={forms.actions}>
            <button
              type="button"
              className="button button-primary"
              disabled={openItems > 0}
              onClick={() => setResolvingOpen(true)}
            >
              {t('audits.rca.resolve')}
            </button>
            {openItems > 0 ? (
              <span className={`${styles.small} ${styles.muted}`}>
                {t('audits.rca.openItemsLeft', { count: openItems })}
              </span>
            ) : null}
          </div>
        )
      ) : null}
    </article>
  );
}
