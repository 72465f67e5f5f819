import { AuditLogEntry } from '../shared/audit-log/audit-log-entry.entity.js';
import { withContext } from '../shared/context.js';
import { defineModule, type RequestDeps } from '../shared/module.js';
import { type AuditLogContext, AuditLogResolver } from './auditlog.resolver.js';
import { AuditLogService } from './auditlog.service.js';

/**
 * The audit log's reading side. Every module writes entries through the request's
 * `auditTrail` (modules/shared/audit-log/), in the transaction of the change they record.
 */
export const auditLogModule = defineModule({
  name: 'auditlog',
  entities: [AuditLogEntry],
  resolvers: withContext<AuditLogContext>(AuditLogResolver),
  services: (deps: Pick<RequestDeps, 'em' | 'viewer' | 'auditTrail'>) => ({
    auditLog: new AuditLogService(deps.em, deps.viewer, deps.auditTrail),
  }),
});
