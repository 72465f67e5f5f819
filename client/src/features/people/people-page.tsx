import { useQuery } from '@apollo/client/react';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Card } from '../../components/card';
import { DocumentTitle } from '../../components/document-title';
import { ErrorAlert } from '../../components/error-alert';
import { Page, PageHeader } from '../../components/page';
import { EmptyState, QueryState } from '../../components/query-state';
import { getFragmentData, graphql } from '../../gql';
import type { InvitationState_InvitationFragment, PersonRow_UserFragment, Role, UsersFilter } from '../../gql/graphql';
import { EditPersonForm } from './edit-person-form';
import { InviteForm } from './invite-form';
import { PeopleFilters } from './people-filters';
import { PeopleImport } from './people-import';
import { MailOutbox } from './mail-outbox';
import { InvitationState_invitation, PeopleInvitationsQuery, PersonRow_user } from './people-mutations';
import { assignableRoles, PeopleOptionsQuery, type PeopleFilterKey } from './people-options';
import { PeopleTable } from './people-table';
import { statusFilter } from './person-status';
import { useActiveToggle } from './use-active-toggle';
import { useRevokeConfirm } from './use-revoke-confirm';
import styles from './people.module.css';

export const PeopleQuery = graphql(`
  query People($filter: UsersFilter, $page: PageInput) {
    users(filter: $filter, page: $page) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          ...PersonRow_user
        }
      }
    }
  }
`);

const PAGE_SIZE = 200;

/** The filter in the address (`?q=…&status=…&role=…&market=…&team=…&vendor=…`), so a filtered list can be shared and reloaded. */
function filterFrom(params: URLSearchParams, search: string): UsersFilter {
  const filter: UsersFilter = { ...statusFilter(params.get('status')) };
  if (search.trim()) filter.search = search.trim();
  const vendor = params.get('vendor');
  if (vendor) filter.vendorId = vendor;
  const role = params.get('role');
  if (role) filter.role = role as Role;
  const market = params.get('market');
  if (market) filter.marketId = market;
  const team = params.get('team');
  if (team) filter.teamId = team;
  return filter;
}

/**
 * The organisation's people (admins and a vendor's QA managers): who is active, invited or
 * switched off, filtered by role, market and team; invite, change and switch people off here.
 */
export function PeoplePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // Typing in the search box re-asks the server once the typing pauses, not on every key.
  const search = useDeferredValue(params.get('q') ?? '');
  const filter = filterFrom(params, search);
  const invitations = useQuery(PeopleInvitationsQuery);
  const newestInvitation = new Map<string, InvitationState_InvitationFragment>();
  for (const edge of invitations.data?.invitations.edges ?? []) {
    const invitation = getFragmentData(InvitationState_invitation, edge.node);
    if (!newestInvitation.has(invitation.user.id)) newestInvitation.set(invitation.user.id, invitation);
  }
  const revoke = useRevokeConfirm();
  const options = useQuery(PeopleOptionsQuery);
  const { data, previousData, loading, error, refetch } = useQuery(PeopleQuery, {
    variables: { filter, page: { first: PAGE_SIZE } },
  });
  const [inviting, setInviting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const toggle = useActiveToggle();
  const shown = data ?? previousData;
  const people: PersonRow_UserFragment[] = (shown?.users.edges ?? []).map((edge) =>
    getFragmentData(PersonRow_user, edge.node),
  );
  const me = options.data?.me;
  const roles = assignableRoles(me?.role ?? null);
  const markets = options.data?.markets ?? [];
  const teams = options.data?.teams ?? [];
  const editedPerson = people.find((person) => person.id === editing);

  const setFilter = (key: PeopleFilterKey, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key === 'market') next.delete('team');
        return next;
      },
      { replace: true },
    );

  return (
    <Page width="xl">
      <DocumentTitle title={t('people.title')} />
      <PageHeader
        title={t('people.title')}
        lead={t('people.lead')}
        actions={
          <>
            <button
              type="button"
              className="button button-secondary"
              disabled={!options.data || roles.length === 0}
              aria-expanded={importing}
              onClick={() => setImporting((open) => !open)}
            >
              {t('people.import.open')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={!options.data || roles.length === 0}
              aria-expanded={inviting}
              onClick={() => setInviting((open) => !open)}
            >
              {t('people.invite.open')}
            </button>
          </>
        }
      />
      {options.error ? <ErrorAlert error={options.error} title={t('people.optionsFailed')} /> : null}
      {importing ? <PeopleImport onClose={() => setImporting(false)} /> : null}
      {inviting && options.data ? (
        <InviteForm roles={roles} markets={markets} teams={teams} onClose={() => setInviting(false)} />
      ) : null}
      {editedPerson && options.data ? (
        <EditPersonForm
          key={editedPerson.id}
          person={editedPerson}
          roles={roles}
          markets={markets}
          teams={teams}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(shown)}
        loadingLabel={t('people.loading')}
        errorTitle={t('people.loadFailed')}
        onRetry={() => void refetch()}
      />
      {toggle.error ? <ErrorAlert error={toggle.error} title={t('people.toggleFailed')} /> : null}
      {revoke.error ? <ErrorAlert error={revoke.error} title={t('people.revoke.failed')} /> : null}
      {shown ? (
        <Card
          title={t('people.listTitle')}
          note={t('people.count', { count: shown.users.totalCount })}
          busy={loading}
          testId="people-list"
        >
          <PeopleFilters
            params={params}
            markets={markets}
            teams={teams}
            vendors={options.data?.vendors ?? []}
            onChange={setFilter}
          />
          {people.length === 0 ? (
            <EmptyState>{t('people.empty')}</EmptyState>
          ) : (
            <PeopleTable
              people={people}
              meId={me?.id ?? null}
              onEdit={(id) => setEditing(id)}
              onToggle={toggle.ask}
              invitationOf={(id) => newestInvitation.get(id)}
              onRevoke={revoke.ask}
            />
          )}
          {shown.users.pageInfo.hasNextPage ? (
            <p className={styles.capped}>{t('common.listCapped', { count: PAGE_SIZE })}</p>
          ) : null}
        </Card>
      ) : null}
      {me?.role === 'ADMIN' || me?.role === 'QA_MANAGER' ? <MailOutbox /> : null}
      {toggle.dialog}
      {revoke.dialog}
    </Page>
  );
}
