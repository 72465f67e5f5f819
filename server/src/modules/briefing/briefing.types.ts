import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../shared/connection.js';
import { Acknowledgement } from '../policy/acknowledgement.entity.js';
import { FaqEntry } from '../policy/faq-entry.entity.js';
import { QuestionStatus } from './briefing.enums.js';
import { Briefing } from './briefing.entity.js';
import { BriefingQuestion } from './briefing-question.entity.js';
import { BriefingReply } from './briefing-reply.entity.js';

export const BriefingQuestionConnection = ConnectionType(BriefingQuestion);

// ---- counts (the same for every viewer: counts, never people) ----

@ObjectType({ description: 'People connected to a briefing room from one market.' })
export class BriefingMarketPresence {
  @Field() market!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Who is in the room, counted by market (nobody is named).' })
export class BriefingRoomPresence {
  @Field(() => Int) total!: number;
  @Field(() => [BriefingMarketPresence]) markets!: BriefingMarketPresence[];
}

@ObjectType({ description: 'Acknowledgements of the presented version in one audience market.' })
export class BriefingMarketAcknowledgements {
  @Field() market!: string;
  @Field(() => Int, { description: 'Of the audience below, those who acknowledged the version.' })
  acknowledged!: number;
  @Field(() => Int, { description: 'Active users with a team in this market (moderators and QA).' }) audience!: number;
}

@ObjectType({ description: 'Acknowledgements of the presented version across the audience markets, as counts.' })
export class BriefingAcknowledgements {
  @Field(() => Int) acknowledged!: number;
  @Field(() => Int) audience!: number;
  @Field(() => [BriefingMarketAcknowledgements]) markets!: BriefingMarketAcknowledgements[];
}

// ---- payloads ----

@ObjectType()
export class ScheduleBriefingPayload {
  @Field(() => Briefing) briefing!: Briefing;
}

@ObjectType()
export class UpdateBriefingPayload {
  @Field(() => Briefing) briefing!: Briefing;
}

@ObjectType()
export class StartBriefingPayload {
  @Field(() => Briefing) briefing!: Briefing;
}

@ObjectType()
export class EndBriefingPayload {
  @Field(() => Briefing) briefing!: Briefing;
}

@ObjectType()
export class CloseBriefingThreadPayload {
  @Field(() => Briefing) briefing!: Briefing;
}

@ObjectType()
export class AcknowledgeBriefingVersionPayload {
  @Field(() => Briefing) briefing!: Briefing;
  @Field(() => Acknowledgement) acknowledgement!: Acknowledgement;
}

@ObjectType()
export class AskBriefingQuestionPayload {
  @Field(() => BriefingQuestion) question!: BriefingQuestion;
}

@ObjectType()
export class UpvoteBriefingQuestionPayload {
  @Field(() => BriefingQuestion) question!: BriefingQuestion;
}

@ObjectType()
export class RemoveBriefingUpvotePayload {
  @Field(() => BriefingQuestion) question!: BriefingQuestion;
}

@ObjectType()
export class ReplyToBriefingQuestionPayload {
  @Field(() => BriefingReply) reply!: BriefingReply;
  @Field(() => BriefingQuestion) question!: BriefingQuestion;
}

@ObjectType()
export class SetBriefingReplyHiddenPayload {
  @Field(() => BriefingReply) reply!: BriefingReply;
  @Field(() => BriefingQuestion) question!: BriefingQuestion;
}

@ObjectType()
export class SetBriefingOfficialAnswerPayload {
  @Field(() => BriefingQuestion) question!: BriefingQuestion;
}

@ObjectType()
export class PinBriefingQuestionPayload {
  @Field(() => BriefingQuestion) question!: BriefingQuestion;
}

@ObjectType()
export class MarkBriefingQuestionAnsweredPayload {
  @Field(() => BriefingQuestion) question!: BriefingQuestion;
}

@ObjectType()
export class DismissBriefingQuestionPayload {
  @Field(() => BriefingQuestion) question!: BriefingQuestion;
}

@ObjectType()
export class ReopenBriefingQuestionPayload {
  @Field(() => BriefingQuestion) question!: BriefingQuestion;
}

@ObjectType()
export class PromoteBriefingQuestionPayload {
  @Field(() => BriefingQuestion) question!: BriefingQuestion;
  @Field(() => FaqEntry) faqEntry!: FaqEntry;
}

// ---- live events: the same for every viewer, so nothing viewer-specific and no author ----

@ObjectType()
export class BriefingStarted {
  @Field(() => ID) briefingId!: string;
  @Field(() => Date) startedAt!: Date;
}

@ObjectType({ description: 'Questions stay open for written follow-up until the thread is closed.' })
export class BriefingEnded {
  @Field(() => ID) briefingId!: string;
  @Field(() => Date) endedAt!: Date;
}

@ObjectType()
export class BriefingThreadClosed {
  @Field(() => ID) briefingId!: string;
  @Field(() => Date) closedAt!: Date;
}

@ObjectType({ description: 'Title, time, markets or notes changed: reload with `briefing`.' })
export class BriefingUpdated {
  @Field(() => ID) briefingId!: string;
  @Field() title!: string;
  @Field(() => Date) scheduledAt!: Date;
}

@ObjectType({
  description:
    'A new question. No author in it (anonymity, vendors): load it with `briefingQuestion` for what the viewer may see.',
})
export class BriefingQuestionAsked {
  @Field(() => ID) briefingId!: string;
  @Field(() => ID) questionId!: string;
  @Field() text!: string;
  @Field(() => Boolean) anonymous!: boolean;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class BriefingQuestionUpvoted {
  @Field(() => ID) briefingId!: string;
  @Field(() => ID) questionId!: string;
  @Field(() => Int, { description: 'The count now (upvotes and their removals).' }) upvoteCount!: number;
}

@ObjectType({ description: 'A reply was added: load it with `briefingQuestion`.' })
export class BriefingQuestionReplied {
  @Field(() => ID) briefingId!: string;
  @Field(() => ID) questionId!: string;
  @Field(() => ID) replyId!: string;
  @Field(() => Int) replyCount!: number;
}

@ObjectType({
  description: 'The presenter hid a reply, or showed it again: reload the question with `briefingQuestion`.',
})
export class BriefingReplyHiddenChanged {
  @Field(() => ID) briefingId!: string;
  @Field(() => ID) questionId!: string;
  @Field(() => ID) replyId!: string;
  @Field(() => Boolean) hidden!: boolean;
  @Field(() => Int, { description: 'Replies attendees see now.' }) replyCount!: number;
}

@ObjectType({ description: 'Status, pin, hidden, official answer or FAQ promotion of a question changed.' })
export class BriefingQuestionStatusChanged {
  @Field(() => ID) briefingId!: string;
  @Field(() => ID) questionId!: string;
  @Field(() => QuestionStatus) status!: QuestionStatus;
  @Field(() => Boolean) pinned!: boolean;
  @Field(() => Boolean, { description: 'Hidden questions leave attendees’ lists.' }) hidden!: boolean;
  @Field(() => String, { nullable: true }) dismissalReason!: string | null;
  @Field(() => ID, { nullable: true }) officialAnswerId!: string | null;
  @Field(() => Boolean) promotedToFaq!: boolean;
}

@ObjectType()
export class BriefingPresenceChanged {
  @Field(() => ID) briefingId!: string;
  @Field(() => BriefingRoomPresence) presence!: BriefingRoomPresence;
}

@ObjectType()
export class BriefingAcknowledgementsChanged {
  @Field(() => ID) briefingId!: string;
  @Field(() => BriefingAcknowledgements) acknowledgements!: BriefingAcknowledgements;
}

export const BriefingEvent = createUnionType({
  name: 'BriefingEvent',
  description: 'What happens in a briefing room; the same event for every viewer.',
  types: () =>
    [
      BriefingStarted,
      BriefingEnded,
      BriefingThreadClosed,
      BriefingUpdated,
      BriefingQuestionAsked,
      BriefingQuestionUpvoted,
      BriefingQuestionReplied,
      BriefingReplyHiddenChanged,
      BriefingQuestionStatusChanged,
      BriefingPresenceChanged,
      BriefingAcknowledgementsChanged,
    ] as const,
});

export type BriefingEventValue =
  | BriefingStarted
  | BriefingEnded
  | BriefingThreadClosed
  | BriefingUpdated
  | BriefingQuestionAsked
  | BriefingQuestionUpvoted
  | BriefingQuestionReplied
  | BriefingReplyHiddenChanged
  | BriefingQuestionStatusChanged
  | BriefingPresenceChanged
  | BriefingAcknowledgementsChanged;
