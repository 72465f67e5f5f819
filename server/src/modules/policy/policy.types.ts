import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Market } from '../identity/market.entity.js';
import { User } from '../identity/user.entity.js';
import { Acknowledgement } from './acknowledgement.entity.js';
import { FaqEntry } from './faq-entry.entity.js';
import { Policy } from './policy.entity.js';
import { PolicyVersion } from './policy-version.entity.js';
import { TaxonomyLabel } from './taxonomy-label.embeddable.js';
import type { DiffLineKind, LabelField } from './version-diff.js';

@ObjectType()
export class CreatePolicyPayload {
  @Field(() => Policy) policy!: Policy;
  @Field(() => PolicyVersion, { description: 'Version 1, an empty draft.' }) draft!: PolicyVersion;
}

@ObjectType()
export class UpdatePolicyPayload {
  @Field(() => Policy) policy!: Policy;
}

@ObjectType()
export class CreatePolicyVersionPayload {
  @Field(() => PolicyVersion) version!: PolicyVersion;
}

@ObjectType()
export class UpdatePolicyVersionPayload {
  @Field(() => PolicyVersion) version!: PolicyVersion;
}

@ObjectType()
export class PublishPolicyVersionPayload {
  @Field(() => PolicyVersion) version!: PolicyVersion;
}

@ObjectType()
export class RetirePolicyVersionPayload {
  @Field(() => PolicyVersion) version!: PolicyVersion;
}

@ObjectType()
export class DiscardPolicyVersionPayload {
  @Field(() => Policy) policy!: Policy;
  @Field(() => ID) discardedVersionId!: string;
}

@ObjectType()
export class AcknowledgePolicyVersionPayload {
  @Field(() => PolicyVersion) version!: PolicyVersion;
  @Field(() => Acknowledgement) acknowledgement!: Acknowledgement;
}

@ObjectType()
export class AddFaqEntryPayload {
  @Field(() => FaqEntry) entry!: FaqEntry;
  @Field(() => PolicyVersion) version!: PolicyVersion;
}

@ObjectType()
export class RemoveFaqEntryPayload {
  @Field(() => PolicyVersion) version!: PolicyVersion;
  @Field(() => ID) removedEntryId!: string;
}

export enum LabelChangeField {
  NAME = 'NAME',
  DESCRIPTION = 'DESCRIPTION',
  SEVERITY = 'SEVERITY',
  POSITION = 'POSITION',
}
registerEnumType(LabelChangeField, {
  name: 'LabelChangeField',
  description: 'What changed about a label kept under the same key (POSITION: moved among the kept labels).',
});

export enum DiffLineKindEnum {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(DiffLineKindEnum, { name: 'DiffLineKind' });

@ObjectType({ description: 'A label kept under the same key whose name, description, severity or place changed.' })
export class LabelChange {
  @Field() key!: string;
  @Field(() => TaxonomyLabel) before!: TaxonomyLabel;
  @Field(() => TaxonomyLabel) after!: TaxonomyLabel;
  @Field(() => [LabelChangeField]) fields!: LabelField[];
}

@ObjectType({ description: 'One line of a body diff; numbers are 1-based, null on the side the line is absent from.' })
export class DiffLine {
  @Field(() => DiffLineKindEnum) kind!: DiffLineKind;
  @Field() text!: string;
  @Field(() => Int, { nullable: true }) oldNumber!: number | null;
  @Field(() => Int, { nullable: true }) newNumber!: number | null;
}

@ObjectType({ description: 'How version `to` differs from version `from` of the same policy.' })
export class PolicyVersionDiff {
  @Field(() => PolicyVersion) from!: PolicyVersion;
  @Field(() => PolicyVersion) to!: PolicyVersion;
  @Field(() => [TaxonomyLabel]) labelsAdded!: TaxonomyLabel[];
  @Field(() => [TaxonomyLabel]) labelsRemoved!: TaxonomyLabel[];
  @Field(() => [LabelChange]) labelsChanged!: LabelChange[];
  @Field(() => Int) labelsUnchanged!: number;
  @Field(() => [DiffLine], { description: 'The whole body, line by line; unchanged lines included.' })
  bodyDiff!: DiffLine[];
  @Field(() => Boolean) bodyChanged!: boolean;
}

@ObjectType({ description: 'Who in one market has and has not acknowledged a version.' })
export class MarketAcknowledgements {
  @Field(() => Market) market!: Market;
  @Field(() => [Acknowledgement]) acknowledged!: Acknowledgement[];
  @Field(() => [User]) pending!: User[];
  @Field(() => Int) acknowledgedCount!: number;
  @Field(() => Int) pendingCount!: number;
}

@ObjectType({
  description:
    'Acknowledgements of a version by the people expected to read it (active users with a team), per market, as far as the viewer may see people.',
})
export class AcknowledgementReport {
  @Field(() => Int) acknowledgedCount!: number;
  @Field(() => Int) pendingCount!: number;
  @Field(() => [MarketAcknowledgements]) markets!: MarketAcknowledgements[];
}
