import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useViewerRole } from '../../lib/viewer-role';
import { navItemsFor } from './nav-items';
import styles from './app-shell.module.css';

export function SideNav({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const role = useViewerRole();
  return (
    <ul role="list" className={styles.navList}>
      {navItemsFor(role).map(({ to, end, label, Icon }) => (
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
