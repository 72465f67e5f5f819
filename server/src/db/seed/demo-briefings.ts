import type { EntityManager } from '@mikro-orm/postgresql';
import { BriefingStatus, QuestionStatus } from '../../modules/briefing/briefing.enums.js';
import { Briefing } from '../../modules/briefing/briefing.entity.js';
import { BriefingQuestion } from '../../modules/briefing/briefing-question.entity.js';
import { BriefingReply } from '../../modules/briefing/briefing-reply.entity.js';
import { BriefingUpvote } from '../../modules/briefing/briefing-upvote.entity.js';
import { Market } from '../../modules/identity/market.entity.js';
import { User } from '../../modules/identity/user.entity.js';
import { FaqEntry } from '../../modules/policy/faq-entry.entity.js';
import { PolicyVersionStatus } from '../../modules/policy/policy.enums.js';
import { PolicyVersion } from '../../modules/policy/policy-version.entity.js';

const day = 86_400_000;

/**
 * Two briefings for the client to show: one scheduled for tomorrow on the hate-speech
 * policy (three markets, one question asked ahead), and one held three days ago on the
 * bullying policy with answered, anonymous, dismissed and open follow-up questions, one
 * of them promoted to the version's FAQ. Its thread is still open for follow-up.
 */
export async function seedDemoBriefings(tx: EntityManager) {
  const published = (key: string) =>
    tx.findOne(
      PolicyVersion,
      { policy: { key }, status: PolicyVersionStatus.PUBLISHED },
      { orderBy: { number: 'desc' } },
    );
  const [hate, bullying] = [await published('hate-speech'), await published('bullying')];
  if (!hate || !bullying) return;
  const presenter = await tx.findOneOrFail(User, { email: 'policy@concord.demo' });
  const person = (market: string) =>
    tx.findOneOrFail(User, { email: `moderator.${market}@concord.demo` }, { populate: ['market'] });
  const [it, de, fr, ko] = [await person('it'), await person('de'), await person('fr'), await person('ko')];
  const markets = async (...codes: string[]) => tx.find(Market, { code: { $in: codes } });
  const now = Date.now();

  const upcoming = tx.create(Briefing, {
    title: 'Hate speech v2: dehumanising speech and reclaimed terms',
    policyVersion: hate,
    presenter,
    scheduledAt: new Date(now + day),
    notes: [
      '# Hate speech, version 2',
      '',
      '- New label: **dehumanising speech**',
      '- *Attack* is renamed',
      '- Reclaimed terms used by the group itself are allowed',
      '',
      'Bring examples from your queues.',
    ].join('\n'),
  });
  upcoming.audienceMarkets.set(await markets('it-IT', 'de-DE', 'ko-KR'));
  tx.create(BriefingQuestion, {
    briefing: upcoming,
    author: de,
    authorMarket: de.market,
    text: 'Does a slur quoted in a news report count as reclaimed use?',
    createdAt: new Date(now - 2 * 3_600_000),
  });

  const startedAt = new Date(now - 3 * day);
  const held = tx.create(Briefing, {
    title: 'Bullying v2: targeted and severe harassment, doxxing',
    policyVersion: bullying,
    presenter,
    scheduledAt: startedAt,
    status: BriefingStatus.ENDED,
    startedAt,
    endedAt: new Date(startedAt.getTime() + 45 * 60_000),
    notes:
      '# Bullying, version 2\n\n- Harassment splits into *targeted* and *severe*\n- New label: **doxxing**\n- Mutual banter is allowed',
  });
  held.audienceMarkets.set(await markets('it-IT', 'de-DE', 'fr-FR', 'ko-KR'));
  const at = (minutes: number) => new Date(startedAt.getTime() + minutes * 60_000);
  const ask = (author: User, minutes: number, text: string, extra: Partial<BriefingQuestion> = {}) =>
    tx.create(BriefingQuestion, {
      briefing: held,
      author,
      authorMarket: author.market,
      text,
      createdAt: at(minutes),
      ...extra,
    });
  const reply = (question: BriefingQuestion, author: User, minutes: number, text: string) =>
    tx.create(BriefingReply, { question, author, authorMarket: author.market, text, createdAt: at(minutes) });
  const upvote = (question: BriefingQuestion, ...users: User[]) => {
    for (const user of users) tx.create(BriefingUpvote, { question, user });
    question.upvoteCount = users.length;
  };

  const doxxing = ask(it, 10, 'Is posting someone’s workplace without their address already doxxing?');
  upvote(doxxing, de, fr, ko);
  reply(doxxing, ko, 12, 'We see this a lot with streamers.');
  const doxxingAnswer = reply(
    doxxing,
    presenter,
    14,
    'Yes, when it is shared to let others find or target the person. Public business listings are not.',
  );
  doxxing.officialAnswer = doxxingAnswer;
  doxxing.status = QuestionStatus.ANSWERED;
  doxxing.answeredAt = at(14);
  doxxing.pinned = true;
  const lastFaq = await tx.findOne(FaqEntry, { version: bullying }, { orderBy: { position: 'desc' } });
  doxxing.faqEntry = tx.create(FaqEntry, {
    version: bullying,
    position: (lastFaq?.position ?? 0) + 1,
    question: doxxing.text,
    answer: doxxingAnswer.text,
    createdBy: presenter,
  });

  const banter = ask(ko, 18, 'How do we tell mutual banter from bullying when we only see one message?', {
    anonymous: true,
  });
  upvote(banter, it, de);
  banter.officialAnswer = reply(
    banter,
    presenter,
    22,
    'Look at the thread: replies in kind and no distress signals mean banter. When unsure, choose targeted harassment and add a note.',
  );
  banter.status = QuestionStatus.ANSWERED;
  banter.answeredAt = at(22);

  ask(de, 25, 'When is the next team lunch?', {
    status: QuestionStatus.DISMISSED,
    dismissalReason: 'Off-topic for this briefing.',
  });

  const followUp = ask(fr, 24 * 60, 'Does doxxing cover sharing a licence plate?');
  upvote(followUp, it);
}
