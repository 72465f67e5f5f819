import { Entity, Enum, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CalibrationItem } from '../calibration/calibration-item.entity.js';
import { Case } from '../case/case.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { QuizQuestionSource } from './quiz.enums.js';
import { Quiz } from './quiz.entity.js';

/**
 * One question: a case and the labels of the policy version it is judged under. The
 * expected label is copied in when the quiz is built (a later gold change does not
 * re-score submitted attempts) and reaches a taker only after they submit (see the
 * resolver). The case itself is not exposed to takers: only its content, so neither
 * the moderator's decision nor the moderator's name reach them.
 */
@ObjectType({ description: 'One question of a quiz: a case to label.' })
@Entity()
@Unique({ properties: ['quiz', 'position'] })
export class QuizQuestion extends BaseEntity {
  @ManyToOne(() => Quiz)
  quiz!: Rel<Quiz>;

  @Field(() => Int, { description: '1-based order in the quiz.' })
  @Property({ type: 'integer' })
  position!: number;

  @ManyToOne(() => Case)
  case!: Rel<Case>;

  @Field(() => PolicyVersion, { description: "Its taxonomy is the question's choice list." })
  @ManyToOne(() => PolicyVersion)
  policyVersion!: Rel<PolicyVersion>;

  @Field(() => QuizQuestionSource)
  @Enum({ items: () => QuizQuestionSource, nativeEnumName: 'quiz_question_source' })
  source!: QuizQuestionSource;

  @ManyToOne(() => CalibrationItem, { nullable: true })
  calibrationItem: Rel<CalibrationItem> | null = null;

  /** The audit it came from (an id: the audit module owns that table). */
  @Property({ type: 'uuid', nullable: true })
  auditId: string | null = null;

  @Property({ length: 100 })
  expectedLabel!: string;

  @Field(() => Float, {
    nullable: true,
    description: "For a calibration item: its majority label's share in the session (low = contested).",
  })
  @Property({ type: 'double', nullable: true })
  majorityShare: number | null = null;

  @Field(() => Float, { nullable: true, description: "For a calibration item: its votes' entropy in bits." })
  @Property({ type: 'double', nullable: true })
  entropy: number | null = null;
}
