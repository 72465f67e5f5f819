import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { Fact, Facts } from '../../components/facts';
import { marketDisplayName } from '../../components/market-name';
import { Page, PageHeader } from '../../components/page';
import { QueryState } from '../../components/query-state';
import { graphql } from '../../gql';
import { useSignOutEverywhere } from './auth-mutations';
import { useAuth } from './auth-context';
import styles from './public-page.module.css';

export const AccountQuery = graphql(`
  query Account {
    me {
      id
      name
      email
      role
      market {
        id
        code
        name
      }
    }
  }
`);

/** The signed-in person's own account: who they are here, and ending every sign-in at once. */
export function AccountPage() {
  const { t, i18n } = useTranslation();
  const { signOut } = useAuth();
  const { data, loading, error, refetch } = useQuery(AccountQuery);
  const [asking, setAsking] = useState(false);
  const [signOutEverywhere, ending] = useSignOutEverywhere();
  const me = data?.me;

  async function endEverySession() {
    setAsking(false);
    try {
      await signOutEverywhere();
      signOut();
    } catch {
      // Shown from `ending.error`.
    }
  }

  return (
    <Page width="md">
      <DocumentTitle title={t('access.account.title')} />
      <PageHeader title={t('access.account.title')} />
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(me)}
        loadingLabel={t('access.account.loading')}
        errorTitle={t('access.account.loadFailed')}
        onRetry={() => void refetch()}
      />
      {me ? (
        <Card title={me.name}>
          <Facts columns>
            <Fact term={t('signIn.email')}>{me.email}</Fact>
            <Fact term={t('access.account.role')}>{t(`roles.${me.role}`)}</Fact>
            <Fact term={t('access.account.market')}>
              {marketDisplayName(me.market.code, me.market.name, i18n.language)}
            </Fact>
          </Facts>
        </Card>
      ) : null}
      <Card title={t('access.account.everywhereTitle')} lead={t('access.account.everywhereLead')}>
        {ending.error ? <ErrorAlert error={ending.error} title={t('access.account.everywhereFailed')} /> : null}
        <div className={styles.actions}>
          <button
            type="button"
            className="button button-secondary"
            disabled={ending.loading}
            onClick={() => setAsking(true)}
          >
            {t('access.account.everywhere')}
          </button>
        </div>
      </Card>
      <ConfirmDialog
        open={asking}
        title={t('access.account.confirmTitle')}
        confirmLabel={t('access.account.everywhere')}
        cancelLabel={t('access.cancel')}
        destructive
        onConfirm={() => void endEverySession()}
        onCancel={() => setAsking(false)}
      >
        {t('access.account.confirmText')}
      </ConfirmDialog>
    </Page>
  );
}
