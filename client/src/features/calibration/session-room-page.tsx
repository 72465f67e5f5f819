import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConnectionIndicator } from '../../components/connection-indicator';
import { DocumentTitle } from '../../components/document-title';
import { BackLink, Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import type { ConnectionState } from '../../lib/websocket';
import { registerCalibrationCachePolicies } from './live-cache';
import { RoomBoard } from './room-board';
import type { RoomSession } from './room-types';
import { ModeBadge, SessionStatusBadge } from './session-badges';
import { SessionEventsSubscriber, type Presence } from './session-events-subscriber';
import { VoterView } from './voter-view';
import styles from './room.module.css';

export const CalibrationRoomQuery = graphql(`
  query CalibrationRoom($id: ID!) {
    me {
      id
      role
    }
    calibrationSession(id: $id) {
      id
      title
      mode
      status
      scheduledAt
      startedAt
      closedAt
      canDrive
      isParticipant
      facilitator {
        id
        name
      }
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
          description
          severity
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
        state
        openedAt
        gold
        case {
          id
          text
          ...ItemContent_case
        }
        tally {
          ...LiveTally_tally @unmask
        }
        myVote {
          label
          abstained
          rationale
          version
        }
        votes {
          participantName
          market
          label
          rationale
        }
        goldChallenges {
          id
          status
          raisedBy {
            id
          }
          ...GoldChallenges_challenge
        }
      }
    }
  }
`);

/**
 * The live room of one session. The state comes from `CalibrationRoom`; the subscriber
 * keeps it current. The facilitator (and QA managers) drive it; invited participants vote;
 * anyone else who may see the session watches.
 */
export function CalibrationRoomPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useApolloClient();
  registerCalibrationCachePolicies(client.cache);
  const { data, error, loading, refetch } = useQuery(CalibrationRoomQuery, { variables: { id } });
  const [presence, setPresence] = useState<Presence | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  // Remounting the subscriber starts a new subscription after it failed.
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => refetch(), [refetch]);

  const session = data?.calibrationSession;

  return (
    <Page width="xl">
      <DocumentTitle title={session?.title ?? t('calibration.room.documentTitle')} />
      <BackLink to="/calibration">{t('calibration.common.allSessions')}</BackLink>
      {session && data ? (
        <>
          <SessionEventsSubscriber
            key={`${session.id}:${attempt}`}
            sessionId={session.id}
            refetch={reload}
            onPresence={setPresence}
            onConnection={setConnection}
          />
          <RoomHeader
            session={session}
            connection={connection}
            onReconnect={() => {
              setConnection('connecting');
              setAttempt((n) => n + 1);
            }}
          />
          {session.canDrive || !session.isParticipant ? (
            <RoomBoard session={session} viewer={data.me} presence={presence} />
          ) : (
            <VoterView session={session} viewer={data.me} presence={presence} />
          )}
        </>
      ) : (
        <PageHeader title={t('calibration.room.documentTitle')} />
      )}
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('calibration.room.loading')}
        errorTitle={t('calibration.room.loadFailed')}
        onRetry={() => void refetch()}
      />
    </Page>
  );
}

function RoomHeader({
  session,
  connection,
  onReconnect,
}: {
  session: RoomSession;
  connection: ConnectionState;
  onReconnect: () => void;
}) {
  const { t, i18n } = useTranslation();
  const when =
    session.status === 'CLOSED' && session.closedAt
      ? t('calibration.room.closedAt', { date: formatDateTime(session.closedAt, i18n.language) })
      : session.status === 'LIVE' && session.startedAt
        ? t('calibration.room.startedAt', { date: formatDateTime(session.startedAt, i18n.language) })
        : t('calibration.room.scheduledFor', { date: formatDateTime(session.scheduledAt, i18n.language) });
  return (
    <PageHeader
      badges={
        <>
          <SessionStatusBadge status={session.status} />
          <ModeBadge mode={session.mode} />
        </>
      }
      title={session.title}
      lead={
        <>
          {t('calibration.common.policyVersion', {
            policy: session.policyVersion.policy.title,
            number: session.policyVersion.number,
          })}{' '}
          · {t('calibration.room.facilitatedBy', { name: session.facilitator.name })} · {when}
        </>
      }
      actions={
        <div className={styles.roomHeaderSide}>
          {session.status !== 'CLOSED' ? (
            <ConnectionIndicator
              state={connection}
              text={t(`calibration.connection.${connection}`)}
              reconnectLabel={t('calibration.connection.reconnect')}
              onReconnect={onReconnect}
            />
          ) : null}
          {session.status === 'CLOSED' ? (
            <Link to={`/calibration/${session.id}/results`} className="button button-primary">
              {t('calibration.room.viewResults')}
            </Link>
          ) : null}
        </div>
      }
    />
  );
}
