import type { PageRoute } from '../../components/page-route';
import { AUDITOR_ROLES } from '../../lib/roles';
import { QuizListPage } from './quiz-list-page';
import { QuizResultsPage } from './quiz-results-page';
import { QuizTakePage } from './quiz-take-page';

/** Quizzes: the list, taking one, and its results for the QA team. */
export const quizRoutes: PageRoute[] = [
  { path: '/quizzes', element: <QuizListPage /> },
  { path: '/quizzes/:quizId', element: <QuizTakePage /> },
  { path: '/quizzes/:quizId/results', element: <QuizResultsPage />, roles: AUDITOR_ROLES },
];
