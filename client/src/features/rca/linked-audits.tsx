import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { EscalationCard_EscalationFragment } from '../../gql/graphql';
import { localDay } from '../../lib/format';
import { useLinkAudits } from './escalation-mutations';
import forms from '../../components/form.module.css';
import styles from './rca.module.css';

export const RcaLinkableAuditsQuery = graphql(`
  query RcaLinkableAudits($filter: AuditsFilter!) {
    audits(filter: $filter, page: { first: 50 }) {
      edges {
        node {
          id
          ...RcaAuditRow
        }
      }
    }
  }
`);

export const RcaAuditRowFragment = graphql(`
  fragment RcaAuditRow on Audit {
    id
    day
    queue
    verdict
    errorCategory
    case {
      id
      externalId
    }
    moderator {
      id
      name
    }
    market {
      id
      code
    }
    decidedTaxonomyLabel {
      key
      name
    }
    expectedTaxonomyLabel {
      key
      name
    }
  }
`);

type Escalation = EscalationCard_EscalationFragment;
type Row = FragmentType<typeof RcaAuditRowFragment>;

/** How far back before an escalation was opened its candidate audits go. */
const LOOK_BACK_DAYS = 28;

/**
 * The audits an escalation is about, and (while it is not resolved) a picker for more:
 * the incorrect verdicts of its error category and scope, from four weeks before it was
 * opened on, that are not linked yet.
 */
export function LinkedAudits({ escalation, canLink }: { escalation: Escalation; canLink: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [picking, setPicking] = useState(false);
  const linked = escalation.linkedAudits;

  return (
    <section className={forms.form} aria-labelledby={`${id}-title`} data-testid="rca-linked-audits">
      <h4 id={`${id}-title`} className={styles.small}>
        {t('audits.rca.linkedAudits', { count: linked.length })}
      </h4>
      {linked.length > 0 ? <AuditRows rows={linked} /> : null}
      {canLink && escalation.state !== 'RESOLVED' ? (
        picking ? (
          <AuditPicker escalation={escalation} onDone={() => setPicking(false)} />
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setPicking(true)}>
            {t('audits.rca.linkAudits')}
          </button>
        )
      ) : null}
    </section>
  );
}

function AuditRows({
  rows,
  pick,
}: {
  rows: readonly Row[];
  pick?: { chosen: Set<string>; toggle: (id: string) => void };
}) {
  const { t, i18n } = useTranslation();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <ul role="list" className={styles.actionItems}>
      {rows.map((masked) => {
        const row = getFragmentData(RcaAuditRowFragment, masked);
        const text = (
          <span className={styles.auditText}>
            <span>
              <span className={styles.code}>{row.case.externalId}</span> · {row.moderator.name} ·{' '}
              <code>{row.market.code}</code>
            </span>
            <span className={styles.small}>
              {day.format(new Date(`${row.day}T00:00:00Z`))} · {row.queue} · {row.decidedTaxonomyLabel?.name ?? '—'}
              {row.verdict === 'INCORRECT'
                ? ` → ${row.expectedTaxonomyLabel?.name ?? '—'}`
                : row.verdict
                  ? ` · ${t(`audits.verdict.${row.verdict}`)}`
                  : ''}
              {row.errorCategory ? ` · ${t(`audits.errorCategory.${row.errorCategory}`)}` : ''}
            </span>
          </span>
        );
        return (
          <li key={row.id} className={styles.actionItem} data-testid="rca-audit" data-audit={row.id}>
            {pick ? (
              <label className={styles.auditPick}>
                <input type="checkbox" checked={pick.chosen.has(row.id)} onChange={() => pick.toggle(row.id)} />
                {text}
              </label>
            ) : (
              <Link to={`/audits/${row.id}`} aria-label={t('audits.rca.openAudit', { id: row.case.externalId })}>
                {text}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function AuditPicker({ escalation, onDone }: { escalation: Escalation; onDone: () => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set());
  const [link, linking] = useLinkAudits();
  const opened = new Date(escalation.createdAt);
  const candidates = useQuery(RcaLinkableAuditsQuery, {
    fetchPolicy: 'network-only',
    variables: {
      filter: {
        status: 'COMPLETED',
        verdict: 'INCORRECT',
        dayFrom: localDay(new Date(opened.getTime() - LOOK_BACK_DAYS * 86_400_000)),
        ...(escalation.errorCategory ? { errorCategory: escalation.errorCategory } : {}),
        ...(escalation.market ? { marketId: escalation.market.id } : {}),
        ...(escalation.queue ? { queue: escalation.queue } : {}),
        ...(escalation.policy ? { policyId: escalation.policy.id } : {}),
        ...(escalation.team ? { teamId: escalation.team.id } : {}),
      },
    },
  });
  const already = new Set(escalation.linkedAudits.map((row) => row.id));
  const rows = (candidates.data?.audits.edges ?? []).map((edge) => edge.node).filter((row) => !already.has(row.id));
  const toggle = (auditId: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (!next.delete(auditId)) next.add(auditId);
      return next;
    });

  async function submit() {
    try {
      await link({ variables: { input: { escalationId: escalation.id, links: { auditIds: [...chosen] } } } });
      onDone();
    } catch {
      // Shown from `linking.error`.
    }
  }

  return (
    <div className={forms.form} data-testid="rca-audit-picker">
      <p className={`${styles.small} ${styles.muted}`}>{t('audits.rca.linkHint', { days: LOOK_BACK_DAYS })}</p>
      {candidates.loading && !candidates.data ? <LoadingState label={t('audits.rca.linkLoading')} /> : null}
      {candidates.error ? (
        <ErrorAlert
          error={candidates.error}
          title={t('audits.rca.linkLoadFailed')}
          onRetry={() => void candidates.refetch()}
        />
      ) : null}
      {candidates.data && rows.length === 0 ? (
        <p className={`${styles.small} ${styles.muted}`}>{t('audits.rca.linkNone')}</p>
      ) : null}
      {rows.length > 0 ? <AuditRows rows={rows} pick={{ chosen, toggle }} /> : null}
      {linking.error ? <ErrorAlert error={linking.error} title={t('audits.rca.actionFailed')} /> : null}
      <div className={forms.actions}>
        <button
          type="button"
          className="button button-primary"
          disabled={chosen.size === 0 || linking.loading}
          onClick={() => void submit()}
        >
          {t('audits.rca.linkChosen', { count: chosen.size })}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('audits.plans.cancel')}
        </button>
      </div>
    </div>
  );
}
