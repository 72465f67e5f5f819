import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from './auth-context';

/** Where the sign-in page sends the user back to. */
export type SignInLocationState = { from?: string };

/** Renders the child routes for a signed-in user; everyone else goes to sign-in, and back after. */
export function RequireAuth() {
  const { token } = useAuth();
  const location = useLocation();
  if (!token) {
    const from = `${location.pathname}${location.search}${location.hash}`;
    const state: SignInLocationState = from === '/' ? {} : { from };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <Outlet />;
}
