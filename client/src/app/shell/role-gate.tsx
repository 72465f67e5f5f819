import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state';
import { mayUse } from '../../components/page-route';
import type { Role } from '../../gql/graphql';
import { useViewerRole } from '../../lib/viewer-role';
import { NotForRolePage } from './not-for-role-page';

/** Renders a page only for the roles that use it; the others see one plain state instead of its errors. */
export function RoleGate({ roles, children }: { roles: readonly Role[] | undefined; children: ReactNode }) {
  const { t } = useTranslation();
  const role = useViewerRole();
  if (!roles) return children;
  if (role === null) return <LoadingState label={t('notForRole.checking')} />;
  return mayUse(roles, role) ? children : <NotForRolePage role={role} />;
}
