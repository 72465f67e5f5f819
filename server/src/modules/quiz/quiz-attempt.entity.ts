import { Collection, Entity, Enum, ManyToOne, OneToMany, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Market } from '../identity/market.entity.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { QuizAttemptStatus } from './quiz.enums.js';
import { Quiz } from './quiz.entity.js';
import { QuizAnswer } from './quiz-answer.entity.js';

/**
 * One user's go at a quiz. A user has one attempt; the QA team may reopen a submitted
 * one, which allows exactly one more (`number` + 1). The unique (quiz, user, number)
 * turns two concurrent starts into one attempt and a CONFLICT.
 */
@ObjectType({ description: "One user's attempt at a quiz, scored on submit." })
@Entity()
@Unique({ properties: ['quiz', 'user', 'number'] })
export class QuizAttempt extends BaseEntity {
  @ManyToOne(() => Quiz)
  quiz!: Rel<Quiz>;

  @ManyToOne(() => User)
  user!: Rel<User>;

  /** The taker's market and team when they started, for the per-market results. */
  @Field(() => Market)
  @ManyToOne(() => Market)
  market!: Rel<Market>;

  @ManyToOne(() => Team, { nullable: true })
  team: Rel<Team> | null = null;

  @Field(() => Int, { description: '1 for the first attempt; 2 after a reopening, and so on.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => QuizAttemptStatus)
  @Enum({
    items: () => QuizAttemptStatus,
    nativeEnumName: 'quiz_attempt_status',
    default: QuizAttemptStatus.IN_PROGRESS,
  })
  status: QuizAttemptStatus & Opt = QuizAttemptStatus.IN_PROGRESS;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'Correct answers; set on submit.' })
  @Property({ type: 'integer', nullable: true })
  correct: number | null = null;

  @Field(() => Int, { description: 'Questions in the quiz.' })
  @Property({ type: 'integer' })
  total!: number;

  /** Set when the QA team allowed another attempt after this one. */
  @Field(() => Date, { nullable: true, description: 'When the QA team reopened the quiz for this user after it.' })
  @Property({ type: 'datetime', nullable: true })
  reopenedAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true })
  reopenedBy: Rel<User> | null = null;

  @OneToMany(() => QuizAnswer, (a) => a.attempt)
  answers = new Collection<QuizAnswer>(this);
}
