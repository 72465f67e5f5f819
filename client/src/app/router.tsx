import { createBrowserRouter } from 'react-router';
import { auditRoutes } from '../features/audits/audit-routes';
import { analyticsRoutes } from '../features/analytics/analytics-routes';
import { RequireAuth } from '../features/auth/require-auth';
import { SignInPage } from '../features/auth/sign-in-page';
import { briefingRoutes } from '../features/briefings/briefing-routes';
import { calibrationRoutes } from '../features/calibration/calibration-routes';
import { caseRoutes } from '../features/cases/case-routes';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { policyRoutes } from '../features/policies/policy-routes';
import { qualityRoutes } from '../features/quality/quality-routes';
import { quizRoutes } from '../features/quizzes/quiz-routes';
import { rcaRoutes } from '../features/rca/rca-routes';
import { AppShell } from '../features/shell/app-shell';
import { NotFoundPage } from '../features/shell/not-found-page';

/** Every page but sign-in needs a session and sits inside the shell. */
export const routes = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <DashboardPage /> },
          ...policyRoutes,
          ...caseRoutes,
          ...calibrationRoutes,
          ...auditRoutes,
          ...qualityRoutes,
          ...rcaRoutes,
          ...quizRoutes,
          ...briefingRoutes,
          ...analyticsRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
