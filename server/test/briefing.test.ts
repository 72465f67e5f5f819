import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../src/modules/identity/password.js';
import { Role } from '../src/modules/identity/role.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Market } from '../src/modules/identity/market.entity.js';
import { PolicyVersionStatus } from '../src/modules/policy/policy.enums.js';
import { createPolicyWithCases, createVoters } from './support/calibration-fixtures.js';
import { TEST_PASSWORD_COST } from './support/constants.js';
import { useTestServer, type TestServer } from './support/test-server.js';

// A small question limit, so the rate-limit test reaches it quickly; the other tests spread questions over users.
const server = useTestServer({ QUESTIONS_PER_MINUTE: '4' });
const MARKETS = ['it-IT', 'de-DE', 'ko-KR'];

const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

const EVENTS = `subscription($id: ID!) { briefingEvents(briefingId: $id) {
  __typename
  ... on BriefingStarted { briefingId startedAt }
  ... on BriefingEnded { endedAt }
  ... on BriefingThreadClosed { closedAt }
  ... on BriefingUpdated { title scheduledAt }
  ... on BriefingQuestionAsked { questionId text anonymous createdAt }
  ... on BriefingQuestionUpvoted { questionId upvoteCount }
  ... on BriefingQuestionReplied { questionId replyId replyCount }
  ... on BriefingReplyHiddenChanged { questionId replyId hidden replyCount }
  ... on BriefingQuestionStatusChanged { questionId status pinned hidden dismissalReason officialAnswerId promotedToFaq }
  ... on BriefingPresenceChanged { presence { total markets { market count } } }
  ... on BriefingAcknowledgementsChanged { acknowledgements { acknowledged audience markets { market acknowledged audience } } }
} }`;

const QUESTION_FIELDS = `id text anonymous upvoteCount status dismissalReason pinned hidden mine upvotedByMe replyCount
  author { id name } authorMarket { code } officialAnswer { id text } faqEntry { id question answer }
  replies { id text author { id name } authorMarket { code } byPresenter byAsker official mine hidden hiddenReason }`;

const QUESTION = `query($id: ID!) { briefingQuestion(id: $id) { ${QUESTION_FIELDS} } }`;
const BRIEFING = `query($id: ID!) { briefing(id: $id) {
  id title status threadClosed threadClosedAt canPresent startedAt endedAt notes
  audienceMarkets { code } presenter { name } policyVersion { id faq { question answer } }
  presence { total markets { market count } }
  acknowledgements { acknowledged audience markets { market acknowledged audience } }
  questions(order: TOP) { totalCount edges { node { id text upvoteCount pinned status hidden } } }
} }`;

const ASK = `mutation($input: AskBriefingQuestionInput!) { askBriefingQuestion(input: $input) { question { ${QUESTION_FIELDS} } } }`;
const UPVOTE = `mutation($id: ID!) { upvoteBriefingQuestion(input: { questionId: $id }) { question { id upvoteCount upvotedByMe } } }`;
const UNVOTE = `mutation($id: ID!) { removeBriefingUpvote(input: { questionId: $id }) { question { id upvoteCount upvotedByMe } } }`;
const REPLY = `mutation($input: ReplyToBriefingQuestionInput!) { replyToBriefingQuestion(input: $input) { reply { id text official byPresenter } question { id status officialAnswer { id } } } }`;
const OFFICIAL = `mutation($input: SetBriefingOfficialAnswerInput!) { setBriefingOfficialAnswer(input: $input) { question { id status officialAnswer { id text } } } }`;
const PIN = `mutation($input: PinBriefingQuestionInput!) { pinBriefingQuestion(input: $input) { question { id pinned } } }`;
const ANSWERED = `mutation($id: ID!) { markBriefingQuestionAnswered(input: { questionId: $id }) { question { id status } } }`;
const DISMISS = `mutation($input: DismissBriefingQuestionInput!) { dismissBriefingQuestion(input: $input) { question { id status dismissalReason hidden } } }`;
const REOPEN = `mutation($id: ID!) { reopenBriefingQuestion(input: { questionId: $id }) { question { id status hidden } } }`;
const PROMOTE = `mutation($input: PromoteBriefingQuestionInput!) { promoteBriefingQuestionToFaq(input: $input) { question { id faqEntry { id } } faqEntry { id question answer position } } }`;
const START = `mutation($id: ID!) { startBriefing(input: { briefingId: $id }) { briefing { id status startedAt } } }`;
const END = `mutation($id: ID!) { endBriefing(input: { briefingId: $id }) { briefing { id status endedAt } } }`;
const CLOSE = `mutation($id: ID!) { closeBriefingThread(input: { briefingId: $id }) { briefing { id threadClosed } } }`;
const ACK = `mutation($id: ID!) { acknowledgeBriefingVersion(input: { briefingId: $id }) { acknowledgement { id } briefing { id } } }`;

