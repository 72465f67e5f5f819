import { useTranslation } from 'react-i18next';
import { marketDisplayName } from '../../components/market-name';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import styles from './dashboard.module.css';

export const ProfileCard_user = graphql(`
  fragment ProfileCard_user on User {
    email
    role
    market {
      id
      code
      name
    }
    team {
      id
      name
      kind
      vendor {
        id
        name
      }
    }
  }
`);

export function ProfileCard(props: { user: FragmentType<typeof ProfileCard_user> }) {
  const { t, i18n } = useTranslation();
  const user = getFragmentData(ProfileCard_user, props.user);
  return (
    <section className={`${styles.card} ${styles.profile}`} aria-labelledby="profile-title">
      <h2 id="profile-title" className={styles.cardTitle}>
        {t('dashboard.profile.title')}
      </h2>
      <dl className={styles.facts}>
        <div>
          <dt>{t('dashboard.profile.role')}</dt>
          <dd>
            <span className={styles.roleBadge}>{t(`roles.${user.role}`)}</span>
            <span className={styles.hint}>{t(`roleDescriptions.${user.role}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('dashboard.profile.market')}</dt>
          <dd>
            {marketDisplayName(user.market.code, user.market.name, i18n.language)}{' '}
            <code className={styles.code}>{user.market.code}</code>
          </dd>
        </div>
        <div>
          <dt>{t('dashboard.profile.team')}</dt>
          <dd>
            {user.team ? (
              <>
                {user.team.name}
                <span className={styles.hint}>
                  {user.team.vendor
                    ? t('dashboard.teams.vendorTeam', { vendor: user.team.vendor.name })
                    : t('dashboard.teams.internalTeam')}
                </span>
              </>
            ) : (
              <span className={styles.muted}>{t('dashboard.profile.noTeam')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('dashboard.profile.email')}</dt>
          <dd className={styles.breakable}>{user.email}</dd>
        </div>
      </dl>
    </section>
  );
}
