import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/query-state';
import { Table, TableHead } from '../../components/table';
import type { TeamRow_TeamFragment } from '../../gql/graphql';
import { NameForm } from './name-form';
import { useUpdateTeam } from './org-mutations';
import { TeamForm, type MarketChoice, type VendorChoice } from './team-form';
import { TeamLeadForm } from './team-lead-form';
import styles from './org.module.css';

type RowMode = { teamId: string; mode: 'rename' | 'lead' } | null;

/**
 * Teams: each one's market, vendor (or internal) and lead. Admins add any team and name leads;
 * a vendor's QA manager (`ownVendor`) sees, adds and renames their vendor's teams.
 */
export function TeamsSection({
  teams,
  markets,
  vendors,
  ownVendor,
  mayNameLeads,
}: {
  teams: readonly TeamRow_TeamFragment[];
  markets: readonly MarketChoice[];
  vendors: readonly VendorChoice[];
  ownVendor: VendorChoice | null;
  mayNameLeads: boolean;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [row, setRow] = useState<RowMode>(null);
  const [update, updating] = useUpdateTeam();

  return (
    <Card
      title={t('org.teams.title')}
      note={t('org.teams.count', { count: teams.length })}
      lead={ownVendor ? t('org.teams.leadVendor', { vendor: ownVendor.name }) : t('org.teams.lead')}
      tools={
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={adding}
          disabled={markets.length === 0}
          onClick={() => setAdding((open) => !open)}
        >
          {t('org.teams.addTitle')}
        </button>
      }
      testId="org-teams"
    >
      {adding ? (
        <div className={styles.addRow}>
          <TeamForm markets={markets} vendors={vendors} ownVendor={ownVendor} onClose={() => setAdding(false)} />
        </div>
      ) : null}
      {teams.length === 0 ? (
        <EmptyState>{t('org.teams.empty')}</EmptyState>
      ) : (
        <Table label={t('org.teams.title')}>
          <TableHead
            columns={[
              { label: t('org.teams.name') },
              { label: t('org.teams.market') },
              { label: t('org.teams.vendor') },
              { label: t('org.teams.leadColumn') },
              { label: t('org.actions'), hidden: true },
            ]}
          />
          <tbody>
            {teams.map((team) => (
              <tr key={team.id} data-testid="team-row" data-name={team.name}>
                {row?.teamId === team.id ? (
                  <td colSpan={5}>
                    {row.mode === 'rename' ? (
                      <NameForm
                        label={t('org.teams.renameLabel', { name: team.name })}
                        initial={team.name}
                        submitLabel={t('org.save')}
                        failedTitle={t('org.teams.failed')}
                        error={updating.error}
                        busy={updating.loading}
                        onSubmit={async (name) => {
                          await update({ variables: { input: { teamId: team.id, name } } });
                          setRow(null);
                        }}
                        onCancel={() => setRow(null)}
                      />
                    ) : (
                      <TeamLeadForm team={team} onDone={() => setRow(null)} />
                    )}
                  </td>
                ) : (
                  <>
                    <th scope="row">{team.name}</th>
                    <td>
                      <code>{team.market.code}</code>
                    </td>
                    <td>
                      {team.vendor ? team.vendor.name : <span className={styles.muted}>{t('org.teams.internal')}</span>}
                    </td>
                    <td>
                      {team.lead ? (
                        <span className={styles.stack}>
                          <span>{team.lead.name}</span>
                          <span className={styles.muted}>{team.lead.email}</span>
                        </span>
                      ) : (
                        <span className={styles.muted}>{t('org.teams.noLead')}</span>
                      )}
                    </td>
                    <td>
                      <div className={styles.rowActions}>
                        <button
                          type="button"
                          className="button button-secondary"
                          aria-label={t('org.renameOf', { name: team.name })}
                          onClick={() => {
                            updating.reset();
                            setRow({ teamId: team.id, mode: 'rename' });
                          }}
                        >
                          {t('org.rename')}
                        </button>
                        {mayNameLeads ? (
                          <button
                            type="button"
                            className="button button-secondary"
                            aria-label={t('org.teams.leadOf', { name: team.name })}
                            onClick={() => setRow({ teamId: team.id, mode: 'lead' })}
                          >
                            {t('org.teams.setLead')}
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
