import type { PageRoute } from '../components/page-route';
import type { Role } from '../gql/graphql';
import { analyticsRoutes } from '../features/analytics/analytics-routes';
import { auditRoutes } from '../features/audits/audit-routes';
import { auditLogRoutes } from '../features/auditlog/auditlog-routes';
import { authRoutes } from '../features/auth/auth-routes';
import { briefingRoutes } from '../features/briefings/briefing-routes';
import { calibrationRoutes } from '../features/calibration/calibration-routes';
import { caseRoutes } from '../features/cases/case-routes';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { orgRoutes } from '../features/org/org-routes';
import { peopleRoutes } from '../features/people/people-routes';
import { policyRoutes } from '../features/policies/policy-routes';
import { qualityRoutes } from '../features/quality/quality-routes';
import { quizRoutes } from '../features/quizzes/quiz-routes';
import { rcaRoutes } from '../features/rca/rca-routes';

/** Every page inside the shell, each with the roles that use it: the one list the router and the navigation read. */
export const pageRoutes: readonly PageRoute[] = [
  { path: '/', element: <DashboardPage /> },
  ...policyRoutes,
  ...caseRoutes,
  ...calibrationRoutes,
  ...auditRoutes,
  ...qualityRoutes,
  ...rcaRoutes,
  ...quizRoutes,
  ...briefingRoutes,
  ...analyticsRoutes,
  ...peopleRoutes,
  ...orgRoutes,
  ...auditLogRoutes,
  ...authRoutes,
];

/** The roles that use the page at `path` (a route's own path, such as `/audits`); everyone when absent. */
export function rolesOfPage(path: string): readonly Role[] | undefined {
  const route = pageRoutes.find((candidate) => candidate.path === path);
  if (!route) throw new Error(`No page is routed at ${path}`);
  return route.roles;
}
