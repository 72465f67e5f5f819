import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../identity/role.js';
import { User } from '../identity/user.entity.js';
import type { RequestContext } from '../shared/context.js';
import { firstArg, take } from '../shared/list-cap.js';
import type { Viewer } from '../shared/viewer.js';
import { mailError } from './mail.errors.js';
import { MailOutbox } from './mail.types.js';
import type { Mailer } from './mailer.js';
import { readOutbox } from './outbox.js';

export class OutboxService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
    private readonly mailer: Mailer,
  ) {}

  async read(first: number): Promise<MailOutbox> {
    const viewer = this.viewer!;
    const vendorAdmin = viewer.role === Role.QA_MANAGER && viewer.vendorId !== null;
    if (!(viewer.role === Role.ADMIN && viewer.vendorId === null) && !vendorAdmin) {
      throw mailError('FORBIDDEN', 'NOT_AN_ADMIN', 'Only admins and a vendor’s QA managers read the outbox.');
    }
    if (!this.mailer.folder) return { folder: false, messages: [] };
    let keep = (_to: string) => true;
    if (vendorAdmin) {
      const people = await this.em.find(User, { team: { vendor: viewer.vendorId } }, { fields: ['email'] });
      const emails = new Set(people.map((person) => person.email));
      keep = (to) => emails.has(to);
    }
    return { folder: true, messages: await readOutbox(this.mailer.folder, first, keep) };
  }
}

/** What the mail resolvers read from the request's context (`ctx.services.*`); the module declares it. */
export type MailContext = RequestContext<{ outbox: OutboxService }>;

@Resolver()
export class MailResolver {
  @Authorized(Role.ADMIN, Role.QA_MANAGER)
  @Query(() => MailOutbox, {
    description:
      'With no SMTP server set, the mails Concord wrote to its folder (invitations, resets), newest first, so an admin can hand on their links.',
  })
  mailOutbox(@Arg('first', () => Int, firstArg) first: number, @Ctx() ctx: MailContext) {
    return ctx.services.outbox.read(take(first));
  }
}
