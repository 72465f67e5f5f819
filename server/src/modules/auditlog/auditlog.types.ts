import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../shared/connection.js';
import { AuditLogEntry } from '../shared/audit-log/audit-log-entry.entity.js';

@ObjectType({ description: 'One field an action changed, before and after (JSON text; null where it had no value).' })
export class AuditLogChange {
  @Field() field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType()
export class AuditLogEntryConnection extends ConnectionType(AuditLogEntry) {}

@ObjectType()
export class ExportAuditLogPayload {
  @Field({ description: 'The entries as CSV (RFC 4180, a header row, UTF-8), newest first.' })
  csv!: string;

  @Field(() => Int)
  rowCount!: number;
}
