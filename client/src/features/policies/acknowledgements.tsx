import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { marketDisplayName } from '../../components/market-name';
import { ProgressBar } from '../../components/progress-bar';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { useViewerRole } from '../../lib/viewer-role';
import { useAcknowledgeVersion } from './policy-mutations';
import { canReadAcknowledgements } from './policy-roles';
import shared from './policies.module.css';
import styles from './policy-detail.module.css';

export const MyAcknowledgement_version = graphql(`
  fragment MyAcknowledgement_version on PolicyVersion {
    id
    status
    myAcknowledgement {
      id
      acknowledgedAt
    }
  }
`);

/** "I have read this version", for a published version, or when the reader said so. */
export function MyAcknowledgement(props: { version: FragmentType<typeof MyAcknowledgement_version> }) {
  const { t, i18n } = useTranslation();
  const version = getFragmentData(MyAcknowledgement_version, props.version);
  // A reader of the report gets it back with the acknowledgement, its counts moved.
  const withReport = canReadAcknowledgements(useViewerRole());
  const [acknowledge, { loading, error }] = useAcknowledgeVersion();
  if (version.myAcknowledgement) {
    return (
      <p className={styles.done} role="status">
        {t('policies.ack.done', { date: formatDateTime(version.myAcknowledgement.acknowledgedAt, i18n.language) })}
      </p>
    );
  }
  if (version.status !== 'PUBLISHED') return null;
  return (
    <div className={shared.form}>
      <p className={shared.muted}>{t('policies.ack.prompt')}</p>
      <div className={shared.actions}>
        <button
          type="button"
          className="button button-primary"
          disabled={loading}
          onClick={() => void acknowledge({ variables: { input: { versionId: version.id }, withReport } })}
        >
          {t('policies.ack.button')}
        </button>
      </div>
      {error ? <ErrorAlert error={error} title={t('policies.ack.failed')} /> : null}
    </div>
  );
}

export const AcknowledgementReport_version = graphql(`
  fragment AcknowledgementReport_version on PolicyVersion {
    acknowledgements {
      acknowledgedCount
      pendingCount
      markets {
        market {
          id
          code
          name
        }
        acknowledgedCount
        pendingCount
        acknowledged {
          id
          acknowledgedAt
          user {
            id
            name
          }
        }
        pending {
          id
          name
        }
      }
    }
  }
`);

/** Who in each market has and has not acknowledged the version (owners and managers). */
export function AcknowledgementReport(props: { version: FragmentType<typeof AcknowledgementReport_version> }) {
  const { t, i18n } = useTranslation();
  const report = getFragmentData(AcknowledgementReport_version, props.version).acknowledgements;
  if (!report) return null;
  const total = report.acknowledgedCount + report.pendingCount;
  return (
    <section className={shared.card} aria-labelledby="ack-title">
      <div className={shared.cardHeader}>
        <h2 id="ack-title" className={shared.cardTitle}>
          {t('policies.ack.reportTitle')}
        </h2>
        <span className={`${shared.small} ${shared.muted}`}>
          {t('policies.ack.of', { done: report.acknowledgedCount, total })}
        </span>
      </div>
      {report.markets.length === 0 ? <p className={shared.muted}>{t('policies.ack.nobody')}</p> : null}
      {report.markets.map((row) => {
        const count = row.acknowledgedCount + row.pendingCount;
        return (
          <div key={row.market.id} className={styles.ackRow}>
            <div className={styles.ackHead}>
              <span>{marketDisplayName(row.market.code, row.market.name, i18n.language)}</span>
              <span className={shared.muted}>
                {t('policies.ack.of', { done: row.acknowledgedCount, total: count })}
              </span>
            </div>
            <ProgressBar
              label={marketDisplayName(row.market.code, row.market.name, i18n.language)}
              value={row.acknowledgedCount}
              max={count}
            />
            {row.pending.length > 0 ? (
              <p className={styles.names}>
                {t('policies.ack.pending')}: {row.pending.map((u) => u.name).join(', ')}
              </p>
            ) : null}
            {row.acknowledged.length > 0 ? (
              <p className={styles.names}>
                {t('policies.ack.acknowledged')}:{' '}
                {row.acknowledged
                  .map((a) => `${a.user.name} (${formatDateTime(a.acknowledgedAt, i18n.language)})`)
                  .join(', ')}
              </p>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
