import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { Market } from '../identity/market.entity.js';
import type { Quiz } from './quiz.entity.js';
import type { QuizMarketResult, QuizQuestionResult, QuizResults } from './quiz.types.js';
import { QuizQuestion } from './quiz-question.entity.js';

/**
 * Per question and per market, over each taker's counted attempt (submitted and not
 * reopened: at most one per user). Computed on read: quizzes are small.
 */
export async function quizResults(em: EntityManager, me: Viewer, quiz: Quiz): Promise<QuizResults> {
  const vendorFilter = me.vendorId === null ? '' : 'and tm.vendor_id = ?';
  const vendorArgs = me.vendorId === null ? [] : [me.vendorId];
  const counted = `from quiz_attempt t left join team tm on tm.id = t.team_id
      where t.quiz_id = ? and t.status = 'SUBMITTED' and t.reopened_at is null ${vendorFilter}`;
  const perLabel = await em.execute<{ questionId: string; label: string; count: number; correct: number }[]>(
    `select a.question_id as "questionId", a.label, count(*)::int as count, count(*) filter (where a.correct)::int as correct
       from quiz_answer a join (select t.id ${counted}) c on c.id = a.attempt_id
      group by a.question_id, a.label`,
    [quiz.id, ...vendorArgs],
  );
  const perMarket = await em.execute<{ marketId: string; submitted: number; correct: number; answered: number }[]>(
    `select t.market_id as "marketId", count(*)::int as submitted, sum(t.correct)::int as correct, sum(t.total)::int as answered
       ${counted} group by t.market_id`,
    [quiz.id, ...vendorArgs],
  );
  const assignedRows = await em.execute<{ marketId: string; count: number }[]>(
    `select u.market_id as "marketId", count(*)::int as count
       from app_user u left join team tm on tm.id = u.team_id
      where u.role = 'MODERATOR' and u.active ${vendorFilter}
        and (u.market_id in (select market_id from quiz_assigned_markets where quiz_id = ?)
             or u.team_id in (select team_id from quiz_assigned_teams where quiz_id = ?))
      group by u.market_id`,
    [...vendorArgs, quiz.id, quiz.id],
  );
  const questions = await em.find(QuizQuestion, { quiz }, { orderBy: { position: 'asc' } });
  const questionResults: QuizQuestionResult[] = questions.map((question) => {
    const rows = perLabel.filter((r) => r.questionId === question.id);
    const answered = rows.reduce((s, r) => s + r.count, 0);
    const correct = rows.reduce((s, r) => s + r.correct, 0);
    return {
      question,
      answered,
      correct,
      accuracy: answered ? correct / answered : null,
      distribution: rows
        .map((r) => ({ label: r.label, count: r.count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    };
  });
  const marketIds = [...new Set([...perMarket.map((r) => r.marketId), ...assignedRows.map((r) => r.marketId)])];
  const markets = await em.find(Market, { id: { $in: marketIds } }, { orderBy: { code: 'asc' } });
  const marketResults: QuizMarketResult[] = markets.map((market) => {
    const row = perMarket.find((r) => r.marketId === market.id);
    return {
      market,
      assigned: assignedRows.find((r) => r.marketId === market.id)?.count ?? 0,
      submitted: row?.submitted ?? 0,
      correct: row?.correct ?? 0,
      answered: row?.answered ?? 0,
      accuracy: row?.answered ? row.correct / row.answered : null,
    };
  });
  const correct = marketResults.reduce((s, m) => s + m.correct, 0);
  const answered = marketResults.reduce((s, m) => s + m.answered, 0);
  return {
    assigned: marketResults.reduce((s, m) => s + m.assigned, 0),
    submitted: marketResults.reduce((s, m) => s + m.submitted, 0),
    accuracy: answered ? correct / answered : null,
    questions: questionResults,
    markets: marketResults,
  };
}