/** Collects a subscription's events; `until` resolves with the first event matching. */
function listen(client: Client, briefingId: string) {
  const events: any[] = [];
  const waiters: { test: (e: any) => boolean; resolve: (e: any) => void }[] = [];
  const errors: any[] = [];
  const dispose = client.subscribe(
    { query: EVENTS, variables: { id: briefingId } },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        const event = (result.data as any)?.briefingEvents;
        if (!event) return;
        events.push(event);
        for (const w of [...waiters]) {
          if (!w.test(event)) continue;
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(event);
        }
      },
      error: (e) => (Array.isArray(e) ? errors.push(...e) : errors.push(e)),
      complete: () => {},
    },
  );
  return {
    events,
    errors,
    dispose,
    /** The first event matching; fails after 10 s with what did arrive, so a missing event is easy to read. */
    until: (test: (e: any) => boolean) =>
      new Promise<any>((resolve, reject) => {
        const found = events.find(test);
        if (found) return resolve(found);
        const timer = setTimeout(
          () => reject(new Error(`no such event; got ${JSON.stringify(events)}; errors ${JSON.stringify(errors)}`)),
          10_000,
        );
        waiters.push({ test, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      }),
  };
}

async function createUser(em: EntityManager, role: Role, marketCode: string) {
  const user = em.create(User, {
    email: `${role.toLowerCase()}.${randomUUID().slice(0, 8)}@concord.example`,
    name: `${role} ${randomUUID().slice(0, 4)}`,
    role,
    market: await em.findOneOrFail(Market, { code: marketCode }),
    passwordHash: await hashPassword('concord', TEST_PASSWORD_COST),
  });
  await em.flush();
  return user;
}

/**
 * A briefing on a fresh published version for it-IT, de-DE and ko-KR, presented by the
 * demo policy owner, and attendees: two Lumen BPO moderators in it-IT, one Harbor CX
 * moderator in ko-KR.
 */
async function setUp(s: TestServer) {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const { version, markets } = await createPolicyWithCases(em, MARKETS, 0);
  const [it1, it2] = await createVoters(em, ['it-IT'], 2);
  const [ko] = await createVoters(em, ['ko-KR'], 1);
  const presenter = await s.signIn('policy@concord.demo');
  const scheduled = await s.gql(
    `mutation($input: ScheduleBriefingInput!) { scheduleBriefing(input: $input) { briefing { id status canPresent audienceMarkets { code } } } }`,
    {
      input: {
        title: 'Bullying v1 briefing',
        policyVersionId: version.id,
        marketIds: markets.map((m) => m.id),
        scheduledAt: new Date().toISOString(),
        notes: '# Slides\n\n- <b>not html</b>',
      },
    },
    presenter,
  );
  expect(scheduled.errors).toBeUndefined();
  const briefing = scheduled.data!.scheduleBriefing.briefing as { id: string };
  expect(scheduled.data!.scheduleBriefing.briefing).toMatchObject({
    status: 'SCHEDULED',
    canPresent: true,
    audienceMarkets: [{ code: 'de-DE' }, { code: 'it-IT' }, { code: 'ko-KR' }],
  });
  const people = { it1: it1!.user, it2: it2!.user, ko: ko!.user };
  const tokens = {
    presenter,
    it1: await s.signIn(it1!.user.email),
    it2: await s.signIn(it2!.user.email),
    ko: await s.signIn(ko!.user.email),
  };
  return { briefing, version, people, tokens, em };
}

async function ask(s: TestServer, token: string, briefingId: string, text: string, anonymous = false) {
  const r = await s.gql(ASK, { input: { briefingId, text, anonymous } }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.askBriefingQuestion.question as { id: string };
}

async function ok(promise: Promise<{ data?: any; errors?: unknown }>): Promise<any> {
  const r = await promise;
  expect(r.errors).toBeUndefined();
  return r.data!;
}

describe('a briefing, end to end over websockets', () => {
  it('runs schedule → live → ended → closed with Q&A, official answers, FAQ promotion and live acknowledgements', async () => {
    const s = server();
    const { briefing, version, people, tokens } = await setUp(s);
    const id = briefing.id;
    const presenterFeed = listen(s.wsClient({ authorization: `Bearer ${tokens.presenter}` }), id);
    const itFeed = listen(s.wsClient({ authorization: `Bearer ${tokens.it1}` }), id);
    const koFeed = listen(s.wsClient({ authorization: `Bearer ${tokens.ko}` }), id);
    const present = await presenterFeed.until(
      (e) => e.__typename === 'BriefingPresenceChanged' && e.presence.total === 3,
    );
    expect(present.presence.markets).toEqual([
      { market: 'it-IT', count: 2 },
      { market: 'ko-KR', count: 1 },
    ]);

    const started = await ok(s.gql(START, { id }, tokens.presenter));
    expect(started.startBriefing.briefing.status).toBe('LIVE');
    await koFeed.until((e) => e.__typename === 'BriefingStarted' && e.briefingId === id);

    // Ask: the text is stored exactly as given, HTML and all, and announced without an author.
    const html = '<script>alert(1)</script> Is <b>doxxing</b> covered? ';
    const q1 = await ask(s, tokens.it1, id, html);
    const asked = await koFeed.until((e) => e.__typename === 'BriefingQuestionAsked' && e.questionId === q1.id);
    expect(asked).toMatchObject({ text: html, anonymous: false });
    expect(Object.keys(asked)).not.toContain('author');

    // Upvote, twice (refused), by someone else, removed.
    expect((await ok(s.gql(UPVOTE, { id: q1.id }, tokens.ko))).upvoteBriefingQuestion.question).toMatchObject({
      upvoteCount: 1,
      upvotedByMe: true,
    });
    await presenterFeed.until((e) => e.__typename === 'BriefingQuestionUpvoted' && e.upvoteCount === 1);
    expect(codeOf(await s.gql(UPVOTE, { id: q1.id }, tokens.ko))).toBe('CONFLICT');
    expect(codeOf(await s.gql(UPVOTE, { id: q1.id }, tokens.it1))).toBe('CONFLICT'); // own question
    await ok(s.gql(UPVOTE, { id: q1.id }, tokens.it2));
    await itFeed.until((e) => e.__typename === 'BriefingQuestionUpvoted' && e.upvoteCount === 2);
    expect((await ok(s.gql(UNVOTE, { id: q1.id }, tokens.ko))).removeBriefingUpvote.question).toMatchObject({
      upvoteCount: 1,
      upvotedByMe: false,
    });
    expect(codeOf(await s.gql(UNVOTE, { id: q1.id }, tokens.ko))).toBe('CONFLICT');
    await itFeed.until((e) => e.__typename === 'BriefingQuestionUpvoted' && e.upvoteCount === 1);
    expect((await ok(s.gql(QUESTION, { id: q1.id }, tokens.ko))).briefingQuestion.upvoteCount).toBe(1);

    // A reply by an attendee, marked official by the presenter: the question is answered.
    const reply = (
      await ok(s.gql(REPLY, { input: { questionId: q1.id, text: 'Only with an address, I think.' } }, tokens.ko))
    ).replyToBriefingQuestion.reply;
    expect(reply).toMatchObject({ official: false, byPresenter: false });
    await itFeed.until(
      (e) => e.__typename === 'BriefingQuestionReplied' && e.replyId === reply.id && e.replyCount === 1,
    );
    const marked = (await ok(s.gql(OFFICIAL, { input: { questionId: q1.id, replyId: reply.id } }, tokens.presenter)))
      .setBriefingOfficialAnswer.question;
    expect(marked).toMatchObject({ status: 'ANSWERED', officialAnswer: { id: reply.id } });
    await koFeed.until(
      (e) =>
        e.__typename === 'BriefingQuestionStatusChanged' && e.questionId === q1.id && e.officialAnswerId === reply.id,
    );

    // The presenter answers another question with their own official reply.
    const q2 = await ask(s, tokens.it2, id, 'Does mutual banter need both sides to reply?');
    const own = (
      await ok(
        s.gql(REPLY, { input: { questionId: q2.id, text: 'Yes: replies in kind.', official: true } }, tokens.presenter),
      )
    ).replyToBriefingQuestion;
    expect(own.reply).toMatchObject({ official: true, byPresenter: true });
    expect(own.question).toMatchObject({ status: 'ANSWERED', officialAnswer: { id: own.reply.id } });
    await itFeed.until(
      (e) => e.__typename === 'BriefingQuestionStatusChanged' && e.questionId === q2.id && e.status === 'ANSWERED',
    );

    // Pin, mark answered, dismiss with a reason.
    const q3 = await ask(s, tokens.ko, id, 'What about screenshots of private chats?');
    await ok(s.gql(PIN, { input: { questionId: q3.id, pinned: true } }, tokens.presenter));
    await itFeed.until((e) => e.__typename === 'BriefingQuestionStatusChanged' && e.questionId === q3.id && e.pinned);
    const top = (await ok(s.gql(BRIEFING, { id }, tokens.it1))).briefing.questions;
    expect(top.edges.map((e: any) => e.node.id)).toEqual([q3.id, q1.id, q2.id]); // pinned, then votes, then newest
    expect(
      (await ok(s.gql(ANSWERED, { id: q3.id }, tokens.presenter))).markBriefingQuestionAnswered.question.status,
    ).toBe('ANSWERED');
    expect(codeOf(await s.gql(ANSWERED, { id: q3.id }, tokens.presenter))).toBe('CONFLICT');
    const q4 = await ask(s, tokens.it1, id, 'When is lunch?');
    const dismissed = (
      await ok(s.gql(DISMISS, { input: { questionId: q4.id, reason: 'Off-topic.' } }, tokens.presenter))
    ).dismissBriefingQuestion.question;
    expect(dismissed).toMatchObject({ status: 'DISMISSED', dismissalReason: 'Off-topic.', hidden: false });
    await koFeed.until(
      (e) =>
        e.__typename === 'BriefingQuestionStatusChanged' &&
        e.questionId === q4.id &&
        e.status === 'DISMISSED' &&
        e.dismissalReason === 'Off-topic.',
    );
    expect((await ok(s.gql(REOPEN, { id: q4.id }, tokens.presenter))).reopenBriefingQuestion.question.status).toBe(
      'OPEN',
    );

    // End; starting it again is refused; follow-up questions are still welcome until the thread closes.
    expect((await ok(s.gql(END, { id }, tokens.presenter))).endBriefing.briefing.status).toBe('ENDED');
    await itFeed.until((e) => e.__typename === 'BriefingEnded');
    expect(codeOf(await s.gql(START, { id }, tokens.presenter))).toBe('CONFLICT');
    const followUp = await ask(s, tokens.ko, id, 'Follow-up: does a licence plate count?');
    await ok(s.gql(REPLY, { input: { questionId: followUp.id, text: 'It can identify someone.' } }, tokens.it1));

    // Acknowledgement from the room, counted per market, live for the presenter.
    const before = (await ok(s.gql(BRIEFING, { id }, tokens.presenter))).briefing.acknowledgements;
    await ok(s.gql(ACK, { id }, tokens.it1));
    const ackIt = await presenterFeed.until(
      (e) =>
        e.__typename === 'BriefingAcknowledgementsChanged' &&
        e.acknowledgements.acknowledged === before.acknowledged + 1,
    );
    const marketOf = (a: any, m: string) => a.markets.find((x: any) => x.market === m);
    expect(marketOf(ackIt.acknowledgements, 'it-IT').acknowledged).toBe(marketOf(before, 'it-IT').acknowledged + 1);
    await ok(s.gql(ACK, { id }, tokens.ko));
    const ackKo = await presenterFeed.until(
      (e) =>
        e.__typename === 'BriefingAcknowledgementsChanged' &&
        e.acknowledgements.acknowledged === before.acknowledged + 2,
    );
    expect(marketOf(ackKo.acknowledgements, 'ko-KR').acknowledged).toBe(marketOf(before, 'ko-KR').acknowledged + 1);
    expect(ackKo.acknowledgements.markets.map((m: any) => m.market)).toEqual(['de-DE', 'it-IT', 'ko-KR']);

    // Close the thread: no more questions, replies or upvotes; promotion to the FAQ still works.
    expect(codeOf(await s.gql(CLOSE, { id }, tokens.it1))).toBe('FORBIDDEN');
    expect((await ok(s.gql(CLOSE, { id }, tokens.presenter))).closeBriefingThread.briefing.threadClosed).toBe(true);
    await koFeed.until((e) => e.__typename === 'BriefingThreadClosed');
    expect(codeOf(await s.gql(ASK, { input: { briefingId: id, text: 'Late?' } }, tokens.it1))).toBe('CONFLICT');
    expect(codeOf(await s.gql(REPLY, { input: { questionId: followUp.id, text: 'Late' } }, tokens.it1))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await s.gql(UPVOTE, { id: followUp.id }, tokens.it1))).toBe('CONFLICT');
    expect(codeOf(await s.gql(ANSWERED, { id: followUp.id }, tokens.presenter))).toBe('CONFLICT');
    expect(codeOf(await s.gql(CLOSE, { id }, tokens.presenter))).toBe('CONFLICT');

    expect(codeOf(await s.gql(PROMOTE, { input: { questionId: followUp.id } }, tokens.presenter))).toBe('CONFLICT');
    const promoted = (await ok(s.gql(PROMOTE, { input: { questionId: q1.id } }, tokens.presenter)))
      .promoteBriefingQuestionToFaq;
    expect(promoted.faqEntry).toMatchObject({ question: html.trim(), answer: 'Only with an address, I think.' });
    expect(promoted.question.faqEntry.id).toBe(promoted.faqEntry.id);
    await koFeed.until(
      (e) => e.__typename === 'BriefingQuestionStatusChanged' && e.questionId === q1.id && e.promotedToFaq,
    );
    expect(codeOf(await s.gql(PROMOTE, { input: { questionId: q1.id } }, tokens.presenter))).toBe('CONFLICT');
    const own2 = (
      await ok(s.gql(PROMOTE, { input: { questionId: q2.id, question: 'Is banter mutual?' } }, tokens.presenter))
    ).promoteBriefingQuestionToFaq.faqEntry;
    expect(own2).toMatchObject({ question: 'Is banter mutual?', answer: 'Yes: replies in kind.' });
    const faq = (await ok(s.gql(BRIEFING, { id }, tokens.ko))).briefing.policyVersion.faq;
    expect(faq).toEqual([
      { question: html.trim(), answer: 'Only with an address, I think.' },
      { question: 'Is banter mutual?', answer: 'Yes: replies in kind.' },
    ]);
    expect(version.id).toBeDefined();

    // Nobody's subscription failed, and no event named anyone.
    for (const feed of [presenterFeed, itFeed, koFeed]) expect(feed.errors).toEqual([]);
    const wire = JSON.stringify([...presenterFeed.events, ...itFeed.events, ...koFeed.events]);
    for (const person of Object.values(people)) {
      expect(wire).not.toContain(person.name);
      expect(wire).not.toContain(person.id);
    }
    for (const feed of [presenterFeed, itFeed, koFeed]) feed.dispose();
  });

  it('keeps anonymous askers and other vendors’ people unnamed, in queries and events', async () => {
    const s = server();
    const { briefing, people, tokens } = await setUp(s);
    const id = briefing.id;
    const itFeed = listen(s.wsClient({ authorization: `Bearer ${tokens.it1}` }), id);
    await itFeed.until((e) => e.__typename === 'BriefingPresenceChanged' && e.presence.total === 1);
    const anonymous = await ask(s, tokens.ko, id, 'Asking anonymously: can I flag my own team lead?', true);
    const named = await ask(s, tokens.ko, id, 'Asking with my name.');
    const event = await itFeed.until((e) => e.__typename === 'BriefingQuestionAsked' && e.questionId === anonymous.id);
    expect(event.anonymous).toBe(true);
    await ok(s.gql(REPLY, { input: { questionId: anonymous.id, text: 'Adding context as the asker.' } }, tokens.ko));
    await ok(s.gql(REPLY, { input: { questionId: named.id, text: 'Same vendor reply.' } }, tokens.it2));

    const view = async (token: string, questionId: string) =>
      (await ok(s.gql(QUESTION, { id: questionId }, token))).briefingQuestion;

    // Another attendee (another vendor): no author, no market, and the asker's reply stays anonymous.
    const byOther = await view(tokens.it1, anonymous.id);
    expect(byOther).toMatchObject({ author: null, authorMarket: null, mine: false, anonymous: true });
    expect(byOther.replies[0]).toMatchObject({ author: null, authorMarket: null, byAsker: true });
    // The asker sees themselves; the presenter and an admin see the author for moderation.
    expect((await view(tokens.ko, anonymous.id)).author).toMatchObject({ id: people.ko.id });
    expect((await view(tokens.presenter, anonymous.id)).author).toMatchObject({ id: people.ko.id });
    const admin = await s.signIn('admin@concord.demo');
    expect((await view(admin, anonymous.id)).author).toMatchObject({ name: people.ko.name });
    // A Harbor CX asker shown to Lumen BPO attendees: market only.
    expect(await view(tokens.it1, named.id)).toMatchObject({ author: null, authorMarket: { code: 'ko-KR' } });
    // …and a Lumen BPO reply shown to the Harbor CX asker: market only; to Lumen BPO, named.
    expect((await view(tokens.ko, named.id)).replies[0]).toMatchObject({
      author: null,
      authorMarket: { code: 'it-IT' },
    });
    expect((await view(tokens.it1, named.id)).replies[0].author).toMatchObject({ id: people.it2.id });
    // The same vendor sees the name of a non-anonymous question.
    const sameVendor = await ask(s, tokens.it2, id, 'Named, same vendor.');
    expect((await view(tokens.it1, sameVendor.id)).author).toMatchObject({ name: people.it2.name });

    const wire = JSON.stringify(itFeed.events);
    expect(wire).not.toContain(people.ko.id);
    expect(wire).not.toContain(people.ko.name);
    itFeed.dispose();
  });

  it('hides dismissed-and-hidden questions from other attendees, who cannot act on them', async () => {
    const s = server();
    const { briefing, tokens } = await setUp(s);
    const id = briefing.id;
    await ok(s.gql(START, { id }, tokens.presenter));
    const q = await ask(s, tokens.ko, id, 'Something abusive');
    await ok(s.gql(UPVOTE, { id: q.id }, tokens.it1));
    const koFeed = listen(s.wsClient({ authorization: `Bearer ${tokens.it2}` }), id);
    await koFeed.until((e) => e.__typename === 'BriefingPresenceChanged');
    const hidden = (
      await ok(
        s.gql(
          DISMISS,
          { input: { questionId: q.id, reason: 'Abusive: quotes a slur.', hide: true } },
          tokens.presenter,
        ),
      )
    ).dismissBriefingQuestion.question;
    expect(hidden).toMatchObject({ status: 'DISMISSED', hidden: true });
    const event = await koFeed.until((e) => e.__typename === 'BriefingQuestionStatusChanged' && e.questionId === q.id);
    expect(event).toMatchObject({ hidden: true, dismissalReason: null });

    // Another vendor's attendee: gone from the list, NOT_FOUND to read, upvote, unvote or reply.
    const list = (await ok(s.gql(BRIEFING, { id }, tokens.it1))).briefing.questions;
    expect(list.edges.map((e: any) => e.node.id)).not.toContain(q.id);
    expect(codeOf(await s.gql(QUESTION, { id: q.id }, tokens.it1))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(UPVOTE, { id: q.id }, tokens.it2))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(UNVOTE, { id: q.id }, tokens.it1))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(REPLY, { input: { questionId: q.id, text: 'x' } }, tokens.it1))).toBe('NOT_FOUND');
    // The author and the presenter still see it; nothing changed on the refusals.
    expect((await ok(s.gql(QUESTION, { id: q.id }, tokens.ko))).briefingQuestion).toMatchObject({
      hidden: true,
      upvoteCount: 1,
    });
    expect((await ok(s.gql(QUESTION, { id: q.id }, tokens.presenter))).briefingQuestion).toMatchObject({
      replyCount: 0,
      upvoteCount: 1,
    });
    // Dismissed questions take no replies or upvotes even from those who see them.
    expect(codeOf(await s.gql(REPLY, { input: { questionId: q.id, text: 'x' } }, tokens.presenter))).toBe('CONFLICT');
    koFeed.dispose();
  });
});

