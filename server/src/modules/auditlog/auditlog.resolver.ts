import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context.js';
import { PageInput } from '../identity/identity.inputs.js';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import { Vendor } from '../identity/vendor.entity.js';
import { AuditLogEntry } from '../shared/audit-log/audit-log-entry.entity.js';
import { loadRef } from '../shared/load.js';
import { AuditLogFilter, ExportAuditLogInput } from './auditlog.inputs.js';
import { changesOf, type AuditLogService } from './auditlog.service.js';
import { AuditLogChange, AuditLogEntryConnection, ExportAuditLogPayload } from './auditlog.types.js';

/** What the audit-log resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type AuditLogContext = RequestContext<{ auditLog: AuditLogService }>;

@Resolver(() => AuditLogEntry)
export class AuditLogResolver {
  @Authorized(Role.ADMIN, Role.QA_MANAGER)
  @Query(() => AuditLogEntryConnection, {
    description:
      "The audit log, newest first: every entry for admins, their vendor's for a vendor's QA managers. Append-only: nothing edits or deletes an entry.",
  })
  auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: AuditLogContext,
  ) {
    return ctx.services.auditLog.list(filter ?? {}, page ?? new PageInput());
  }

  @Authorized(Role.ADMIN, Role.QA_MANAGER)
  @Mutation(() => ExportAuditLogPayload, {
    description: 'The entries the filter selects as CSV (at most 50,000); the export is recorded in the log.',
  })
  exportAuditLog(@Arg('input', () => ExportAuditLogInput) input: ExportAuditLogInput, @Ctx() ctx: AuditLogContext) {
    return ctx.services.auditLog.export(input.filter ?? {});
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who did it; null for an unknown email or the command line.',
  })
  actor(@Root() entry: AuditLogEntry) {
    return entry.actor && loadRef(entry.actor);
  }

  @FieldResolver(() => Vendor, { nullable: true, description: 'Whose entry it is; null for the platform’s own.' })
  vendor(@Root() entry: AuditLogEntry) {
    return entry.vendor && loadRef(entry.vendor);
  }

  @FieldResolver(() => [AuditLogChange], { description: 'What the action changed, field by field.' })
  changes(@Root() entry: AuditLogEntry) {
    return changesOf(entry);
  }
}
