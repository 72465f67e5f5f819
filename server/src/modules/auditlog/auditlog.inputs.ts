import { ArrayMaxSize, IsDate, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AuditAction } from '../shared/audit-log/audit-action.js';

@InputType({ description: 'Which entries of the audit log to list or export; every field narrows it.' })
export class AuditLogFilter {
  @Field(() => [AuditAction], { nullable: true, description: 'Any of these actions.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsEnum(AuditAction, { each: true })
  actions?: AuditAction[];

  @Field(() => ID, { nullable: true, description: 'Done by this person.' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Done to this person, team, item, … (its id).' })
  @IsOptional()
  @IsUUID()
  targetId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "One vendor's entries (admins; a vendor admin sees only their own).",
  })
  @IsOptional()
  @IsUUID()
  vendorId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name of what was acted on (an email, a title), any case.',
  })
  @IsOptional()
  @Length(1, 320)
  search?: string;

  @Field(() => Date, { nullable: true, description: 'At or after this time.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this time.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@InputType()
export class ExportAuditLogInput {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  filter?: AuditLogFilter;
}
