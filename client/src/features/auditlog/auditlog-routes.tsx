import type { PageRoute } from '../../components/page-route';
import { AuditLogPage } from './audit-log-page';

/** The audit log: admins read all of it, a vendor's QA managers their vendor's entries. */
export const auditLogRoutes: PageRoute[] = [
  { path: '/audit-log', element: <AuditLogPage />, roles: ['ADMIN', 'QA_MANAGER'] },
];
