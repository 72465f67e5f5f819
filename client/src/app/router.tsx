import { createBrowserRouter } from 'react-router';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page';
import { JoinPage } from '../features/auth/join-page';
import { RequireAuth } from '../features/auth/require-auth';
import { ResetPasswordPage } from '../features/auth/reset-password-page';
import { SignInPage } from '../features/auth/sign-in-page';
import { SignedInPage } from '../features/auth/signed-in-page';
import { pageRoutes } from './page-routes';
import { AppShell } from './shell/app-shell';
import { NotFoundPage } from './shell/not-found-page';
import { RoleGate } from './shell/role-gate';

/** Every page but sign-in and the pages a mailed link opens (joining, a new password) needs a session and sits inside the shell; a role that does not use a page gets one plain state. */
export const routes = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/signed-in', element: <SignedInPage /> },
  { path: '/join', element: <JoinPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          ...pageRoutes.map(({ path, element, roles }) => ({
            path,
            element: <RoleGate roles={roles}>{element}</RoleGate>,
          })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
