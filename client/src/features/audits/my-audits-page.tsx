import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Alert } from '../../components/alert';
import { QuotedNote } from '../../components/callout';
import { CaseContent } from '../../components/case-content';
import { DocumentTitle } from '../../components/document-title';
import { Fact, Facts } from '../../components/facts';
import { ItemCard, ItemList } from '../../components/item-card';
import { NumberFigures } from '../../components/number-figures';
import { Page, PageHeader } from '../../components/page';
import { EmptyState, QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { graphql } from '../../gql';
import type { MyAuditsQuery } from '../../gql/graphql';
import { AppealForm } from './appeal-form';
import { AppealHistory } from './appeal-history';
import { appealTimeLeft } from './appeal-window';
import { VerdictBadge } from './verdict-badge';
import forms from '../../components/form.module.css';
import styles from './audits.module.css';

export const MyTeamQuery = graphql(`
  query MyTeam {
    me {
      id
      leadsTeam {
        id
        name
      }
    }
  }
`);

export const MyAuditsQueryDocument = graphql(`
  query MyAudits($teamId: ID) {
    audits(filter: { status: COMPLETED, teamId: $teamId }, page: { first: 100 }) {
      totalCount
      edges {
        node {
          id
          day
          queue
          verdict
          decidedLabel
          decidedTaxonomyLabel {
            key
            name
          }
          expectedLabel
          expectedTaxonomyLabel {
            key
            name
          }
          errorCategory
          feedback
          auditedAt
          countsAgainstModerator
          appealDeadline
          canAppeal
          moderator {
            id
            name
          }
          auditor {
            id
            name
          }
          policy {
            id
            title
          }
          case {
            id
            externalId
            contentType
            text
            mediaUrl
            sensitivityTags
          }
          appeal {
            id
            ...AppealHistory_appeal @unmask
          }
        }
      }
    }
  }
`);

type Audit = MyAuditsQuery['audits']['edges'][number]['node'];

/**
 * The moderator's audited decisions with the auditor's feedback, newest first, and the
 * appeal of an incorrect verdict while its window is open. Only their own audits; with
 * `team`, a team lead's view of their teammates' audits, which they may appeal for them.
 */
export function MyAuditsPage({ team = false }: { team?: boolean }) {
  const { t } = useTranslation();
  const me = useQuery(MyTeamQuery);
  const leadsTeam = me.data?.me.leadsTeam ?? null;
  const page = team ? 'team' : 'mine';
  return (
    <Page width="lg">
      <DocumentTitle title={team ? t('audits.team.title', { team: leadsTeam?.name ?? '' }) : t('audits.mine.title')} />
      <PageHeader
        title={team ? t('audits.team.title', { team: leadsTeam?.name ?? '' }) : t('audits.mine.title')}
        lead={t(`audits.${page}.lead`)}
      />
      {leadsTeam ? (
        <nav aria-label={t('audits.team.tabs')} className={styles.tabs}>
          <NavLink to="/my-audits" end className={styles.tab}>
            {t('audits.mine.title')}
          </NavLink>
          <NavLink to="/my-audits/team" className={styles.tab}>
            {t('audits.team.tab')}
          </NavLink>
        </nav>
      ) : null}
      <QueryState
        loading={me.loading}
        error={me.error}
        hasData={Boolean(me.data)}
        loadingLabel={t('audits.mine.loading')}
        errorTitle={t('audits.mine.loadFailed')}
        onRetry={() => void me.refetch()}
      />
      {me.data && team && !leadsTeam ? (
        <Alert tone="info" title={t('audits.team.notLeadTitle')}>
          {t('audits.team.notLead')}
        </Alert>
      ) : null}
      {me.data && (!team || leadsTeam) ? <AuditList teamId={team ? leadsTeam!.id : null} /> : null}
    </Page>
  );
}

/** One person's audits (the viewer's), or a team's (for its lead). */
function AuditList({ teamId }: { teamId: string | null }) {
  const { t, i18n } = useTranslation();
  const page = teamId ? 'team' : 'mine';
  const { data, loading, error, refetch } = useQuery(MyAuditsQueryDocument, {
    variables: { teamId },
    fetchPolicy: 'cache-and-network',
  });
  // Newest first: what the moderator has not read yet is at the top.
  const audits = (data?.audits.edges ?? [])
    .map((edge) => edge.node)
    .sort((a, b) => (b.auditedAt ?? '').localeCompare(a.auditedAt ?? ''));
  const counted = audits.filter((audit) => audit.verdict);
  const against = counted.filter((audit) => audit.countsAgainstModerator).length;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });

  return (
    <>
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('audits.mine.loading')}
        errorTitle={t('audits.mine.loadFailed')}
        onRetry={() => void refetch()}
      />
      {data ? (
        <>
          <NumberFigures
            testId="my-quality"
            figures={[
              [
                t(`audits.${page}.accuracy`),
                counted.length > 0 ? percent.format((counted.length - against) / counted.length) : '—',
              ],
              [t('audits.mine.audited'), counted.length],
              [t(`audits.${page}.against`), against],
            ]}
          />
          {audits.length === 0 ? (
            <EmptyState>{t(`audits.${page}.empty`)}</EmptyState>
          ) : (
            <ItemList>
              {audits.map((audit) => (
                <MyAudit key={audit.id} audit={audit} ofTeam={Boolean(teamId)} />
              ))}
            </ItemList>
          )}
        </>
      ) : null}
    </>
  );
}