describe('briefing refusals', () => {
  it('refuses bad questions, strangers, non-presenters and wrong states, and changes nothing', async () => {
    const s = server();
    const { briefing, version, tokens, em } = await setUp(s);
    const id = briefing.id;
    const count = async () => (await ok(s.gql(BRIEFING, { id }, tokens.presenter))).briefing.questions.totalCount;

    // Empty, blank and over-long questions.
    expect(codeOf(await s.gql(ASK, { input: { briefingId: id, text: '' } }, tokens.it1))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.gql(ASK, { input: { briefingId: id, text: '   \n ' } }, tokens.it1))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.gql(ASK, { input: { briefingId: id, text: 'x'.repeat(1001) } }, tokens.it1))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await count()).toBe(0);
    const longest = await ask(s, tokens.it1, id, 'y'.repeat(1000));
    expect(await count()).toBe(1);

    // Someone outside the audience markets (es-ES moderator) does not see it at all.
    const stranger = await s.signIn('moderator.es@concord.demo');
    expect(codeOf(await s.gql(BRIEFING, { id }, stranger))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(ASK, { input: { briefingId: id, text: 'Hi' } }, stranger))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(UPVOTE, { id: longest.id }, stranger))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(QUESTION, { id: longest.id }, stranger))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(ACK, { id }, stranger))).toBe('NOT_FOUND');
    const listed = (await ok(s.gql('query { briefings { id } }', {}, stranger))).briefings.map((b: any) => b.id);
    expect(listed).not.toContain(id);
    const strangerFeed = listen(s.wsClient({ authorization: `Bearer ${stranger}` }), id);
    await expect.poll(() => strangerFeed.errors.length).toBeGreaterThan(0);
    expect(strangerFeed.errors[0].extensions?.code).toBe('NOT_FOUND');
    expect(await count()).toBe(1);

    // Presenter actions by an attendee (by role) and by another policy owner (not the presenter).
    expect(codeOf(await s.gql(START, { id }, tokens.it1))).toBe('FORBIDDEN');
    const otherOwner = await createUser(em, Role.POLICY_OWNER, 'de-DE');
    const other = await s.signIn(otherOwner.email);
    expect(codeOf(await s.gql(START, { id }, other))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(PIN, { input: { questionId: longest.id } }, other))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(DISMISS, { input: { questionId: longest.id, reason: 'no' } }, other))).toBe('FORBIDDEN');
    expect(
      codeOf(await s.gql(REPLY, { input: { questionId: longest.id, text: 'Official?', official: true } }, tokens.it2)),
    ).toBe('FORBIDDEN');
    const after = (await ok(s.gql(QUESTION, { id: longest.id }, tokens.presenter))).briefingQuestion;
    expect(after).toMatchObject({ status: 'OPEN', pinned: false, replyCount: 0, officialAnswer: null });

    // Wrong states.
    expect(codeOf(await s.gql(END, { id }, tokens.presenter))).toBe('CONFLICT'); // not live yet
    expect(codeOf(await s.gql(CLOSE, { id }, tokens.presenter))).toBe('CONFLICT'); // not ended
    expect(codeOf(await s.gql(PROMOTE, { input: { questionId: longest.id } }, tokens.presenter))).toBe('CONFLICT');
    expect(codeOf(await s.gql(DISMISS, { input: { questionId: longest.id, reason: '  ' } }, tokens.presenter))).toBe(
      'BAD_USER_INPUT',
    );
    await ok(s.gql(START, { id }, tokens.presenter));
    expect(codeOf(await s.gql(START, { id }, tokens.presenter))).toBe('CONFLICT');
    await ok(s.gql(END, { id }, tokens.presenter));
    expect(codeOf(await s.gql(START, { id }, tokens.presenter))).toBe('CONFLICT'); // an ended briefing
    expect((await ok(s.gql(BRIEFING, { id }, tokens.it1))).briefing.status).toBe('ENDED');

    // An official answer must be a reply under that question.
    const q2 = await ask(s, tokens.it2, id, 'Second');
    const r2 = (await ok(s.gql(REPLY, { input: { questionId: q2.id, text: 'A reply' } }, tokens.it1)))
      .replyToBriefingQuestion.reply;
    expect(codeOf(await s.gql(OFFICIAL, { input: { questionId: longest.id, replyId: r2.id } }, tokens.presenter))).toBe(
      'NOT_FOUND',
    );

    // Scheduling: only presenters, only published versions, only real markets.
    const markets = await em.find(Market, { code: { $in: MARKETS } });
    const schedule = (input: Record<string, unknown>, token: string) =>
      s.gql(
        `mutation($input: ScheduleBriefingInput!) { scheduleBriefing(input: $input) { briefing { id } } }`,
        {
          input: {
            title: 'Another',
            policyVersionId: version.id,
            marketIds: markets.map((m) => m.id),
            scheduledAt: new Date().toISOString(),
            ...input,
          },
        },
        token,
      );
    expect(codeOf(await schedule({}, tokens.it1))).toBe('FORBIDDEN');
    expect(
      codeOf(await schedule({ presenterId: (await createUser(em, Role.POLICY_OWNER, 'it-IT')).id }, tokens.presenter)),
    ).toBe('FORBIDDEN');
    const admin = await s.signIn('admin@concord.demo');
    const qaManager = await em.findOneOrFail(User, { email: 'qa.manager@concord.demo' });
    expect(codeOf(await schedule({ presenterId: qaManager.id }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await schedule({ policyVersionId: randomUUID() }, tokens.presenter))).toBe('NOT_FOUND');
    expect(codeOf(await schedule({ marketIds: [randomUUID()] }, tokens.presenter))).toBe('BAD_USER_INPUT');
    version.status = PolicyVersionStatus.RETIRED;
    await em.flush();
    expect(codeOf(await schedule({}, tokens.presenter))).toBe('CONFLICT');
    const all = (await ok(s.gql('query { briefings { id } }', {}, tokens.presenter))).briefings;
    expect(all.filter((b: any) => b.id !== id && b.title === 'Another')).toHaveLength(0);
  });

  it('rate-limits questions per user per minute', async () => {
    const s = server();
    const { briefing, tokens } = await setUp(s);
    for (let i = 0; i < 4; i++) await ask(s, tokens.ko, briefing.id, `Question ${i}`);
    const limited = await s.gql(ASK, { input: { briefingId: briefing.id, text: 'One too many' } }, tokens.ko);
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // Someone else is not held back, and the refused question was not stored.
    await ask(s, tokens.it1, briefing.id, 'Mine is fine');
    const list = (await ok(s.gql(BRIEFING, { id: briefing.id }, tokens.presenter))).briefing.questions;
    expect(list.totalCount).toBe(5);
    expect(list.edges.map((e: any) => e.node.text)).not.toContain('One too many');
  });
});

