import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { BackLink, Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import type { CalibrationResultsQuery as ResultsData } from '../../gql/graphql';
import { downloadCsv, toCsv } from '../../lib/csv';
import { formatDateTime, labelName } from '../../lib/format';
import { OverallFigures } from './overall-figures';
import { ConfusionMatrix, ItemAgreementChart, MarketHeatMap } from './result-charts';
import { MarketTable, ParticipantTable } from './result-tables';
import { fileSlug, itemCsvRows, participantCsvRows } from './results-csv';
import { ModeBadge, SessionStatusBadge } from './session-badges';
import styles from './results.module.css';

export const CalibrationResultsQuery = graphql(`
  query CalibrationResults($id: ID!, $version: Int) {
    calibrationSession(id: $id) {
      id
      title
      status
      mode
      closedAt
      policyVersion {
        id
        number
        policy {
          id
          title
        }
        labels {
          key
          name
        }
      }
      invitedMarkets {
        id
        code
        name
      }
      items {
        id
        position
        case {
          id
          externalId
        }
      }
      resultVersions
      result(version: $version) {
        version
        statsVersion
        reason
        computedAt
        labels
        confusionMatrix
        overall {
          items
          raters
          votes
          percentAgreement {
            value
            reason
          }
          fleissKappa {
            value
            reason
            band
          }
          gwetAC1 {
            value
            reason
            band
          }
          krippendorffAlpha {
            value
            reason
            band
          }
          krippendorffAlphaOrdinal {
            value
            reason
            band
          }
          alphaCI95 {
            low
            high
            reason
            resamples
          }
          accuracy {
            value
            reason
            correct
            total
          }
          majorityMatchesGold {
            value
            reason
            matched
            items
          }
        }
        items {
          itemId
          position
          gold
          votes
          abstentions
          distribution
          majority
          tied
          majorityShare {
            value
            reason
          }
          entropy {
            value
            reason
          }
          markets {
            market
            votes
            majority
            matchesGold
          }
        }
        markets {
          market
          raters
          votes
          percentAgreement {
            value
            reason
          }
          fleissKappa {
            value
            reason
            band
          }
          gwetAC1 {
            value
            reason
            band
          }
          krippendorffAlpha {
            value
            reason
            band
          }
          accuracy {
            value
            reason
          }
        }
        participants {
          userId
          name
          market
          votes
          accuracy {
            value
            reason
            correct
            total
          }
          cohenKappaVsGold {
            value
            reason
            band
          }
          majorityAgreement {
            value
            reason
            agreed
            compared
          }
        }
      }
    }
  }
`);

type Session = ResultsData['calibrationSession'];
type Result = NonNullable<Session['result']>;

const GOLD_CHANGE = /^gold of item (\d+) changed from (\S+) to (\S+)$/;

/** The stored result of a closed session: figures with their readings, charts, tables, CSV. */
export function CalibrationResultsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('version'));
  const version = Number.isInteger(requested) && requested > 0 ? requested : null;
  const { data, previousData, error, loading, refetch } = useQuery(CalibrationResultsQuery, {
    variables: { id, version },
  });
  // While another version loads, the one shown stays in place.
  const session = (data ?? previousData)?.calibrationSession;

  return (
    <Page width="xl">
      <DocumentTitle
        title={
          session ? t('calibration.results.documentTitle', { title: session.title }) : t('calibration.results.title')
        }
      />
      <BackLink to={session ? `/calibration/${session.id}` : '/calibration'}>
        {session ? t('calibration.results.backToRoom') : t('calibration.common.allSessions')}
      </BackLink>
      {session ? (
        <ResultsBody
          session={session}
          loading={loading}
          onVersion={(next) => {
            const latest = session.resultVersions[session.resultVersions.length - 1];
            setParams(next === latest ? {} : { version: String(next) }, { replace: true });
          }}
        />
      ) : (
        <PageHeader title={t('calibration.results.title')} />
      )}
      {/* An error shows even beside the version on screen: the version asked for did not load. */}
      <QueryState
        loading={loading && !session}
        error={loading ? undefined : error}
        loadingLabel={t('calibration.results.loading')}
        errorTitle={t('calibration.results.loadFailed')}
        onRetry={() => void refetch()}
      />
    </Page>
  );
}

