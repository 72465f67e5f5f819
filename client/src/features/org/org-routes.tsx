import type { PageRoute } from '../../components/page-route';
import type { Role } from '../../gql/graphql';
import { OrganisationPage } from './org-page';

/** Admins; a vendor's QA managers see their vendor's teams there. */
export const ORG_ROLES: readonly Role[] = ['ADMIN', 'QA_MANAGER'];

/** The organisation page, inside the shell. */
export const orgRoutes: PageRoute[] = [{ path: '/organisation', element: <OrganisationPage />, roles: ORG_ROLES }];
