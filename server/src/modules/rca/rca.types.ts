import { Field, Float, Int, ObjectType } from 'type-graphql';
import { RcaActionItem } from './rca-action-item.entity.js';
import { RcaEscalation } from './rca-escalation.entity.js';

@ObjectType({ description: "Audits of an escalation's scope in a period, and how many were errors of its category." })
export class ErrorRateWindow {
  @Field(() => Date) from!: Date;
  @Field(() => Date, { description: 'Exclusive.' }) to!: Date;
  @Field(() => Int, { description: 'Audits with a verdict, overturned verdicts excluded.' }) audits!: number;
  @Field(() => Int, { description: "Of them, incorrect (of the escalation's error category, when it has one)." })
  errors!: number;
  @Field(() => Float, { nullable: true, description: 'errors / audits; null with no audits.' }) rate!: number | null;
  @Field(() => Boolean, { description: 'False while the period has not ended yet.' }) complete!: boolean;
}

@ObjectType({
  description:
    'Whether an escalation worked: the error rate of its category and scope in the weeks before it was opened against the weeks after it was resolved.',
})
export class RcaEffectiveness {
  @Field(() => Int) weeks!: number;
  @Field(() => ErrorRateWindow) before!: ErrorRateWindow;
  @Field(() => ErrorRateWindow, { nullable: true, description: 'Null until it is resolved.' })
  after!: ErrorRateWindow | null;
  @Field(() => Float, { nullable: true, description: 'after.rate − before.rate (negative: fewer errors).' })
  change!: number | null;
}

@ObjectType({ description: 'An error trend as it was when an escalation was filed from it.' })
export class TrendSnapshot {
  @Field() from!: string;
  @Field() to!: string;
  @Field() previousFrom!: string;
  @Field() previousTo!: string;
  @Field(() => Int) audited!: number;
  @Field(() => Int) previousAudited!: number;
  @Field(() => Int) errors!: number;
  @Field(() => Int) previousErrors!: number;
  @Field(() => Float, { nullable: true }) rate!: number | null;
  @Field(() => Float, { nullable: true }) previousRate!: number | null;
}

@ObjectType()
export class CreateRcaEscalationPayload {
  @Field(() => RcaEscalation) escalation!: RcaEscalation;
}

@ObjectType()
export class LinkRcaEscalationPayload {
  @Field(() => RcaEscalation) escalation!: RcaEscalation;
}

@ObjectType()
export class StartRcaEscalationPayload {
  @Field(() => RcaEscalation) escalation!: RcaEscalation;
}

@ObjectType()
export class ResolveRcaEscalationPayload {
  @Field(() => RcaEscalation) escalation!: RcaEscalation;
}

@ObjectType()
export class AddRcaActionItemPayload {
  @Field(() => RcaActionItem) actionItem!: RcaActionItem;
  @Field(() => RcaEscalation, { description: 'The escalation, with its action items.' }) escalation!: RcaEscalation;
}

@ObjectType()
export class SetRcaActionItemStatusPayload {
  @Field(() => RcaActionItem) actionItem!: RcaActionItem;
  @Field(() => RcaEscalation) escalation!: RcaEscalation;
}
