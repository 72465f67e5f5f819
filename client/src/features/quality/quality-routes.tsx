import type { PageRoute } from '../../components/page-route';
import { AUDITOR_ROLES } from '../../lib/roles';
import { QualityDashboardPage } from './quality-dashboard-page';

export const qualityRoutes: PageRoute[] = [
  { path: '/quality', element: <QualityDashboardPage />, roles: AUDITOR_ROLES },
];
