import { createUnionType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CalibrationItem } from './calibration-item.entity.js';
import { CalibrationSession } from './calibration-session.entity.js';
import { GoldChallenge } from './gold-challenge.entity.js';
import { AlphaStat, CountedStat, KappaStat, StatValue } from './stat-value.types.js';

export { CountedStat, StatValue };

@ObjectType({ description: 'How many chose one label.' })
export class LabelCount {
  @Field() label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description:
    "An item's votes so far. While the session is blind and the item not revealed, only how many have voted: `distribution` is null. `version` only grows: a client that sees a gap reloads the session.",
})
export class Tally {
  @Field(() => ID) itemId!: string;
  @Field(() => Float, { description: 'The highest vote sequence number counted.' }) version!: number;
  @Field(() => Int, { description: 'Participants who voted or abstained.' }) voted!: number;
  @Field(() => Int) abstained!: number;
  @Field(() => Int, { description: 'Invited participants.' }) eligible!: number;
  @Field(() => [LabelCount], { nullable: true }) distribution!: LabelCount[] | null;
}

@ObjectType({ description: "The viewer's own vote on an item." })
export class MyVote {
  @Field(() => String, { nullable: true, description: 'Null for an abstention.' }) label!: string | null;
  @Field(() => Boolean) abstained!: boolean;
  @Field(() => String, { nullable: true }) rationale!: string | null;
  @Field(() => Float, { description: 'The tally that includes this vote has `version` at least this.' })
  version!: number;
}

@ObjectType({ description: 'A vote as shown after reveal.' })
export class RevealedVote {
  @Field() participantName!: string;
  @Field() market!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => String, { nullable: true }) rationale!: string | null;
}

@ObjectType({ description: 'One connected user.' })
export class PresentUser {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field() market!: string;
  @Field(() => Boolean, { description: 'Whether they are an invited voter (else facilitator or observer).' })
  participant!: boolean;
}

@ObjectType()
export class MarketPresence {
  @Field() market!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description:
    "Who is in the room: everyone counted by market; platform staff (the first 100) by name. A vendor's people are never named here, since every viewer gets the same event.",
})
export class PresenceChanged {
  @Field(() => ID) sessionId!: string;
  @Field(() => Int) total!: number;
  @Field(() => [MarketPresence]) markets!: MarketPresence[];
  @Field(() => [PresentUser]) present!: PresentUser[];
}

@ObjectType()
export class SessionStarted {
  @Field(() => ID) sessionId!: string;
  @Field(() => Date) startedAt!: Date;
}

@ObjectType({ description: 'The facilitator opened an item for voting; load it with `calibrationSession`.' })
export class ItemOpened {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => Int) position!: number;
}

@ObjectType()
export class TallyUpdated {
  @Field(() => ID) sessionId!: string;
  @Field(() => Tally) tally!: Tally;
}

@ObjectType({ description: 'The distribution, the gold and the rationales, for everyone.' })
export class ItemRevealed {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => Tally) tally!: Tally;
  @Field(() => String, { nullable: true }) gold!: string | null;
  @Field(() => [RevealedVote]) votes!: RevealedVote[];
}

@ObjectType()
export class SessionClosed {
  @Field(() => ID) sessionId!: string;
  @Field(() => Date) closedAt!: Date;
  @Field(() => Int) resultVersion!: number;
}

@ObjectType({ description: 'A gold label was changed after a challenge; a new result version exists.' })
export class GoldChanged {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) itemId!: string;
  @Field() newGold!: string;
  @Field(() => Int) resultVersion!: number;
}

export const SessionEvent = createUnionType({
  name: 'SessionEvent',
  description: 'What happens in a live session; the same event for every viewer.',
  types: () =>
    [PresenceChanged, SessionStarted, ItemOpened, TallyUpdated, ItemRevealed, SessionClosed, GoldChanged] as const,
});

export type SessionEventValue =
  | PresenceChanged
  | SessionStarted
  | ItemOpened
  | TallyUpdated
  | ItemRevealed
  | SessionClosed
  | GoldChanged;

// ---- results (stored JSON, typed for the client) ----

@ObjectType({ description: "Bootstrap 95% interval of Krippendorff's alpha (nominal)." })
export class AlphaInterval {
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => Int) resamples!: number;
  @Field(() => Int) seed!: number;
}

