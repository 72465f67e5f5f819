import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../components/brand';
import { CloseIcon, MenuIcon, SignOutIcon } from '../../components/icons';
import { LanguageSwitcher } from '../../components/language-switcher';
import { useAuth } from '../../features/auth/auth-context';
import { graphql } from '../../gql';
import { SideNav } from './side-nav';
import { UserSummary } from './user-summary';
import styles from './app-shell.module.css';

export const AppShellQuery = graphql(`
  query AppShell {
    me {
      id
      ...UserSummary_user
    }
  }
`);

/** Header, navigation and the page. On a narrow screen the navigation folds behind a menu button. */
export function AppShell() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const { data } = useQuery(AppShellQuery);
  const { pathname } = useLocation();
  // The menu belongs to the page it was opened on, so moving to another page closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const setMenuOpen = (open: boolean) => setMenuOpenOn(open ? pathname : null);

  useEffect(() => {
    if (!menuOpen) return undefined;
    const close = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpenOn(null);
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [menuOpen]);

  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink}>
        {t('shell.skipToContent')}
      </a>
      <header className={styles.header}>
        <button
          type="button"
          className={`button button-ghost ${styles.menuButton}`}
          aria-expanded={menuOpen}
          aria-controls="app-navigation"
          aria-label={t('shell.menu')}
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {menuOpen ? <CloseIcon /> : <MenuIcon />}
        </button>
        <Link to="/" className={styles.brandLink} aria-label={t('shell.home')}>
          <Brand nameClassName={styles.brandName} />
        </Link>
        <div className={styles.headerEnd}>
          {data ? <UserSummary user={data.me} /> : <div className={styles.userPlaceholder} aria-hidden="true" />}
          <LanguageSwitcher />
          <button type="button" className={`button button-secondary ${styles.signOut}`} onClick={signOut}>
            <SignOutIcon />
            <span className={styles.signOutText}>{t('shell.signOut')}</span>
          </button>
        </div>
      </header>
      <nav
        id="app-navigation"
        aria-label={t('nav.label')}
        className={`${styles.nav} ${menuOpen ? styles.navOpen : ''}`}
      >
        <SideNav onNavigate={() => setMenuOpen(false)} />
      </nav>
      <main id="main" tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
    </div>
  );
}
