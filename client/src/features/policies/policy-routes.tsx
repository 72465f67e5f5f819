import type { PageRoute } from '../../components/page-route';
import { PolicyDetailPage } from './policy-detail-page';
import { PolicyDiffPage } from './policy-diff-page';
import { PolicyListPage } from './policy-list-page';
import { POLICY_WRITER_ROLES } from './policy-roles';
import { VersionEditorPage } from './version-editor-page';

/** The policy pages, inside the signed-in shell. */
export const policyRoutes: PageRoute[] = [
  { path: '/policies', element: <PolicyListPage /> },
  { path: '/policies/:policyId', element: <PolicyDetailPage /> },
  { path: '/policies/:policyId/compare', element: <PolicyDiffPage /> },
  { path: '/policies/:policyId/versions/:versionId/edit', element: <VersionEditorPage />, roles: POLICY_WRITER_ROLES },
];
