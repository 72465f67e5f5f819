import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { DocumentTitle } from '../../components/document-title';
import { Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { MarketsSection } from './markets-section';
import { OrganisationQuery } from './org-queries';
import { TeamsSection } from './teams-section';
import { VendorsSection } from './vendors-section';
import styles from './org.module.css';

/**
 * The organisation's shape: vendors, markets and teams (platform admins). A vendor's QA
 * manager sees their vendor's teams only; the server decides again on every change.
 */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OrganisationQuery);
  const me = data?.me;
  const admin = me?.role === 'ADMIN';
  const ownVendor = !admin ? (me?.team?.vendor ?? null) : null;
  return (
    <Page width="xl">
      <DocumentTitle title={t('org.title')} />
      <PageHeader title={t('org.title')} lead={ownVendor ? t('org.leadVendor') : t('org.lead')} />
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        loadingLabel={t('org.loading')}
        errorTitle={t('org.loadFailed')}
        onRetry={() => void refetch()}
      />
      {data && !admin && !ownVendor ? <Alert tone="info">{t('org.notForInternal')}</Alert> : null}
      {data && (admin || ownVendor) ? (
        <div className={styles.sections}>
          {admin ? <VendorsSection vendors={data.vendors} /> : null}
          {admin ? <MarketsSection markets={data.markets} /> : null}
          <TeamsSection
            teams={data.teams}
            markets={data.markets}
            vendors={data.vendors}
            ownVendor={ownVendor}
            mayNameLeads={admin}
          />
        </div>
      ) : null}
    </Page>
  );
}
