import type { EntityManager } from '@mikro-orm/postgresql';
import type { SessionResultPayload } from '../../modules/calibration/calibration-result.js';
import { CalibrationItem } from '../../modules/calibration/calibration-item.entity.js';
import { CalibrationSession } from '../../modules/calibration/calibration-session.entity.js';
import { SessionStatus } from '../../modules/calibration/calibration.enums.js';
import { SessionResult } from '../../modules/calibration/session-result.entity.js';
import { Market } from '../../modules/identity/market.entity.js';
import { User } from '../../modules/identity/user.entity.js';
import { QuizAttemptStatus, QuizQuestionSource } from '../../modules/quiz/quiz.enums.js';
import { Quiz } from '../../modules/quiz/quiz.entity.js';
import { QuizAnswer } from '../../modules/quiz/quiz-answer.entity.js';
import { QuizAttempt } from '../../modules/quiz/quiz-attempt.entity.js';
import { QuizQuestion } from '../../modules/quiz/quiz-question.entity.js';

const QUESTIONS = 5;

/**
 * One quiz of the five most contested gold items of the demo's closed session (lowest
 * majority share, then highest entropy, as `createQuizFromContestedItems` ranks them),
 * assigned to the Italian and German markets. The German moderator has submitted an
 * attempt, so the results have something to show; the Italian one has not started.
 */
export async function seedDemoQuizzes(tx: EntityManager) {
  const session = await tx.findOne(
    CalibrationSession,
    { status: SessionStatus.CLOSED },
    { populate: ['policyVersion'] },
  );
  const result = session && (await tx.findOne(SessionResult, { session }, { orderBy: { version: 'desc' } }));
  if (!session || !result) return;
  const figures = (result.payload as unknown as SessionResultPayload).items;
  const items = await tx.find(CalibrationItem, { session, goldLabel: { $ne: null } }, { populate: ['case'] });
  const ranked = items
    .map((item) => ({ item, f: figures.find((x) => x.itemId === item.id)! }))
    .filter(({ f }) => f && f.votes > 0)
    .sort(
      (a, b) =>
        (a.f.majorityShare.value ?? 1) - (b.f.majorityShare.value ?? 1) ||
        (b.f.entropy.value ?? 0) - (a.f.entropy.value ?? 0) ||
        a.item.position - b.item.position,
    )
    .slice(0, QUESTIONS);
  const author = await tx.findOneOrFail(User, { email: 'qa.specialist@concord.demo' });
  const markets = await tx.find(Market, { code: { $in: ['it-IT', 'de-DE'] } });
  const quiz = tx.create(Quiz, {
    title: 'Bullying: the hard cases of week 46',
    description: 'The items reviewers disagreed on most in the last calibration. Pick the label the policy asks for.',
    createdBy: author,
    dueAt: new Date(Date.now() + 7 * 86_400_000),
    build: { rule: 'MOST_CONTESTED', size: QUESTIONS, sessions: [session.id] },
  });
  quiz.assignedMarkets.set(markets);
  const questions = ranked.map(({ item, f }, i) =>
    tx.create(QuizQuestion, {
      quiz,
      position: i + 1,
      case: item.case,
      policyVersion: session.policyVersion,
      source: QuizQuestionSource.CALIBRATION_GOLD,
      calibrationItem: item,
      expectedLabel: item.goldLabel!,
      majorityShare: f.majorityShare.value,
      entropy: f.entropy.value,
    }),
  );
  const taker = await tx.findOneOrFail(User, { email: 'moderator.de@concord.demo' }, { populate: ['team'] });
  const labels = session.policyVersion.labels.map((l) => l.key);
  // Right on all but the two most contested questions.
  const answers = questions.map((q, i) => (i < 2 ? labels.find((l) => l !== q.expectedLabel)! : q.expectedLabel));
  const correct = answers.filter((label, i) => label === questions[i]!.expectedLabel).length;
  const attempt = tx.create(QuizAttempt, {
    quiz,
    user: taker,
    market: taker.market,
    team: taker.team,
    number: 1,
    status: QuizAttemptStatus.SUBMITTED,
    submittedAt: new Date(Date.now() - 3_600_000),
    correct,
    total: questions.length,
  });
  questions.forEach((question, i) =>
    tx.create(QuizAnswer, { attempt, question, label: answers[i]!, correct: answers[i] === question.expectedLabel }),
  );
  await tx.flush();
}
