import type { PageRoute } from '../../components/page-route';
import { AccountPage } from './account-page';

/** The signed-in person's own account, inside the shell, for everyone. */
export const authRoutes: PageRoute[] = [{ path: '/account', element: <AccountPage /> }];
