import type { PageRoute } from '../../components/page-route';
import type { Role } from '../../gql/graphql';
import { PeoplePage } from './people-page';

/** Admins, and a vendor's QA managers (their vendor's admins). */
export const PEOPLE_ADMIN_ROLES: readonly Role[] = ['ADMIN', 'QA_MANAGER'];

/** The people page, inside the shell. */
export const peopleRoutes: PageRoute[] = [{ path: '/people', element: <PeoplePage />, roles: PEOPLE_ADMIN_ROLES }];
