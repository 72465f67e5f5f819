import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NAV_ITEMS } from './nav-items';
import styles from './app-shell.module.css';

export function SideNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <ul role="list" className={styles.navList}>
      {NAV_ITEMS.map(({ to, end, label, Icon }) => (
        <li key={to}>
          <NavLink
            to={to}
            end={end}
            onClick={onNavigate}
            className={({ isActive }) => `${styles.navLink} ${isActive ? styles.navLinkActive : ''}`}
          >
            <Icon className={styles.navIcon} />
            <span>{t(label)}</span>
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
