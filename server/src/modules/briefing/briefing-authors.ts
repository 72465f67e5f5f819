import { loadRef } from '../shared/load.js';
import { mayName } from '../shared/visibility/scopes.js';
import type { Market } from '../identity/market.entity.js';
import type { User } from '../identity/user.entity.js';
import type { BriefingAccess } from './briefing-access.js';
import type { Briefing } from './briefing.entity.js';
import type { BriefingQuestion } from './briefing-question.entity.js';
import type { BriefingReply } from './briefing-reply.entity.js';

/**
 * Who wrote what in a thread, as the viewer may see it: their own always; an anonymous
 * asker only as presenter or admin; others unless they are of another vendor.
 */
export class BriefingAuthors {
  constructor(private readonly access: BriefingAccess) {}

  /** The vendor of a user (null: platform staff), batched. */
  private async vendorOf(user: User): Promise<string | null> {
    const loaded = await loadRef(user);
    if (!loaded.team) return null;
    const team = await loadRef(loaded.team);
    return team.vendor?.id ?? null;
  }

  /**
   * Whether the viewer sees who wrote something in a question's thread: their own
   * always; the anonymous asker's only as presenter or admin; others' unless they are of
   * another vendor.
   */
  private async mayIdentify(question: BriefingQuestion, author: User): Promise<boolean> {
    const me = this.access.me;
    if (author.id === me.id) return true;
    const briefing = await loadRef(question.briefing);
    if (question.anonymous && question.author.id === author.id && !this.access.canPresent(briefing)) return false;
    return mayName(me, await this.vendorOf(author));
  }

  private anonymousTo(question: BriefingQuestion, briefing: Briefing): boolean {
    return question.anonymous && question.author.id !== this.access.me.id && !this.access.canPresent(briefing);
  }

  async authorOf(question: BriefingQuestion): Promise<User | null> {
    return (await this.mayIdentify(question, question.author)) ? loadRef(question.author) : null;
  }

  async authorMarketOf(question: BriefingQuestion): Promise<Market | null> {
    const briefing = await loadRef(question.briefing);
    return this.anonymousTo(question, briefing) ? null : loadRef(question.authorMarket);
  }

  async replyAuthorOf(reply: BriefingReply): Promise<User | null> {
    const question = await loadRef(reply.question);
    return (await this.mayIdentify(question, reply.author)) ? loadRef(reply.author) : null;
  }

  async replyAuthorMarketOf(reply: BriefingReply): Promise<Market | null> {
    const question = await loadRef(reply.question);
    const briefing = await loadRef(question.briefing);
    const anonymous = reply.author.id === question.author.id && this.anonymousTo(question, briefing);
    return anonymous ? null : loadRef(reply.authorMarket);
  }

  async isByAsker(reply: BriefingReply): Promise<boolean> {
    return (await loadRef(reply.question)).author.id === reply.author.id;
  }

  async isByPresenter(reply: BriefingReply): Promise<boolean> {
    const question = await loadRef(reply.question);
    return (await loadRef(question.briefing)).presenter.id === reply.author.id;
  }

  async isOfficial(reply: BriefingReply): Promise<boolean> {
    return (await loadRef(reply.question)).officialAnswer?.id === reply.id;
  }
}
