import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAddressParams } from '../../app/address-params';
import { DocumentTitle } from '../../components/document-title';
import { MarketCodes } from '../../components/market-code';
import { marketDisplayName } from '../../components/market-name';
import { Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { ListRow, RowGroup } from '../../components/row-list';
import { ShowMore, useListSize } from '../../components/show-more';
import { graphql } from '../../gql';
import type { BriefingListQuery as ListData } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { BriefingStatusBadge } from './briefing-badges';
import { ScheduleForm } from './schedule-form';
import styles from './briefing-list.module.css';
import shared from './briefings.module.css';

/** A briefing's row in the list; the schedule form's answer carries it too. */
export const BriefingListRow_briefing = graphql(`
  fragment BriefingListRow_briefing on Briefing {
    id
    title
    status
    scheduledAt
    startedAt
    endedAt
    threadClosed
    canPresent
    presenter {
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
    audienceMarkets {
      id
      code
      name
    }
  }
`);

export const BriefingListQuery = graphql(`
  query BriefingList($first: Int!) {
    me {
      id
      role
    }
    briefings(first: $first) {
      id
      ...BriefingListRow_briefing @unmask
    }
  }
`);

type Row = ListData['briefings'][number];
type Status = Row['status'];
const GROUPS: readonly Status[] = ['LIVE', 'SCHEDULED', 'ENDED'];
/** Roles that schedule and present briefings (the server's rule; the form is hidden from others). */
const PRESENTERS = new Set(['POLICY_OWNER', 'ADMIN']);

/**
 * Every briefing the viewer may attend, live first, then upcoming (soonest first), then past;
 * filtered by policy and market through the address, so a filtered list can be shared.
 */
export function BriefingListPage() {
  const { t, i18n } = useTranslation();
  const [params, updateParams] = useAddressParams();
  const policyFilter = params.get('policy') ?? '';
  const marketFilter = params.get('market') ?? '';
  const navigate = useNavigate();
  const [scheduling, setScheduling] = useState(false);
  const { first, more } = useListSize();
  const query = useQuery(BriefingListQuery, { variables: { first }, fetchPolicy: 'cache-and-network' });
  const { error, loading, refetch } = query;
  // While the next page loads, the briefings already shown stay.
  const data = query.data ?? query.previousData;
  const canSchedule = data ? PRESENTERS.has(data.me.role) : false;
  const briefings = useMemo(() => data?.briefings ?? [], [data]);

  const policies = useMemo(() => {
    const byId = new Map(briefings.map((b) => [b.policyVersion.policy.id, b.policyVersion.policy.title]));
    return [...byId].sort((a, b) => a[1].localeCompare(b[1], i18n.language));
  }, [briefings, i18n.language]);
  const markets = useMemo(() => {
    const byCode = new Map(briefings.flatMap((b) => b.audienceMarkets.map((m) => [m.code, m.name] as const)));
    return [...byCode].sort((a, b) => a[0].localeCompare(b[0]));
  }, [briefings]);

  const shown = briefings.filter(
    (b) =>
      (!policyFilter || b.policyVersion.policy.id === policyFilter) &&
      (!marketFilter || b.audienceMarkets.some((m) => m.code === marketFilter)),
  );
  const group = (status: Status) => {
    const rows = shown.filter((b) => b.status === status);
    // Upcoming soonest first; the others most recent first.
    return status === 'SCHEDULED'
      ? rows.sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))
      : rows.sort((a, b) => (b.startedAt ?? b.scheduledAt).localeCompare(a.startedAt ?? a.scheduledAt));
  };
  const setFilter = (key: 'policy' | 'market', value: string) =>
    updateParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <Page width="xl">
      <DocumentTitle title={t('briefings.list.documentTitle')} />
      <PageHeader
        title={t('briefings.list.title')}
        lead={t('briefings.list.lead')}
        actions={
          canSchedule && !scheduling ? (
            <button type="button" className="button button-primary" onClick={() => setScheduling(true)}>
              {t('briefings.schedule.open')}
            </button>
          ) : null
        }
      />
      {scheduling ? (
        <ScheduleForm
          onCancel={() => setScheduling(false)}
          onScheduled={(id) => {
            setScheduling(false);
            void navigate(`/briefings/${id}`);
          }}
        />
      ) : null}
      {data ? (
        <div className={styles.filters}>
          <label>
            {t('briefings.list.policy')}
            <select
              className={shared.select}
              value={policyFilter}
              onChange={(event) => setFilter('policy', event.target.value)}
            >
              <option value="">{t('briefings.list.allPolicies')}</option>
              {policies.map(([id, title]) => (
                <option key={id} value={id}>
                  {title}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('briefings.list.market')}
            <select
              className={shared.select}
              value={marketFilter}
              onChange={(event) => setFilter('market', event.target.value)}
            >
              <option value="">{t('briefings.list.allMarkets')}</option>
              {markets.map(([code, name]) => (
                <option key={code} value={code}>
                  {marketDisplayName(code, name, i18n.language)} ({code})
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('briefings.list.loading')}
        errorTitle={t('briefings.list.loadFailed')}
        onRetry={() => void refetch()}
      />
      {data ? GROUPS.map((status) => <BriefingGroup key={status} status={status} briefings={group(status)} />) : null}
      {data ? <ShowMore shown={briefings.length} first={first} loading={loading} onMore={more} /> : null}
    </Page>
  );
}

function BriefingGroup({ status, briefings }: { status: Status; briefings: readonly Row[] }) {
  const { t } = useTranslation();
  return (
    <RowGroup
      title={t(`briefings.list.group.${status}`)}
      note={t('briefings.list.count', { count: briefings.length })}
      testId={`briefings-${status.toLowerCase()}`}
      empty={t(`briefings.list.empty.${status}`)}
      items={briefings}
    >
      {(briefing) => <BriefingRow key={briefing.id} briefing={briefing} />}
    </RowGroup>
  );
}

function BriefingRow({ briefing }: { briefing: Row }) {
  const { t } = useTranslation();
  return (
    <ListRow
      badges={
        <>
          <BriefingStatusBadge status={briefing.status} />
          {briefing.status === 'ENDED' ? (
            <span className={shared.small}>
              {briefing.threadClosed ? t('briefings.list.threadClosed') : t('briefings.list.followUpOpen')}
            </span>
          ) : null}
        </>
      }
      title={briefing.title}
      to={`/briefings/${briefing.id}`}
      meta={[
        <>
          <span>
            {t('briefings.common.policyVersion', {
              policy: briefing.policyVersion.policy.title,
              number: briefing.policyVersion.number,
            })}
          </span>
          <span>
            <BriefingWhen briefing={briefing} />
          </span>
          <span>{t('briefings.common.presentedBy', { name: briefing.presenter.name })}</span>
          <MarketCodes markets={briefing.audienceMarkets} label={t('briefings.common.audience')} />
        </>,
      ]}
      actions={
        <Link
          to={`/briefings/${briefing.id}`}
          className={`button ${briefing.status === 'LIVE' ? 'button-primary' : 'button-secondary'}`}
          aria-label={t('briefings.list.openNamed', { title: briefing.title })}
        >
          {briefing.status === 'LIVE'
            ? t('briefings.list.join')
            : briefing.status === 'ENDED'
              ? t('briefings.list.followUp')
              : t('briefings.list.open')}
        </Link>
      }
    />
  );
}

type Timed = { status: Status; scheduledAt: string; startedAt?: string | null; endedAt?: string | null };

/** "Scheduled for …", "Started …" or "Ended …", whichever says most about where it stands. */
export function BriefingWhen({ briefing }: { briefing: Timed }) {
  const { t, i18n } = useTranslation();
  if (briefing.status === 'ENDED' && briefing.endedAt)
    return <>{t('briefings.common.endedAt', { date: formatDateTime(briefing.endedAt, i18n.language) })}</>;
  if (briefing.status === 'LIVE' && briefing.startedAt)
    return <>{t('briefings.common.startedAt', { date: formatDateTime(briefing.startedAt, i18n.language) })}</>;
  return <>{t('briefings.common.scheduledFor', { date: formatDateTime(briefing.scheduledAt, i18n.language) })}</>;
}