@ObjectType({ description: 'Agreement figures over a set of votes (pooled, not averaged).' })
export class AgreementFigures {
  @Field(() => Int) items!: number;
  @Field(() => Int) raters!: number;
  @Field(() => Int) votes!: number;
  @Field(() => Int) pairableValues!: number;
  @Field(() => StatValue) percentAgreement!: StatValue;
  @Field(() => KappaStat) fleissKappa!: KappaStat;
  @Field(() => KappaStat) gwetAC1!: KappaStat;
  @Field(() => AlphaStat, { description: "Krippendorff's alpha, nominal." }) krippendorffAlpha!: AlphaStat;
  @Field(() => AlphaStat, { nullable: true, description: 'Ordinal, by severity; only when every label has one.' })
  krippendorffAlphaOrdinal!: AlphaStat | null;
  @Field(() => AlphaInterval) alphaCI95!: AlphaInterval;
  @Field(() => CountedStat) accuracy!: CountedStat;
  @Field(() => CountedStat, { description: 'Share of items with gold whose majority matches it.' })
  majorityMatchesGold!: CountedStat;
}

@ObjectType()
export class MarketFigures extends AgreementFigures {
  @Field() market!: string;
}

@ObjectType()
export class MarketMajority {
  @Field() market!: string;
  @Field(() => Int) votes!: number;
  @Field(() => String, { nullable: true }) majority!: string | null;
  @Field(() => [String]) tied!: string[];
  @Field(() => Boolean, { nullable: true, description: 'Null without gold or without votes.' }) matchesGold!:
    | boolean
    | null;
}

@ObjectType()
export class ItemResult {
  @Field(() => ID) itemId!: string;
  @Field(() => Int) position!: number;
  @Field(() => String, { nullable: true }) gold!: string | null;
  @Field(() => Int) votes!: number;
  @Field(() => Int) abstentions!: number;
  @Field(() => [Int], { description: 'Votes per label, in `SessionResult.labels` order.' }) distribution!: number[];
  @Field(() => String, { nullable: true }) majority!: string | null;
  @Field(() => [String]) tied!: string[];
  @Field(() => StatValue) majorityShare!: StatValue;
  @Field(() => StatValue, { description: 'Normalised entropy: 0 all agree, 1 evenly spread.' }) entropy!: StatValue;
  @Field(() => [MarketMajority]) markets!: MarketMajority[];
}

@ObjectType()
export class ParticipantResult {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field() market!: string;
  @Field(() => Int) votes!: number;
  @Field(() => CountedStat) accuracy!: CountedStat;
  @Field(() => KappaStat) cohenKappaVsGold!: KappaStat;
  @Field(() => CountedStat, { description: 'Agreement with the majority of the other raters.' })
  majorityAgreement!: CountedStat;
}

@ObjectType({ description: "A session's statistics, computed once at close and stored; never recomputed on read." })
export class CalibrationResult {
  @Field(() => Int) version!: number;
  @Field() statsVersion!: string;
  @Field() reason!: string;
  @Field(() => Date) computedAt!: Date;
  @Field(() => [String]) labels!: string[];
  @Field(() => AgreementFigures) overall!: AgreementFigures;
  @Field(() => [[Int]], { description: 'Rows gold label, columns chosen label, in `labels` order.' })
  confusionMatrix!: number[][];
  @Field(() => [ItemResult]) items!: ItemResult[];
  @Field(() => [MarketFigures]) markets!: MarketFigures[];
  @Field(() => [ParticipantResult], { nullable: true, description: 'QA roles only; null for others.' })
  participants!: ParticipantResult[] | null;
}

// ---- mutation payloads ----

@ObjectType()
export class CreateCalibrationSessionPayload {
  @Field(() => CalibrationSession) session!: CalibrationSession;
}

@ObjectType()
export class StartCalibrationSessionPayload {
  @Field(() => CalibrationSession) session!: CalibrationSession;
}

@ObjectType()
export class OpenCalibrationItemPayload {
  @Field(() => CalibrationItem) item!: CalibrationItem;
}

@ObjectType()
export class RevealCalibrationItemPayload {
  @Field(() => CalibrationItem) item!: CalibrationItem;
}

@ObjectType()
export class CloseCalibrationSessionPayload {
  @Field(() => CalibrationSession) session!: CalibrationSession;
}

@ObjectType()
export class CastVotePayload {
  @Field(() => MyVote) vote!: MyVote;
}

@ObjectType()
export class SetCalibrationItemGoldPayload {
  @Field(() => CalibrationItem) item!: CalibrationItem;
}

@ObjectType()
export class ChallengeGoldPayload {
  @Field(() => GoldChallenge) challenge!: GoldChallenge;
  @Field(() => CalibrationItem, { description: 'The item challenged, with its challenges.' }) item!: CalibrationItem;
}

@ObjectType()
export class ResolveGoldChallengePayload {
  @Field(() => GoldChallenge) challenge!: GoldChallenge;
  @Field(() => CalibrationItem, { description: 'The item, with its gold as it now is.' }) item!: CalibrationItem;
}
