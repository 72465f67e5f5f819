import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConnectionIndicator } from '../../components/connection-indicator';
import { DocumentTitle } from '../../components/document-title';
import { BackLink, Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import type { ConnectionState } from '../../lib/websocket';
import { BriefingStatusBadge } from './briefing-badges';
import { BriefingEventsSubscriber, type RoomAcknowledgements, type RoomPresence } from './briefing-events-subscriber';
import { BriefingWhen } from './briefing-list-page';
import { PresenterControls } from './presenter-controls';
import { QuestionBoard } from './question-board';
import type { RoomBriefing } from './room-briefing';
import { AcknowledgementPanel, PresencePanel } from './room-panels';
import { VersionPanel } from './version-panel';
import styles from './briefing-room.module.css';
import shared from './briefings.module.css';

/**
 * The server's cap. `first` goes as a variable: the query-cost estimator multiplies only a
 * literal `first` (a literal 200 over the question card's nested selections is far above the
 * limit, while the server itself caps the page at 200 rows).
 */
export const QUESTION_PAGE = 200;

export const BriefingRoomQuery = graphql(`
  query BriefingRoom($id: ID!, $first: Int!) {
    me {
      id
      role
    }
    briefing(id: $id) {
      id
      title
      status
      scheduledAt
      startedAt
      endedAt
      threadClosed
      threadClosedAt
      notes
      canPresent
      presenter {
        id
        name
      }
      audienceMarkets {
        id
        code
        name
      }
      policyVersion {
        id
        number
        status
        changeSummary
        policy {
          id
          title
        }
        myAcknowledgement {
          id
          acknowledgedAt
        }
      }
      presence {
        total
        markets {
          market
          count
        }
      }
      acknowledgements {
        acknowledged
        audience
        markets {
          market
          acknowledged
          audience
        }
      }
      questions(first: $first) {
        totalCount
        pageInfo {
          hasNextPage
        }
        edges {
          node {
            id
            ...QuestionCard_question
          }
        }
      }
    }
  }
`);

/**
 * One briefing's room. The presenter (or an admin) drives it and moderates the Q&A;
 * attendees ask, upvote, reply and acknowledge the version. Once ended it is the
 * follow-up view: open questions stay answerable until the presenter closes the thread.
 */
export function BriefingRoomPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(BriefingRoomQuery, { variables: { id, first: QUESTION_PAGE } });
  const [presence, setPresence] = useState<RoomPresence | null>(null);
  const [acknowledgements, setAcknowledgements] = useState<RoomAcknowledgements | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  // Remounting the subscriber starts a new subscription after it failed.
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => refetch(), [refetch]);
  const briefing = data?.briefing;

  return (
    <Page width="xl">
      <DocumentTitle title={briefing?.title ?? t('briefings.room.documentTitle')} />
      <BackLink to="/briefings">{t('briefings.common.allBriefings')}</BackLink>
      {briefing ? (
        <>
          {!briefing.threadClosed ? (
            <BriefingEventsSubscriber
              key={`${briefing.id}:${attempt}`}
              briefingId={briefing.id}
              refetch={reload}
              onPresence={setPresence}
              onAcknowledgements={setAcknowledgements}
              onConnection={setConnection}
            />
          ) : null}
          <RoomHeader
            briefing={briefing}
            connection={connection}
            onReconnect={() => {
              setConnection('connecting');
              setAttempt((n) => n + 1);
            }}
          />
          <FollowUpNotice briefing={briefing} />
          <div className={styles.layout}>
            <div className={styles.stage}>
              <VersionPanel briefing={briefing} />
              <QuestionBoard briefing={briefing} />
            </div>
            <aside className={styles.side} aria-label={t('briefings.room.sideLabel')}>
              <PresencePanel presence={presence ?? briefing.presence} markets={briefing.audienceMarkets} />
              <AcknowledgementPanel
                briefing={briefing}
                acknowledgements={acknowledgements ?? briefing.acknowledgements}
              />
            </aside>
          </div>
        </>
      ) : (
        <PageHeader title={t('briefings.room.documentTitle')} />
      )}
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('briefings.room.loading')}
        errorTitle={t('briefings.room.loadFailed')}
        onRetry={() => void refetch()}
      />
    </Page>
  );
}

function RoomHeader({
  briefing,
  connection,
  onReconnect,
}: {
  briefing: RoomBriefing;
  connection: ConnectionState;
  onReconnect: () => void;
}) {
  const { t } = useTranslation();
  return (
    <PageHeader
      badges={
        <>
          <BriefingStatusBadge status={briefing.status} />
          {briefing.canPresent ? <span className={shared.small}>{t('briefings.room.youPresent')}</span> : null}
        </>
      }
      title={briefing.title}
      lead={
        <>
          {t('briefings.common.policyVersion', {
            policy: briefing.policyVersion.policy.title,
            number: briefing.policyVersion.number,
          })}{' '}
          · {t('briefings.common.presentedBy', { name: briefing.presenter.name })} ·{' '}
          <BriefingWhen briefing={briefing} />
        </>
      }
      actions={
        <div className={styles.headerSide}>
          {!briefing.threadClosed ? (
            <ConnectionIndicator
              state={connection}
              text={t(`briefings.connection.${connection}`)}
              reconnectLabel={t('briefings.connection.reconnect')}
              onReconnect={onReconnect}
            />
          ) : null}
          {briefing.canPresent ? <PresenterControls briefing={briefing} /> : null}
        </div>
      }
    />
  );
}

function FollowUpNotice({ briefing }: { briefing: RoomBriefing }) {
  const { t } = useTranslation();
  if (briefing.status === 'SCHEDULED') return <p className={styles.notice}>{t('briefings.room.notStarted')}</p>;
  if (briefing.status !== 'ENDED') return null;
  return (
    <p className={styles.notice} data-testid="follow-up-notice">
      {briefing.threadClosed ? t('briefings.room.threadClosedNotice') : t('briefings.room.followUpNotice')}
    </p>
  );
}
