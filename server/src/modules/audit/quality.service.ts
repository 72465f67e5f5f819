import type { EntityManager } from '@mikro-orm/postgresql';
import { unauthenticated } from '../shared/errors.js';
import type { Viewer } from '../shared/viewer.js';
import type { Visibility } from '../shared/visibility/visibility.js';
import { ErrorCategory, QualityDimension, TrendInterval } from './audit.enums.js';
import type { ErrorTrendsInput, QualityFilter, QualityScoresInput } from './audit.inputs.js';
import type { ErrorTrends, QualityReport, QualityScore } from './audit.types.js';
import { isDay } from './days.js';
import { auditError } from './audit.errors.js';

const DAY_MS = 86_400_000;
const MAX_SPAN_DAYS = 366;

// A verdict counts for the moderator when correct, or when an appeal overturned it.
const CORRECT = "(a.verdict = 'CORRECT' or a.overturned)";
const INCORRECT = "(a.verdict = 'INCORRECT' and not a.overturned)";

/** [key, label] SQL of each grouping; joins below provide u, t, v, m, p. */
const GROUPS: Record<Exclude<QualityDimension, QualityDimension.ERROR_CATEGORY>, [string, string]> = {
  [QualityDimension.MODERATOR]: ['a.moderator_id::text', 'u.name'],
  [QualityDimension.TEAM]: ['a.team_id::text', 't.name'],
  [QualityDimension.VENDOR]: ["coalesce(t.vendor_id::text, 'internal')", "coalesce(v.name, 'Internal teams')"],
  [QualityDimension.MARKET]: ['a.market_id::text', 'm.code'],
  [QualityDimension.QUEUE]: ['a.queue', 'a.queue'],
  [QualityDimension.POLICY]: ['a.policy_id::text', 'p.title'],
};

const JOINS = `from audit a
  join app_user u on u.id = a.moderator_id
  join team t on t.id = a.team_id
  left join vendor v on v.id = t.vendor_id
  join market m on m.id = a.market_id
  join policy p on p.id = a.policy_id`;

type Counts = {
  audited: string | number;
  correct: string | number;
  incorrect: string | number;
  overturned: string | number;
};

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function score(key: string, label: string, row: Counts | undefined): QualityScore {
  const audited = Number(row?.audited ?? 0);
  const correct = Number(row?.correct ?? 0);
  return {
    key,
    label,
    audited,
    correct,
    incorrect: Number(row?.incorrect ?? 0),
    overturned: Number(row?.overturned ?? 0),
    accuracy: ratio(correct, audited),
  };
}

/**
 * Quality scores and error trends over completed audits, grouped in SQL. Periods are of
 * decision days (the day a sampled decision was made), inclusive. A vendor's QA staff
 * see only their vendor's teams, as for cases and audits.
 */
