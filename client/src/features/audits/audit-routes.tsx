import type { PageRoute } from '../../components/page-route';
import { AUDITOR_ROLES, MODERATOR_ROLES } from '../../lib/roles';
import { AppealsPage } from './appeals-page';
import { AuditFormPage } from './audit-form-page';
import { AuditQueuePage } from './audit-queue-page';
import { MyAuditsPage } from './my-audits-page';
import { SamplingPlansPage } from './sampling-plans-page';

/** The audit pages, inside the shell: the QA queue and plans, one audit, a moderator's own audits, appeals. */
export const auditRoutes: PageRoute[] = [
  { path: '/audits', element: <AuditQueuePage />, roles: AUDITOR_ROLES },
  { path: '/audits/plans', element: <SamplingPlansPage />, roles: AUDITOR_ROLES },
  { path: '/audits/:auditId', element: <AuditFormPage />, roles: AUDITOR_ROLES },
  { path: '/my-audits', element: <MyAuditsPage />, roles: MODERATOR_ROLES },
  { path: '/my-audits/team', element: <MyAuditsPage team />, roles: MODERATOR_ROLES },
  { path: '/appeals', element: <AppealsPage />, roles: AUDITOR_ROLES },
];
