import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

export const BRIEFING_LIMITS = { title: 200, notes: 50_000, question: 1000, reply: 2000, reason: 500 } as const;

@InputType()
export class ScheduleBriefingInput {
  @Field()
  @Length(3, BRIEFING_LIMITS.title)
  title!: string;

  @Field(() => ID, { description: 'A published version.' })
  @IsUUID()
  policyVersionId!: string;

  @Field(() => ID, { nullable: true, description: 'A policy owner or admin; you by default.' })
  @IsOptional()
  @IsUUID()
  presenterId?: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  marketIds!: string[];

  @Field(() => Date)
  @IsDate()
  scheduledAt!: Date;

  @Field(() => String, { nullable: true, description: 'Markdown slides or notes.' })
  @IsOptional()
  @MaxLength(BRIEFING_LIMITS.notes)
  notes?: string;
}

@InputType({ description: 'Change what is given; title, time and markets only before the briefing starts.' })
export class UpdateBriefingInput {
  @Field(() => ID)
  @IsUUID()
  briefingId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, BRIEFING_LIMITS.title)
  title?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  scheduledAt?: Date;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  marketIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(BRIEFING_LIMITS.notes)
  notes?: string;
}

@InputType()
export class BriefingInput {
  @Field(() => ID)
  @IsUUID()
  briefingId!: string;
}

@InputType()
export class StartBriefingInput extends BriefingInput {}

@InputType()
export class EndBriefingInput extends BriefingInput {}

@InputType()
export class CloseBriefingThreadInput extends BriefingInput {}

@InputType()
export class AcknowledgeBriefingVersionInput extends BriefingInput {}

@InputType()
export class AskBriefingQuestionInput {
  @Field(() => ID)
  @IsUUID()
  briefingId!: string;

  @Field({ description: 'Plain text, 1 to 1000 characters, not only spaces; stored exactly as given.' })
  @Length(1, BRIEFING_LIMITS.question)
  text!: string;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  anonymous: boolean = false;
}

@InputType()
export class QuestionInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;
}

@InputType()
export class UpvoteBriefingQuestionInput extends QuestionInput {}

@InputType()
export class RemoveBriefingUpvoteInput extends QuestionInput {}

@InputType()
export class MarkBriefingQuestionAnsweredInput extends QuestionInput {}

@InputType()
export class ReopenBriefingQuestionInput extends QuestionInput {}

@InputType()
export class ReplyToBriefingQuestionInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field({ description: 'Plain text, 1 to 2000 characters, not only spaces; stored exactly as given.' })
  @Length(1, BRIEFING_LIMITS.reply)
  text!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Presenter only: the reply is also the official answer (and the question is answered).',
  })
  @IsBoolean()
  official: boolean = false;
}

@InputType()
export class SetBriefingOfficialAnswerInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field(() => ID, { nullable: true, description: 'A reply under this question; null removes the official answer.' })
  @IsOptional()
  @IsUUID()
  replyId?: string | null;
}

@InputType()
export class PinBriefingQuestionInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field(() => Boolean, { defaultValue: true })
  @IsBoolean()
  pinned: boolean = true;
}

@InputType()
export class DismissBriefingQuestionInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field({ description: 'Why, 1 to 500 characters (shown with the question).' })
  @Length(1, BRIEFING_LIMITS.reason)
  reason!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Also hide it from attendees (abusive content).' })
  @IsBoolean()
  hide: boolean = false;
}

@InputType({ description: 'Hides a reply from attendees (abusive or off-topic), or shows it again.' })
export class SetBriefingReplyHiddenInput {
  @Field(() => ID)
  @IsUUID()
  replyId!: string;

  @Field(() => Boolean)
  @IsBoolean()
  hidden!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why, 1 to 500 characters: needed to hide, seen by the presenter, admins and the reply’s author.',
  })
  @IsOptional()
  @Length(1, BRIEFING_LIMITS.reason)
  reason?: string;
}

@InputType({ description: 'Adds an answered question to the presented version’s FAQ.' })
export class PromoteBriefingQuestionInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The FAQ wording of the question; the question text by default.',
  })
  @IsOptional()
  @Length(1, 2000)
  question?: string;

  @Field(() => String, { nullable: true, description: 'The FAQ answer; the official answer’s text by default.' })
  @IsOptional()
  @Length(1, 10_000)
  answer?: string;
}
