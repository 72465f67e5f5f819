import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LabelCount } from '../calibration/calibration.types.js';
import { Market } from '../identity/market.entity.js';
import { Quiz } from './quiz.entity.js';
import { QuizAttempt } from './quiz-attempt.entity.js';
import { QuizQuestion } from './quiz-question.entity.js';

@ObjectType({ description: 'How the submitted attempts answered one question.' })
export class QuizQuestionResult {
  @Field(() => QuizQuestion) question!: QuizQuestion;
  @Field(() => Int) answered!: number;
  @Field(() => Int) correct!: number;
  @Field(() => Float, { nullable: true, description: 'correct / answered; null when nobody answered.' })
  accuracy!: number | null;
  @Field(() => [LabelCount], { description: 'How many chose each label, most chosen first.' })
  distribution!: LabelCount[];
}

@ObjectType({ description: "One market's takers and scores." })
export class QuizMarketResult {
  @Field(() => Market) market!: Market;
  @Field(() => Int, { description: 'Active moderators of the market the quiz is assigned to.' }) assigned!: number;
  @Field(() => Int, { description: 'Of them, who submitted.' }) submitted!: number;
  @Field(() => Int) correct!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Float, { nullable: true, description: 'correct / answered over the submitted attempts.' })
  accuracy!: number | null;
}

@ObjectType({
  description:
    "A quiz's results over each taker's counted attempt (the latest, unless reopened). A vendor's QA sees only its own people's.",
})
export class QuizResults {
  @Field(() => Int) assigned!: number;
  @Field(() => Int) submitted!: number;
  @Field(() => Float, { nullable: true }) accuracy!: number | null;
  @Field(() => [QuizQuestionResult]) questions!: QuizQuestionResult[];
  @Field(() => [QuizMarketResult]) markets!: QuizMarketResult[];
}

@ObjectType()
export class CreateQuizPayload {
  @Field(() => Quiz) quiz!: Quiz;
}

@ObjectType()
export class CreateQuizFromContestedItemsPayload {
  @Field(() => Quiz) quiz!: Quiz;
}

@ObjectType()
export class StartQuizAttemptPayload {
  @Field(() => QuizAttempt) attempt!: QuizAttempt;
  @Field(() => Quiz, { description: 'The quiz, with your attempt and whether you may take it.' }) quiz!: Quiz;
}

@ObjectType()
export class SubmitQuizAttemptPayload {
  @Field(() => QuizAttempt) attempt!: QuizAttempt;
  @Field(() => Quiz, { description: 'The quiz, with your attempt and whether you may take it.' }) quiz!: Quiz;
}

@ObjectType()
export class ReopenQuizPayload {
  @Field(() => QuizAttempt, { description: 'The attempt it reopens.' }) attempt!: QuizAttempt;
  @Field(() => Quiz, { description: 'The quiz, with its attempts and results.' }) quiz!: Quiz;
}
