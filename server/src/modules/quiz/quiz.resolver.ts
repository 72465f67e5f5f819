import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../shared/context.js';
import type { QuizService } from './quiz.service.js';
import { capped, firstArg, take } from '../shared/list-cap.js';
import { loadRef } from '../shared/load.js';
import { Case } from '../case/case.entity.js';
import { ContentType } from '../case/case.enums.js';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { TaxonomyLabel } from '../policy/taxonomy-label.embeddable.js';
import { Quiz } from './quiz.entity.js';
import {
  CreateQuizFromContestedItemsInput,
  CreateQuizInput,
  ReopenQuizInput,
  StartQuizAttemptInput,
  SubmitQuizAttemptInput,
} from './quiz.inputs.js';
import {
  CreateQuizFromContestedItemsPayload,
  CreateQuizPayload,
  QuizResults,
  ReopenQuizPayload,
  StartQuizAttemptPayload,
  SubmitQuizAttemptPayload,
} from './quiz.types.js';
import { QuizAnswer } from './quiz-answer.entity.js';
import { QuizAttempt } from './quiz-attempt.entity.js';
import { QuizQuestion } from './quiz-question.entity.js';

/** What the quiz resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type QuizContext = RequestContext<{ quiz: QuizService }>;

const QA = [Role.QA_SPECIALIST, Role.QA_MANAGER, Role.ADMIN];

@Resolver(() => Quiz)
export class QuizResolver {
  @Authorized()
  @Query(() => Quiz, { description: 'A quiz assigned to you (moderators) or in your scope (QA and policy staff).' })
  quiz(@Arg('id', () => ID) id: string, @Ctx() ctx: QuizContext) {
    return ctx.services.quiz.queries.quiz(id);
  }

  @Authorized()
  @Query(() => [Quiz], { description: capped('Quizzes assigned to you, or in your scope; newest first.') })
  quizzes(@Arg('first', () => Int, firstArg) first: number, @Ctx() ctx: QuizContext) {
    return ctx.services.quiz.queries.quizzes(take(first));
  }

  @Authorized(...QA)
  @Mutation(() => CreateQuizPayload, {
    description: 'A quiz from calibration items (closed, with gold) or audits, in the given order.',
  })
  async createQuiz(@Arg('input', () => CreateQuizInput) input: CreateQuizInput, @Ctx() ctx: QuizContext) {
    return { quiz: await ctx.services.quiz.building.create(input) };
  }

  @Authorized(...QA)
  @Mutation(() => CreateQuizFromContestedItemsPayload, {
    description: 'A quiz of the most contested gold items of recent closed sessions.',
  })
  async createQuizFromContestedItems(
    @Arg('input', () => CreateQuizFromContestedItemsInput) input: CreateQuizFromContestedItemsInput,
    @Ctx() ctx: QuizContext,
  ) {
    return { quiz: await ctx.services.quiz.building.createFromContested(input) };
  }

  @Authorized()
  @Mutation(() => StartQuizAttemptPayload, {
    description:
      'Starts your attempt (or returns the one in progress). CONFLICT once submitted, unless the QA team reopened it.',
  })
  async startQuizAttempt(
    @Arg('input', () => StartQuizAttemptInput) input: StartQuizAttemptInput,
    @Ctx() ctx: QuizContext,
  ) {
    const attempt = await ctx.services.quiz.taking.start(input.quizId);
    return { attempt, quiz: await loadRef(attempt.quiz) };
  }

  @Authorized()
  @Mutation(() => SubmitQuizAttemptPayload, {
    description: 'Submits every answer of your attempt; it is scored at once and final.',
  })
  async submitQuizAttempt(
    @Arg('input', () => SubmitQuizAttemptInput) input: SubmitQuizAttemptInput,
    @Ctx() ctx: QuizContext,
  ) {
    const attempt = await ctx.services.quiz.taking.submit(input);
    return { attempt, quiz: await loadRef(attempt.quiz) };
  }

  @Authorized(...QA)
  @Mutation(() => ReopenQuizPayload, { description: 'Allows a user one more attempt; returns the attempt it reopens.' })
  async reopenQuiz(@Arg('input', () => ReopenQuizInput) input: ReopenQuizInput, @Ctx() ctx: QuizContext) {
    const attempt = await ctx.services.quiz.taking.reopen(input);
    return { attempt, quiz: await loadRef(attempt.quiz) };
  }

  @FieldResolver(() => User)
  createdBy(@Root() quiz: Quiz) {
    return loadRef(quiz.createdBy);
  }

  @FieldResolver(() => [Market])
  async assignedMarkets(@Root() quiz: Quiz) {
    return (await quiz.assignedMarkets.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => [Team], { description: "The assigned teams you may see (never another vendor's)." })
  assignedTeams(@Root() quiz: Quiz, @Ctx() ctx: QuizContext) {
    return ctx.services.quiz.queries.assignedTeams(quiz);
  }

  @FieldResolver(() => [QuizQuestion])
  questions(@Root() quiz: Quiz, @Ctx() ctx: QuizContext) {
    return ctx.services.quiz.queries.questions(quiz);
  }

  @FieldResolver(() => QuizAttempt, { nullable: true, description: 'Your latest attempt.' })
  myAttempt(@Root() quiz: Quiz, @Ctx() ctx: QuizContext) {
    return ctx.services.quiz.queries.myAttempt(quiz);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may start or continue an attempt now.' })
  canTake(@Root() quiz: Quiz, @Ctx() ctx: QuizContext) {
    return ctx.services.quiz.queries.canTake(quiz);
  }

  @Authorized(...QA)
  @FieldResolver(() => QuizResults, { nullable: true, description: 'Per question and per market (QA team).' })
  results(@Root() quiz: Quiz, @Ctx() ctx: QuizContext) {
    return ctx.services.quiz.queries.results(quiz);
  }

  @Authorized(...QA)
  @FieldResolver(() => [QuizAttempt], {
    nullable: true,
    description: "Every attempt of your scope's people (QA team).",
  })
  attempts(@Root() quiz: Quiz, @Ctx() ctx: QuizContext) {
    return ctx.services.quiz.queries.attempts(quiz);
  }
}

@Resolver(() => QuizQuestion)
export class QuizQuestionResolver {
  // The case's content only: its decision and moderator would hint at the answer.
  @FieldResolver(() => ContentType)
  async contentType(@Root() question: QuizQuestion) {
    return (await loadRef(question.case)).contentType;
  }

  @FieldResolver(() => String, { nullable: true })
  async text(@Root() question: QuizQuestion) {
    return (await loadRef(question.case)).text;
  }

  @FieldResolver(() => String, { nullable: true })
  async mediaUrl(@Root() question: QuizQuestion) {
    return (await loadRef(question.case)).mediaUrl;
  }

  @FieldResolver(() => [String], { description: 'Media with any tag is shown blurred until revealed.' })
  async sensitivityTags(@Root() question: QuizQuestion) {
    return (await loadRef(question.case)).sensitivityTags;
  }

  @FieldResolver(() => Boolean)
  async sensitive(@Root() question: QuizQuestion) {
    return (await loadRef(question.case)).sensitivityTags.length > 0;
  }

  @FieldResolver(() => PolicyVersion)
  policyVersion(@Root() question: QuizQuestion) {
    return loadRef(question.policyVersion);
  }

  @FieldResolver(() => [TaxonomyLabel], { description: "The choices: the policy version's labels, in order." })
  async labels(@Root() question: QuizQuestion) {
    return (await loadRef(question.policyVersion)).labels;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The expected label: to a taker only after they submit; always to QA and policy staff.',
  })
  async expectedLabel(@Root() question: QuizQuestion, @Ctx() ctx: QuizContext) {
    return (await ctx.services.quiz.access.answersVisible(question.quiz.id)) ? question.expectedLabel : null;
  }

  @FieldResolver(() => Case, {
    nullable: true,
    description: 'The source case with its decision: for QA and policy staff who may see it; null to takers.',
  })
  case(@Root() question: QuizQuestion, @Ctx() ctx: QuizContext) {
    return ctx.services.quiz.queries.questionCase(question);
  }
}

@Resolver(() => QuizAttempt)
export class QuizAttemptResolver {
  @FieldResolver(() => Quiz)
  quiz(@Root() attempt: QuizAttempt) {
    return loadRef(attempt.quiz);
  }

  @FieldResolver(() => User)
  user(@Root() attempt: QuizAttempt) {
    return loadRef(attempt.user);
  }

  @FieldResolver(() => Market)
  market(@Root() attempt: QuizAttempt) {
    return loadRef(attempt.market);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'correct / total, once submitted.' })
  score(@Root() attempt: QuizAttempt) {
    return attempt.correct === null || attempt.total === 0 ? null : attempt.correct / attempt.total;
  }

  @FieldResolver(() => [QuizAnswer], {
    nullable: true,
    description: 'Once submitted: each answer and whether it was right.',
  })
  answers(@Root() attempt: QuizAttempt, @Ctx() ctx: QuizContext) {
    return ctx.services.quiz.queries.answers(attempt);
  }
}

@Resolver(() => QuizAnswer)
export class QuizAnswerResolver {
  @FieldResolver(() => QuizQuestion)
  question(@Root() answer: QuizAnswer) {
    return loadRef(answer.question);
  }
}
