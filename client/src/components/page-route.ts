import type { ReactNode } from 'react';
import type { Role } from '../gql/graphql';

/**
 * A page inside the shell and the roles that use it (everyone when absent). The route guard and
 * the navigation both read `roles`, so a page and its menu item cannot disagree; the server
 * checks every query again.
 */
export type PageRoute = { path: string; element: ReactNode; roles?: readonly Role[] };

/** Whether a role may use a page; before the role is known, only pages for everyone. */
export const mayUse = (roles: readonly Role[] | undefined, role: Role | null): boolean =>
  !roles || (role !== null && roles.includes(role));
