import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { QuizAccess } from './quiz-access.js';
import { QuizAttempts } from './quiz-attempts.js';
import { QuizBuilder } from './quiz-builder.js';
import { QuizQueries } from './quiz-queries.js';

/**
 * Knowledge quizzes, in parts that change for different reasons: who may see and do
 * what (`access`), reading quizzes, attempts and results (`queries`), building quizzes
 * (`building`) and taking them (`taking`).
 */
export class QuizService {
  readonly access: QuizAccess;
  readonly queries: QuizQueries;
  readonly building: QuizBuilder;
  readonly taking: QuizAttempts;

  constructor(em: EntityManager, viewer: Viewer | null) {
    this.access = new QuizAccess(em, viewer);
    this.queries = new QuizQueries(em, this.access);
    this.building = new QuizBuilder(em, this.access);
    this.taking = new QuizAttempts(em, this.access);
  }
}
