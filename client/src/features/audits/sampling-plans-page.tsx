import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../components/document-title';
import { ItemList } from '../../components/item-card';
import { Page, PageHeader } from '../../components/page';
import { EmptyState, QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import { AuditTabs } from './audit-tabs';
import { NewPlanForm } from './new-plan-form';
import { PlanRow } from './plan-row';

export const SamplingPlansQueryDocument = graphql(`
  query SamplingPlans {
    samplingPlans {
      id
      ...PlanRow_plan
    }
    markets {
      id
      code
      name
    }
    teams {
      id
      name
    }
    caseQueues
    users(filter: { role: MODERATOR }, page: { first: 200 }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Sampling plans: who and how much to audit each day, and running a plan for a day. */
export function SamplingPlansPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SamplingPlansQueryDocument);
  const [creating, setCreating] = useState(false);
  return (
    <Page width="lg">
      <DocumentTitle title={t('audits.plans.title')} />
      <PageHeader
        title={t('audits.plans.title')}
        lead={t('audits.plans.lead')}
        actions={
          !creating ? (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              {t('audits.plans.new')}
            </button>
          ) : null
        }
      />
      <AuditTabs />
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('audits.plans.loading')}
        errorTitle={t('audits.plans.loadFailed')}
        onRetry={() => void refetch()}
      />
      {data && creating ? <NewPlanForm options={data} onDone={() => setCreating(false)} /> : null}
      {data ? (
        data.samplingPlans.length === 0 ? (
          <EmptyState>{t('audits.plans.empty')}</EmptyState>
        ) : (
          <ItemList>
            {data.samplingPlans.map((plan) => (
              <PlanRow key={plan.id} plan={plan} />
            ))}
          </ItemList>
        )
      ) : null}
    </Page>
  );
}
