import { AnalyticsPage } from './analytics-page';

/** The analytics page, inside the shell; its filters live in the query string. */
export const analyticsRoutes = [{ path: 'analytics', element: <AnalyticsPage /> }];
