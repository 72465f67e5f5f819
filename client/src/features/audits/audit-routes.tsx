import { AppealsPage } from './appeals-page';
import { AuditFormPage } from './audit-form-page';
import { AuditQueuePage } from './audit-queue-page';
import { MyAuditsPage } from './my-audits-page';
import { SamplingPlansPage } from './sampling-plans-page';

/** The audit pages, inside the shell: the QA queue and plans, one audit, a moderator's own audits, appeals. */
export const auditRoutes = [
  { path: 'audits', element: <AuditQueuePage /> },
  { path: 'audits/plans', element: <SamplingPlansPage /> },
  { path: 'audits/:auditId', element: <AuditFormPage /> },
  { path: 'my-audits', element: <MyAuditsPage /> },
  { path: 'my-audits/team', element: <MyAuditsPage team /> },
  { path: 'appeals', element: <AppealsPage /> },
];
