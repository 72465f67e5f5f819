import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/postgresql';
import { toConnection } from '../shared/connection.js';
import { notFound, unauthenticated } from '../shared/errors.js';
import { caseScope } from '../shared/visibility/scopes.js';
import type { Visibility } from '../shared/visibility/visibility.js';
import type { Viewer } from '../shared/viewer.js';
import type { PageInput } from '../identity/identity.inputs.js';
import { escapeLike } from '../shared/sql.js';
import { CaseSort } from './case.enums.js';
import { caseError } from './case.errors.js';
import { Case } from './case.entity.js';
import type { CasesFilter, ImportCasesInput } from './case.inputs.js';
import { importCaseFile } from './case-import.js';

/** Cases as each viewer may see them (`caseScope`), their filters, and imports. */
export class CaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly visibility: Visibility,
  ) {}

  private get me(): Viewer {
    if (!this.viewer) throw unauthenticated();
    return this.viewer;
  }

  /** A case in the viewer's scope; any other is NOT_FOUND, whether or not it exists. */
  async case(id: string) {
    const found = await this.em.findOne(Case, { $and: [{ id }, caseScope(this.me)] });
    if (!found) throw notFound('Case', id);
    return found;
  }

  /**
   * A page of cases, newest decision first by default, keyed on (decidedAt, id) so pages
   * stay stable while cases are imported. Text search is a case-insensitive substring
   * match (`ILIKE`), which the trigram index on `text` serves for terms of 3+ characters
   * in any language; PostgreSQL full-text search was not used because its stemming
   * needs a language per row and does not match inside words (Korean, German compounds).
   */
  async cases(filter: CasesFilter, page: PageInput, sort: CaseSort) {
    if (filter.decidedFrom && filter.decidedTo && filter.decidedFrom >= filter.decidedTo) {
      throw caseError('BAD_USER_INPUT', 'PERIOD_REVERSED', 'decidedFrom must be before decidedTo.');
    }
    const search = filter.search?.trim();
    // A blind case matches no filter on what it hides (its decision, its text), whatever
    // its value: the answer, its count and its order then say nothing about it.
    const hidden = filter.decision || search ? await this.visibility.casesMatchingHiddenFields() : {};
    const where: FilterQuery<Case> = {
      $and: [
        caseScope(this.me),
        hidden,
        filter.marketId ? { market: filter.marketId } : {},
        filter.policyId ? { policy: filter.policyId } : {},
        filter.policyVersionId ? { policyVersion: filter.policyVersionId } : {},
        filter.queue ? { queue: filter.queue } : {},
        filter.decision ? { decision: filter.decision } : {},
        filter.contentType ? { contentType: filter.contentType } : {},
        filter.decidedFrom ? { decidedAt: { $gte: filter.decidedFrom } } : {},
        filter.decidedTo ? { decidedAt: { $lt: filter.decidedTo } } : {},
        search ? { text: { $ilike: `%${escapeLike(search)}%` } } : {},
      ],
    };
    const direction = sort === CaseSort.DECIDED_AT_ASC ? 'asc' : 'desc';
    const cursor = await this.em.findByCursor(Case, where, {
      first: page.first,
      after: page.after,
      orderBy: { decidedAt: direction, id: direction },
    });
    return toConnection(cursor);
  }

  /** The queues of the cases the viewer may see, for filters. */
  async queues(): Promise<string[]> {
    const rows = await this.em
      .createQueryBuilder(Case, 'c')
      .select('c.queue')
      .distinct()
      .where(caseScope(this.me) as QBFilterQuery<Case>)
      .orderBy({ queue: 'asc' })
      .execute<{ queue: string }[]>('all', false);
    return rows.map((r) => r.queue);
  }

  async importCases(input: ImportCasesInput) {
    const report = await importCaseFile(this.em, input.content, input.format, {
      viewer: this.me,
      dryRun: input.dryRun,
    });
    return { report };
  }
}
