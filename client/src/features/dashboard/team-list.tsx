import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import styles from './dashboard.module.css';

export const TeamList_team = graphql(`
  fragment TeamList_team on Team {
    id
    name
    kind
    market {
      id
      code
    }
    vendor {
      id
      name
    }
  }
`);

type TeamListProps = {
  teams: readonly FragmentType<typeof TeamList_team>[];
  ownTeamId: string | null;
};

export function TeamList(props: TeamListProps) {
  const { t } = useTranslation();
  const teams = getFragmentData(TeamList_team, props.teams);
  return (
    <section className={`${styles.card} ${styles.wide}`} aria-labelledby="teams-title">
      <div className={styles.cardHeader}>
        <h2 id="teams-title" className={styles.cardTitle}>
          {t('dashboard.teams.title')}
        </h2>
        <span className={styles.count}>{t('dashboard.teams.count', { count: teams.length })}</span>
      </div>
      {teams.length === 0 ? (
        <p className={styles.empty}>{t('dashboard.teams.empty')}</p>
      ) : (
        <ul role="list" className={`${styles.rows} ${styles.teamRows}`}>
          {teams.map((team) => (
            <li key={team.id} className={styles.row}>
              <code className={styles.code}>{team.market.code}</code>
              <span className={styles.rowMain}>
                <span className={styles.teamName}>{team.name}</span>
                {/* Named only where the team's own name does not already say it. */}
                {team.vendor && !team.name.includes(team.vendor.name) ? (
                  <span className={styles.hint}>{team.vendor.name}</span>
                ) : null}
              </span>
              <span className={styles.badges}>
                {team.id === props.ownTeamId ? <span className={styles.tag}>{t('dashboard.teams.yours')}</span> : null}
                <span className={team.kind === 'VENDOR' ? styles.kindVendor : styles.kindInternal}>
                  {t(`teamKinds.${team.kind}`)}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
