import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsDate,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Where one question comes from: exactly one of the two.' })
export class QuizQuestionSourceInput {
  @Field(() => ID, { nullable: true, description: 'An item of a closed calibration session, with its gold label.' })
  @IsOptional()
  @IsUUID()
  calibrationItemId?: string;

  @Field(() => ID, { nullable: true, description: 'An audit with an expected label.' })
  @IsOptional()
  @IsUUID()
  auditId?: string;
}

@InputType({ description: 'Who takes a quiz: the moderators of these markets and teams.' })
export class QuizAssignmentInput {
  @Field(() => [ID])
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  marketIds: string[] = [];

  @Field(() => [ID])
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  teamIds: string[] = [];
}

@InputType()
export class CreateQuizInput {
  @Field()
  @Length(3, 200)
  title!: string;

  @Field({ defaultValue: '' })
  @Length(0, 5000)
  description: string = '';

  @Field(() => [QuizQuestionSourceInput], { description: 'The questions, in order (1 to 100).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested()
  questions!: QuizQuestionSourceInput[];

  @Field(() => QuizAssignmentInput)
  @ValidateNested()
  assignment!: QuizAssignmentInput;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  dueAt?: Date | null;
}

@InputType({
  description:
    "Builds a quiz from the most contested gold items of recent closed sessions: lowest majority share first, then highest entropy, from each session's stored result.",
})
export class CreateQuizFromContestedItemsInput {
  @Field()
  @Length(3, 200)
  title!: string;

  @Field({ defaultValue: '' })
  @Length(0, 5000)
  description: string = '';

  @Field(() => Int, { defaultValue: 10, description: 'How many questions, 1 to 50.' })
  @IsInt()
  @Min(1)
  @Max(50)
  size: number = 10;

  @Field(() => Date, { nullable: true, description: 'Sessions closed since then; default 90 days ago.' })
  @IsOptional()
  @IsDate()
  closedSince?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Only sessions on this policy.' })
  @IsOptional()
  @IsUUID()
  policyId?: string | null;

  @Field(() => QuizAssignmentInput)
  @ValidateNested()
  assignment!: QuizAssignmentInput;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  dueAt?: Date | null;
}

@InputType()
export class QuizAnswerInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field({ description: "A label key of the question's policy version." })
  @Length(1, 100)
  label!: string;
}

@InputType()
export class StartQuizAttemptInput {
  @Field(() => ID)
  @IsUUID()
  quizId!: string;
}

@InputType({ description: 'Every question answered once; scored on the server when it arrives.' })
export class SubmitQuizAttemptInput {
  @Field(() => ID)
  @IsUUID()
  attemptId!: string;

  @Field(() => [QuizAnswerInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested()
  answers!: QuizAnswerInput[];
}

@InputType({ description: 'Allows one more attempt to a user whose attempt is submitted.' })
export class ReopenQuizInput {
  @Field(() => ID)
  @IsUUID()
  quizId!: string;

  @Field(() => ID)
  @IsUUID()
  userId!: string;
}