describe('briefing set-up and lists', () => {
  it('updates a scheduled briefing, announces it, keeps only notes editable once live, and pages questions', async () => {
    const s = server();
    const { briefing, tokens } = await setUp(s);
    const id = briefing.id;
    const feed = listen(s.wsClient({ authorization: `Bearer ${tokens.it1}` }), id);
    await feed.until((e) => e.__typename === 'BriefingPresenceChanged');
    const UPDATE = `mutation($input: UpdateBriefingInput!) { updateBriefing(input: $input) { briefing { title notes audienceMarkets { code } } } }`;
    const ko = await s.concord.deps.orm.em.fork().findOneOrFail(Market, { code: 'ko-KR' });
    const updated = (
      await ok(s.gql(UPDATE, { input: { briefingId: id, title: 'Renamed', marketIds: [ko.id] } }, tokens.presenter))
    ).updateBriefing.briefing;
    expect(updated).toMatchObject({ title: 'Renamed', audienceMarkets: [{ code: 'ko-KR' }] });
    await feed.until((e) => e.__typename === 'BriefingUpdated' && e.title === 'Renamed');
    // it-IT is no longer in the audience: the it-IT moderator no longer finds it.
    expect(codeOf(await s.gql(BRIEFING, { id }, tokens.it1))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(UPDATE, { input: { briefingId: id, notes: 'x' } }, tokens.ko))).toBe('FORBIDDEN');
    await ok(s.gql(START, { id }, tokens.presenter));
    expect(codeOf(await s.gql(UPDATE, { input: { briefingId: id, title: 'Late rename' } }, tokens.presenter))).toBe(
      'CONFLICT',
    );
    expect(
      (await ok(s.gql(UPDATE, { input: { briefingId: id, notes: '# New slide' } }, tokens.presenter))).updateBriefing
        .briefing,
    ).toMatchObject({ title: 'Renamed', notes: '# New slide' });
    // Null for what cannot be empty leaves it as it is (it was a TypeError, a 500), even live.
    const nulls = { briefingId: id, title: null, scheduledAt: null, marketIds: null, notes: null };
    expect((await ok(s.gql(UPDATE, { input: nulls }, tokens.presenter))).updateBriefing.briefing).toMatchObject({
      title: 'Renamed',
      notes: '',
    });

    const asked = [];
    for (let i = 0; i < 3; i++) asked.push(await ask(s, tokens.ko, id, `Question ${i}`));
    const PAGE = `query($id: ID!, $after: String) { briefing(id: $id) { questions(order: RECENT, first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const first = (await ok(s.gql(PAGE, { id }, tokens.ko))).briefing.questions;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.id)).toEqual([asked[2]!.id, asked[1]!.id]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(s.gql(PAGE, { id, after: first.pageInfo.endCursor }, tokens.ko))).briefing.questions;
    expect(second.edges.map((e: any) => e.node.id)).toEqual([asked[0]!.id]);
    const tooMany = await s.gql(
      `query($id: ID!) { briefing(id: $id) { questions(first: 500) { totalCount } } }`,
      { id },
      tokens.ko,
    );
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    feed.dispose();
  });
});

describe('hiding a reply', () => {
  it('takes an abusive reply from attendees live, with a reason its author and the presenter see; it can come back', async () => {
    const s = server();
    const { briefing, tokens } = await setUp(s);
    const id = briefing.id;
    await ok(s.gql(START, { id }, tokens.presenter));
    const question = await ask(s, tokens.it1, id, 'Does sarcasm aimed at a colleague count as bullying?');
    const replyAs = async (token: string, text: string, official = false) =>
      (await ok(s.gql(REPLY, { input: { questionId: question.id, text, official } }, token))).replyToBriefingQuestion
        .reply as { id: string };
    const abusive = await replyAs(tokens.it2, 'Only an idiot would ask that.');
    await replyAs(tokens.ko, 'Example 4 of the policy is close to this.');
    const official = await replyAs(tokens.presenter, 'Yes, when it targets a person.', true);
    const feed = listen(s.wsClient({ authorization: `Bearer ${tokens.ko}` }), id);
    await feed.until((e) => e.__typename === 'BriefingPresenceChanged');
    const HIDE = `mutation($input: SetBriefingReplyHiddenInput!) { setBriefingReplyHidden(input: $input) {
      reply { id hidden hiddenReason } question { id replyCount } } }`;
    const hide = (input: Record<string, unknown>, token = tokens.presenter) =>
      s.gql(
        HIDE,
        { input: { replyId: abusive.id, hidden: true, reason: 'Insults another attendee.', ...input } },
        token,
      );
    const repliesAs = async (token: string) =>
      (await ok(s.gql(QUESTION, { id: question.id }, token))).briefingQuestion as {
        replyCount: number;
        replies: { id: string; hidden: boolean; hiddenReason: string | null }[];
      };

    // Refused, and nothing changes: an attendee, no reason, a blank one, the official answer, an unknown reply.
    expect(codeOf(await hide({}, tokens.it1))).toBe('FORBIDDEN');
    expect(codeOf(await hide({ reason: undefined }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hide({ reason: '   ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hide({ reason: 'x'.repeat(501) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await hide({ replyId: official.id }))).toBe('CONFLICT');
    expect(codeOf(await hide({ replyId: randomUUID() }))).toBe('NOT_FOUND');
    expect(codeOf(await hide({ hidden: false }))).toBe('CONFLICT');
    expect((await repliesAs(tokens.ko)).replyCount).toBe(3);

    const hidden = (await ok(hide({}))).setBriefingReplyHidden;
    expect(hidden.reply).toMatchObject({ hidden: true, hiddenReason: 'Insults another attendee.' });
    const event = await feed.until((e) => e.__typename === 'BriefingReplyHiddenChanged');
    expect(event).toEqual({
      __typename: 'BriefingReplyHiddenChanged',
      questionId: question.id,
      replyId: abusive.id,
      hidden: true,
      replyCount: 2,
    });
    // Other attendees no longer get it; its author and the presenter do, with the reason.
    for (const token of [tokens.ko, tokens.it1]) {
      const seen = await repliesAs(token);
      expect(seen.replyCount).toBe(2);
      expect(seen.replies.map((r) => r.id)).not.toContain(abusive.id);
    }
    for (const token of [tokens.it2, tokens.presenter]) {
      expect((await repliesAs(token)).replies.find((r) => r.id === abusive.id)).toMatchObject({
        hidden: true,
        hiddenReason: 'Insults another attendee.',
      });
    }
    expect(codeOf(await hide({}))).toBe('CONFLICT');

    // After the briefing and its thread close, it can still be shown again (or hidden).
    await ok(s.gql(END, { id }, tokens.presenter));
    await ok(s.gql(CLOSE, { id }, tokens.presenter));
    const shown = (await ok(hide({ hidden: false, reason: undefined }))).setBriefingReplyHidden;
    expect(shown.reply).toMatchObject({ hidden: false, hiddenReason: null });
    await feed.until((e) => e.__typename === 'BriefingReplyHiddenChanged' && !e.hidden && e.replyCount === 3);
    expect((await repliesAs(tokens.ko)).replies.map((r) => r.id)).toContain(abusive.id);
    feed.dispose();
  });
});

describe('demo briefings', () => {
  it('seeds an upcoming briefing and an ended one with answered questions, seen by the audience markets only', async () => {
    const s = server();
    const it = await s.signIn('moderator.it@concord.demo');
    const list = (await ok(s.gql('query { briefings { id title status threadClosed } }', {}, it))).briefings;
    const upcoming = list.find((b: any) => b.status === 'SCHEDULED' && b.title.startsWith('Hate speech v2:'));
    const held = list.find((b: any) => b.status === 'ENDED' && b.title.startsWith('Bullying v2:'));
    expect(upcoming).toBeDefined();
    expect(held).toMatchObject({ threadClosed: false });
    const room = (await ok(s.gql(BRIEFING, { id: held.id }, it))).briefing;
    const statuses = room.questions.edges.map((e: any) => e.node.status);
    expect(statuses.filter((st: string) => st === 'ANSWERED')).toHaveLength(2);
    expect(room.policyVersion.faq.some((f: any) => f.question.includes('workplace'))).toBe(true);
    const es = await s.signIn('moderator.es@concord.demo');
    const esList = (await ok(s.gql('query { briefings { id } }', {}, es))).briefings.map((b: any) => b.id);
    expect(esList).not.toContain(held.id);
    expect(esList).not.toContain(upcoming.id);
  });
});
