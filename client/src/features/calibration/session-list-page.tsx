import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DocumentTitle } from '../../components/document-title';
import { MarketCodes } from '../../components/market-code';
import { Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { ListRow, RowActions, RowGroup } from '../../components/row-list';
import { ShowMore, useListSize } from '../../components/show-more';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { NewSessionForm } from './new-session-form';
import { ModeBadge, SessionStatusBadge } from './session-badges';
import styles from './session-list.module.css';

export const SessionRow_session = graphql(`
  fragment SessionRow_session on CalibrationSession {
    id
    title
    status
    mode
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
    }
    invitedMarkets {
      id
      code
    }
    items {
      id
    }
    participants {
      id
    }
  }
`);

export const CalibrationSessionsQuery = graphql(`
  query CalibrationSessions($first: Int!) {
    me {
      id
      role
    }
    calibrationSessions(first: $first) {
      id
      status
      scheduledAt
      ...SessionRow_session
    }
  }
`);

/** Roles that create and run sessions (the server's rule; the form is hidden from others). */
const DRIVERS = new Set(['QA_SPECIALIST', 'QA_MANAGER', 'ADMIN']);

type Status = 'LIVE' | 'SCHEDULED' | 'CLOSED';

/** The sessions the viewer may see, newest first, a page more on demand: live now, upcoming, closed. */
export function CalibrationListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { first, more } = useListSize();
  const query = useQuery(CalibrationSessionsQuery, {
    variables: { first },
    fetchPolicy: 'cache-and-network',
  });
  const { error, loading, refetch } = query;
  // While the next page loads, the sessions already shown stay.
  const data = query.data ?? query.previousData;
  const canCreate = data ? DRIVERS.has(data.me.role) : false;
  const sessions = data?.calibrationSessions ?? [];
  const group = (status: Status) => sessions.filter((session) => session.status === status);
  // Upcoming soonest first; the server lists newest first, which suits the others.
  const upcoming = [...group('SCHEDULED')].sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));

  return (
    <Page width="xl">
      <DocumentTitle title={t('calibration.list.documentTitle')} />
      <PageHeader
        title={t('calibration.list.title')}
        lead={t('calibration.list.lead')}
        actions={
          canCreate && !creating ? (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {t('calibration.list.new')}
            </button>
          ) : null
        }
      />
      {creating ? (
        <NewSessionForm
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/calibration/${id}`);
          }}
        />
      ) : null}
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('calibration.list.loading')}
        errorTitle={t('calibration.list.loadFailed')}
        onRetry={() => void refetch()}
      />
      {data ? (
        <>
          <SessionGroup status="LIVE" sessions={group('LIVE')} />
          <SessionGroup status="SCHEDULED" sessions={upcoming} />
          <SessionGroup status="CLOSED" sessions={group('CLOSED')} />
          <ShowMore shown={sessions.length} first={first} loading={loading} onMore={more} />
        </>
      ) : null}
    </Page>
  );
}

function SessionGroup({
  status,
  sessions,
}: {
  status: Status;
  sessions: readonly (FragmentType<typeof SessionRow_session> & { id: string })[];
}) {
  const { t } = useTranslation();
  return (
    <RowGroup
      title={t(`calibration.list.group.${status}`)}
      note={t('calibration.list.count', { count: sessions.length })}
      testId={`sessions-${status.toLowerCase()}`}
      empty={t(`calibration.list.empty.${status}`)}
      items={sessions}
    >
      {(session) => <SessionRow key={session.id} session={session} />}
    </RowGroup>
  );
}

function SessionRow(props: { session: FragmentType<typeof SessionRow_session> }) {
  const { t, i18n } = useTranslation();
  const session = getFragmentData(SessionRow_session, props.session);
  const when =
    session.status === 'CLOSED' && session.closedAt
      ? t('calibration.room.closedAt', { date: formatDateTime(session.closedAt, i18n.language) })
      : session.status === 'LIVE' && session.startedAt
        ? t('calibration.room.startedAt', { date: formatDateTime(session.startedAt, i18n.language) })
        : t('calibration.room.scheduledFor', { date: formatDateTime(session.scheduledAt, i18n.language) });
  const role = session.canDrive
    ? t('calibration.list.youFacilitate')
    : session.isParticipant
      ? t('calibration.list.youVote')
      : null;
  return (
    <ListRow
      badges={
        <>
          <SessionStatusBadge status={session.status} />
          <ModeBadge mode={session.mode} />
          {role ? <span className={styles.roleTag}>{role}</span> : null}
        </>
      }
      title={session.title}
      to={`/calibration/${session.id}`}
      meta={[
        <>
          <span>
            {t('calibration.common.policyVersion', {
              policy: session.policyVersion.policy.title,
              number: session.policyVersion.number,
            })}
          </span>
          <span>{when}</span>
          <span>{t('calibration.room.facilitatedBy', { name: session.facilitator.name })}</span>
        </>,
        <>
          <span>{t('calibration.list.items', { count: session.items.length })}</span>
          <span>{t('calibration.list.participants', { count: session.participants.length })}</span>
          <MarketCodes markets={session.invitedMarkets} />
        </>,
      ]}
      actions={
        <RowActions>
          {session.status === 'CLOSED' ? (
            <Link to={`/calibration/${session.id}/results`} className="button button-primary">
              {t('calibration.list.results')}
            </Link>
          ) : null}
          <Link
            to={`/calibration/${session.id}`}
            className={`button ${session.status === 'CLOSED' ? 'button-secondary' : 'button-primary'}`}
            aria-label={t('calibration.list.openRoomNamed', { title: session.title })}
          >
            {session.status === 'LIVE' ? t('calibration.list.join') : t('calibration.list.openRoom')}
          </Link>
        </RowActions>
      }
    />
  );
}