function ResultsBody({
  session,
  loading,
  onVersion,
}: {
  session: Session;
  loading: boolean;
  onVersion: (version: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const versionId = useId();
  const labels = session.policyVersion.labels;
  const result = session.result;
  const { hash } = useLocation();
  const linkedItem = /^#item-(\d+)$/.exec(hash)?.[1];
  const latest = session.resultVersions[session.resultVersions.length - 1];

  const reasonText = (reason: string): string => {
    if (reason === 'closed') return t('calibration.results.reasonClosed');
    const change = GOLD_CHANGE.exec(reason);
    if (change) {
      return t('calibration.results.reasonGold', {
        position: Number(change[1]),
        from: labelName(labels, change[2]),
        to: labelName(labels, change[3]),
      });
    }
    return reason;
  };

  return (
    <>
      <PageHeader
        badges={
          <>
            <SessionStatusBadge status={session.status} />
            <ModeBadge mode={session.mode} />
          </>
        }
        title={t('calibration.results.heading', { title: session.title })}
        lead={
          <>
            {t('calibration.common.policyVersion', {
              policy: session.policyVersion.policy.title,
              number: session.policyVersion.number,
            })}
            {session.closedAt
              ? ` · ${t('calibration.room.closedAt', { date: formatDateTime(session.closedAt, i18n.language) })}`
              : ''}
          </>
        }
        actions={
          result ? (
            <div className={styles.headerSide}>
              {session.resultVersions.length > 1 ? (
                <div className={styles.versionPicker}>
                  <label htmlFor={versionId} className={styles.pickerLabel}>
                    {t('calibration.results.version')}
                  </label>
                  <select
                    id={versionId}
                    className="select"
                    value={result.version}
                    aria-busy={loading}
                    onChange={(event) => onVersion(Number(event.target.value))}
                  >
                    {[...session.resultVersions].reverse().map((v) => (
                      <option key={v} value={v}>
                        {v === latest
                          ? t('calibration.results.versionLatest', { version: v })
                          : t('calibration.results.versionN', { version: v })}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
              <ExportButtons session={session} result={result} />
            </div>
          ) : null
        }
      />
      {!result ? (
        <Alert tone="info" title={t('calibration.results.noResultTitle')}>
          {session.status === 'CLOSED'
            ? t('calibration.results.noResultClosed')
            : t('calibration.results.noResultOpen')}
        </Alert>
      ) : (
        <>
          <p className={styles.provenance}>
            {t('calibration.results.provenance', {
              version: result.version,
              date: formatDateTime(result.computedAt, i18n.language),
              stats: result.statsVersion,
            })}{' '}
            · {reasonText(result.reason)}
          </p>
          <OverallFigures figures={result.overall} />
          <div className={styles.twoColumns}>
            <ItemAgreementChart
              items={result.items}
              labels={labels}
              highlight={linkedItem ? Number(linkedItem) : null}
            />
            <ConfusionMatrix matrix={result.confusionMatrix} keys={result.labels} labels={labels} />
          </div>
          <MarketHeatMap items={result.items} labels={labels} markets={session.invitedMarkets} />
          <MarketTable markets={result.markets} />
          {result.participants ? <ParticipantTable participants={result.participants} /> : null}
        </>
      )}
    </>
  );
}

function ExportButtons({ session, result }: { session: Session; result: Result }) {
  const { t } = useTranslation();
  const base = `${fileSlug(session.title)}-v${result.version}`;
  const caseIdOf = (position: number) =>
    session.items.find((item) => item.position === position)?.case.externalId ?? null;
  return (
    <div className={styles.exports} role="group" aria-label={t('calibration.results.export')}>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => downloadCsv(`${base}-items.csv`, toCsv(itemCsvRows(result.labels, result.items, caseIdOf)))}
      >
        {t('calibration.results.exportItems')}
      </button>
      {result.participants ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => downloadCsv(`${base}-participants.csv`, toCsv(participantCsvRows(result.participants ?? [])))}
        >
          {t('calibration.results.exportParticipants')}
        </button>
      ) : null}
      <button type="button" className="button button-secondary" onClick={() => window.print()}>
        {t('analytics.printSession')}
      </button>
    </div>
  );
}