function MyAudit({ audit, ofTeam }: { audit: Audit; ofTeam: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [appealing, setAppealing] = useState(false);
  const [showContent, setShowContent] = useState(false);
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const item = audit.case;
  const appeals = audit.appeal ? [audit.appeal] : [];
  const timeLeft = audit.appealDeadline ? appealTimeLeft(audit.appealDeadline, new Date()) : null;

  return (
    <ItemCard
      title={t('audits.mine.caseTitle', { id: item.externalId })}
      titleId={`${id}-title`}
      testId="my-audit"
      badges={
        <>
          {audit.verdict ? <VerdictBadge verdict={audit.verdict} /> : null}
          {audit.verdict === 'INCORRECT' && !audit.countsAgainstModerator ? (
            <StatusBadge tone="good">
              {ofTeam ? t('audits.team.notCounted', { name: audit.moderator.name }) : t('audits.mine.notCounted')}
            </StatusBadge>
          ) : null}
        </>
      }
    >
      <p className={`${styles.small} ${styles.muted}`}>
        {t('audits.mine.auditedBy', {
          name: audit.auditor?.name ?? '—',
          date: audit.auditedAt ? dateTime.format(new Date(audit.auditedAt)) : '—',
        })}{' '}
        · {audit.policy.title} · {audit.queue}
      </p>
      <Facts columns>
        <Fact
          term={ofTeam ? t('audits.team.decisionOf', { name: audit.moderator.name }) : t('audits.mine.yourDecision')}
        >
          {audit.decidedTaxonomyLabel?.name ?? audit.decidedLabel}
        </Fact>
        {audit.verdict === 'INCORRECT' ? (
          <>
            <Fact term={t('audits.form.expected')}>
              {audit.expectedTaxonomyLabel?.name ?? audit.expectedLabel ?? '—'}
            </Fact>
            <Fact term={t('audits.form.category')}>
              {audit.errorCategory ? t(`audits.errorCategory.${audit.errorCategory}`) : '—'}
            </Fact>
          </>
        ) : null}
      </Facts>
      {audit.feedback ? (
        <div className={forms.form}>
          <h3 className={styles.subTitle}>{t('audits.mine.feedback')}</h3>
          <QuotedNote>{audit.feedback}</QuotedNote>
        </div>
      ) : null}
      <div>
        <button
          type="button"
          className="button button-ghost"
          aria-expanded={showContent}
          aria-controls={`${id}-content`}
          onClick={() => setShowContent(!showContent)}
        >
          {showContent ? t('audits.mine.hideCase') : t('audits.mine.showCase')}
        </button>
      </div>
      {showContent ? (
        <div id={`${id}-content`}>
          <CaseContent item={item} />
        </div>
      ) : null}
      <AppealHistory appeals={appeals} moderator={audit.moderator} />
      {audit.verdict === 'INCORRECT' && !audit.appeal ? (
        timeLeft?.state === 'open' && audit.canAppeal ? (
          appealing ? (
            <AppealForm
              auditId={audit.id}
              // The filed appeal comes back on this audit (see useFileAppeal): nothing to reload.
              onDone={() => setAppealing(false)}
            />
          ) : (
            <div className={forms.actions}>
              <button type="button" className="button button-primary" onClick={() => setAppealing(true)}>
                {t('audits.appeal.start')}
              </button>
              <span className={`${styles.small} ${styles.muted}`}>
                {t(`audits.appeal.windowLeft.${timeLeft.unit}`, { count: timeLeft.count })}
              </span>
            </div>
          )
        ) : (
          <p className={`${styles.small} ${styles.muted}`}>{t('audits.appeal.windowClosed')}</p>
        )
      ) : null}
    </ItemCard>
  );
}
