import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../components/avatar';
import { marketDisplayName } from '../../components/market-name';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import styles from './app-shell.module.css';

export const UserSummary_user = graphql(`
  fragment UserSummary_user on User {
    name
    role
    market {
      id
      code
      name
    }
  }
`);

/** The signed-in user in the header: name, then role and market; it opens their account page. */
export function UserSummary(props: { user: FragmentType<typeof UserSummary_user> }) {
  const { t, i18n } = useTranslation();
  const user = getFragmentData(UserSummary_user, props.user);
  const market = marketDisplayName(user.market.code, user.market.name, i18n.language);
  return (
    <Link
      to="/account"
      className={`${styles.user} ${styles.userLink}`}
      data-testid="user-summary"
      title={t('access.account.title')}
    >
      <Avatar name={user.name} />
      <div className={styles.userText}>
        <span className={styles.userName}>{user.name}</span>
        <span className={styles.userMeta}>{t('shell.roleInMarket', { role: t(`roles.${user.role}`), market })}</span>
      </div>
    </Link>
  );
}
