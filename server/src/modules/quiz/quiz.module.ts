import { seedDemoQuizzes } from '../../db/seed/demo-quizzes.js';
import { withContext } from '../shared/context.js';
import { defineModule, type RequestDeps } from '../shared/module.js';
import { Quiz } from './quiz.entity.js';
import { QuizAnswer } from './quiz-answer.entity.js';
import { QuizAttempt } from './quiz-attempt.entity.js';
import { QuizQuestion } from './quiz-question.entity.js';
import {
  QuizAnswerResolver,
  QuizAttemptResolver,
  type QuizContext,
  QuizQuestionResolver,
  QuizResolver,
} from './quiz.resolver.js';
import { QuizService } from './quiz.service.js';

/** Quizzes on a policy version, their attempts and results. */
export const quizModule = defineModule({
  name: 'quiz',
  entities: [Quiz, QuizQuestion, QuizAttempt, QuizAnswer],
  resolvers: withContext<QuizContext>(QuizResolver, QuizQuestionResolver, QuizAttemptResolver, QuizAnswerResolver),
  services: ({ em, viewer }: Pick<RequestDeps, 'em' | 'viewer'>) => ({ quiz: new QuizService(em, viewer) }),
  seedDemo: (tx) => seedDemoQuizzes(tx),
});
