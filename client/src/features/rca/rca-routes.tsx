import type { PageRoute } from '../../components/page-route';
import { AUDITOR_ROLES } from '../../lib/roles';
import { RcaBoardPage } from './rca-board-page';

export const rcaRoutes: PageRoute[] = [{ path: '/rca', element: <RcaBoardPage />, roles: AUDITOR_ROLES }];
