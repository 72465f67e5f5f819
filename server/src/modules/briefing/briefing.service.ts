import type { EntityManager } from '@mikro-orm/postgresql';
import type { BriefingDeps } from './briefing-deps.js';
import type { Viewer } from '../shared/viewer.js';
import { BriefingAccess } from './briefing-access.js';
import { BriefingAuthors } from './briefing-authors.js';
import { BriefingLifecycle } from './briefing-lifecycle.js';
import { BriefingModeration } from './briefing-moderation.js';
import { BriefingQueries } from './briefing-queries.js';
import { BriefingThread } from './briefing-thread.js';

/**
 * Briefings and their Q&A, in parts that change for different reasons: who may see and
 * do what (`access`), reading (`queries`), who wrote what as the viewer may see it
 * (`authors`), the briefing's life (`lifecycle`), attendees' writes to the thread
 * (`thread`) and the presenter's moderation (`moderation`).
 *
 * Races are settled with row locks: writes to the thread take the briefing row FOR SHARE
 * and the question row FOR UPDATE; start, end and close take the briefing FOR UPDATE, so
 * a question either commits before the thread closes or sees it closed. Events are
 * published only after the transaction commits.
 */
export class BriefingService {
  readonly access: BriefingAccess;
  readonly queries: BriefingQueries;
  readonly authors: BriefingAuthors;
  readonly lifecycle: BriefingLifecycle;
  readonly thread: BriefingThread;
  readonly moderation: BriefingModeration;

  constructor(em: EntityManager, deps: BriefingDeps, viewer: Viewer | null) {
    this.access = new BriefingAccess(em, viewer);
    this.queries = new BriefingQueries(em, deps, this.access);
    this.authors = new BriefingAuthors(this.access);
    this.lifecycle = new BriefingLifecycle(em, deps, this.access, viewer);
    this.thread = new BriefingThread(em, deps, this.access);
    this.moderation = new BriefingModeration(em, deps, this.access, viewer);
  }
}
