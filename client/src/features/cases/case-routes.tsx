import type { PageRoute } from '../../components/page-route';
import { CaseDetailPage } from './case-detail-page';
import { CaseListPage } from './case-list-page';

/** The case pages, inside the signed-in shell. */
export const caseRoutes: PageRoute[] = [
  { path: '/cases', element: <CaseListPage /> },
  { path: '/cases/:caseId', element: <CaseDetailPage /> },
];
