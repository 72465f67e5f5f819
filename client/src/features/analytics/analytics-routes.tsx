import type { PageRoute } from '../../components/page-route';
import { AnalyticsPage } from './analytics-page';

/** The analytics page, inside the shell; its filters live in the query string. */
export const analyticsRoutes: PageRoute[] = [
  { path: '/analytics', element: <AnalyticsPage />, roles: ['ADMIN', 'QA_MANAGER', 'QA_SPECIALIST', 'POLICY_OWNER'] },
];