export class QualityService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly visibility: Visibility,
  ) {}

  private get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  /** The WHERE of completed audits in the period, the filters and the viewer's scope. */
  private async where(filter: QualityFilter, from: string, to: string): Promise<{ sql: string; params: unknown[] }> {
    const parts = ["a.status = 'COMPLETED'", 'a.day >= ?::date', 'a.day <= ?::date'];
    const params: unknown[] = [from, to];
    const add = (sql: string, value: unknown) => {
      parts.push(sql);
      params.push(value);
    };
    if (this.me.vendorId !== null) add('t.vendor_id = ?', this.me.vendorId);
    if (filter.marketId) add('a.market_id = ?', filter.marketId);
    if (filter.teamId) add('a.team_id = ?', filter.teamId);
    if (filter.vendorId) add('t.vendor_id = ?', filter.vendorId);
    if (filter.moderatorId) add('a.moderator_id = ?', filter.moderatorId);
    if (filter.policyId) add('a.policy_id = ?', filter.policyId);
    if (filter.queue) add('a.queue = ?', filter.queue);
    // The audits of a case the viewer still votes on blind count for nobody's eyes yet.
    const blind = await this.visibility.blindCaseIds();
    if (blind.length) {
      parts.push(`a.case_id not in (${blind.map(() => '?').join(', ')})`);
      params.push(...blind);
    }
    return { sql: parts.join(' and '), params };
  }

  private checkPeriod(filter: QualityFilter) {
    if (!isDay(filter.from) || !isDay(filter.to))
      throw auditError('BAD_USER_INPUT', 'INVALID_DAY', 'from and to must be dates, YYYY-MM-DD.');
    if (filter.from > filter.to) throw auditError('BAD_USER_INPUT', 'PERIOD_REVERSED', 'from must not be after to.');
    const span = (Date.parse(filter.to) - Date.parse(filter.from)) / DAY_MS + 1;
    if (span > MAX_SPAN_DAYS)
      throw auditError('BAD_USER_INPUT', 'PERIOD_TOO_LONG', `A period is at most ${MAX_SPAN_DAYS} days.`, {
        maxDays: MAX_SPAN_DAYS,
      });
    return span;
  }

  async scores(input: QualityScoresInput): Promise<QualityReport> {
    this.checkPeriod(input);
    const where = await this.where(input, input.from, input.to);
    const counts = `count(*) as audited, count(*) filter (where ${CORRECT}) as correct,
      count(*) filter (where ${INCORRECT}) as incorrect, count(*) filter (where a.overturned) as overturned`;
    const [overallRow] = await this.em.execute<Counts[]>(`select ${counts} ${JOINS} where ${where.sql}`, where.params);
    const overall = score('all', 'All', overallRow);

    let groups: QualityScore[];
    if (input.groupBy === QualityDimension.ERROR_CATEGORY) {
      const rows = await this.em.execute<{ key: ErrorCategory; incorrect: string; overturned: string }[]>(
        `select a.error_category as key, count(*) filter (where not a.overturned) as incorrect,
           count(*) filter (where a.overturned) as overturned
         ${JOINS} where ${where.sql} and a.verdict = 'INCORRECT' group by a.error_category`,
        where.params,
      );
      // Each category against all audits: how much accuracy it alone costs.
      groups = Object.values(ErrorCategory).map((category) => {
        const row = rows.find((r) => r.key === category);
        const incorrect = Number(row?.incorrect ?? 0);
        return score(category, category, {
          audited: overall.audited,
          correct: overall.audited - incorrect,
          incorrect,
          overturned: Number(row?.overturned ?? 0),
        });
      });
      groups.sort((a, b) => b.incorrect - a.incorrect || a.key.localeCompare(b.key));
    } else {
      const [key, label] = GROUPS[input.groupBy];
      const rows = await this.em.execute<(Counts & { key: string; label: string })[]>(
        `select ${key} as key, min(${label}) as label, ${counts} ${JOINS} where ${where.sql} group by ${key}`,
        where.params,
      );
      groups = rows.map((r) => score(r.key, r.label, r));
      groups.sort(
        (a, b) => (a.accuracy ?? 1) - (b.accuracy ?? 1) || b.audited - a.audited || a.label.localeCompare(b.label),
      );
    }

    const unit = input.interval === TrendInterval.WEEK ? 'week' : 'day';
    const trendRows = await this.em.execute<(Counts & { period: string })[]>(
      `select to_char(date_trunc('${unit}', a.day), 'YYYY-MM-DD') as period, ${counts}
       ${JOINS} where ${where.sql} group by 1 order by 1`,
      where.params,
    );
    const trend = trendRows.map((r) => {
      const s = score(r.period, r.period, r);
      return { periodStart: r.period, audited: s.audited, correct: s.correct, accuracy: s.accuracy };
    });
    return { overall, groups, trend };
  }

  async errorTrends(input: ErrorTrendsInput): Promise<ErrorTrends> {
    const span = this.checkPeriod(input);
    const previousTo = addDays(input.from, -1);
    const previousFrom = addDays(input.from, -span);
    const where = await this.where(input, previousFrom, input.to);
    // Parameters of the two FILTER clauses come before the WHERE's.
    const split = `count(*) filter (where a.day >= ?::date) as current, count(*) filter (where a.day < ?::date) as previous`;
    const splitParams = [input.from, input.from];
    const [totals] = await this.em.execute<{ current: string; previous: string }[]>(
      `select ${split} ${JOINS} where ${where.sql}`,
      [...splitParams, ...where.params],
    );
    const categoryRows = await this.em.execute<{ key: ErrorCategory; current: string; previous: string }[]>(
      `select a.error_category as key, ${split} ${JOINS} where ${where.sql} and ${INCORRECT} group by a.error_category`,
      [...splitParams, ...where.params],
    );
    const audited = Number(totals?.current ?? 0);
    const previousAudited = Number(totals?.previous ?? 0);
    const categories = Object.values(ErrorCategory)
      .map((errorCategory) => {
        const row = categoryRows.find((r) => r.key === errorCategory);
        const current = Number(row?.current ?? 0);
        const previous = Number(row?.previous ?? 0);
        return {
          errorCategory,
          current,
          previous,
          change: current - previous,
          currentRate: ratio(current, audited),
          previousRate: ratio(previous, previousAudited),
        };
      })
      .sort((a, b) => b.change - a.change || b.current - a.current || a.errorCategory.localeCompare(b.errorCategory))
      .slice(0, input.limit);
    const pairRows = await this.em.execute<
      { policy_key: string; expected: string; decided: string; current: string; previous: string }[]
    >(
      `select p.key as policy_key, a.expected_label as expected, a.decided_label as decided, ${split}
       ${JOINS} where ${where.sql} and ${INCORRECT}
       group by p.key, a.expected_label, a.decided_label`,
      [...splitParams, ...where.params],
    );
    const labelPairs = pairRows
      .map((r) => {
        const current = Number(r.current);
        const previous = Number(r.previous);
        return {
          policyKey: r.policy_key,
          expectedLabel: r.expected,
          decidedLabel: r.decided,
          current,
          previous,
          change: current - previous,
        };
      })
      .sort(
        (a, b) =>
          b.change - a.change ||
          b.current - a.current ||
          `${a.policyKey}:${a.expectedLabel}:${a.decidedLabel}`.localeCompare(
            `${b.policyKey}:${b.expectedLabel}:${b.decidedLabel}`,
          ),
      )
      .slice(0, input.limit);
    return {
      from: input.from,
      to: input.to,
      previousFrom,
      previousTo,
      audited,
      previousAudited,
      categories,
      labelPairs,
    };
  }
}
