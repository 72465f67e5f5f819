import { QualityDashboardPage } from './quality-dashboard-page';

export const qualityRoutes = [{ path: 'quality', element: <QualityDashboardPage /> }];
