// Briefings end to end: the life of one over websockets, who is named, what is hidden.
import { describe, expect, it } from 'vitest';
import { Role } from '../src/modules/identity/role.js';
import { useTestServer } from './support/test-server.js';
import { createUser } from './support/users.js';
import {
  codeOf,
  QUESTION,
  BRIEFING,
  ASK,
  UPVOTE,
  UNVOTE,
  REPLY,
  OFFICIAL,
  PIN,
  ANSWERED,
  DISMISS,
  REOPEN,
  PROMOTE,
  START,
  END,
  CLOSE,
  ACK,
  listen,
  setUp,
  ask,
  ok,
} from './support/briefing-fixtures.js';

// The question limit of briefing-rules.test.ts (whose rate-limit test reaches it); these tests spread questions over users.
const server = useTestServer({ QUESTIONS_PER_MINUTE: '4' });

describe('a briefing, end to end over websockets', () => {
  it('runs schedule → live → ended → closed with Q&A, official answers, FAQ promotion and live acknowledgements', async () => {
    const s = server();
    const { briefing, version, people, tokens, markets } = await setUp(s);
    const id = briefing.id;
    const presenterFeed = listen(s.wsClient({ authorization: `Bearer ${tokens.presenter}` }), id);
    const itFeed = listen(s.wsClient({ authorization: `Bearer ${tokens.it1}` }), id);
    const koFeed = listen(s.wsClient({ authorization: `Bearer ${tokens.ko}` }), id);
    const present = await presenterFeed.until(
      (e) => e.__typename === 'BriefingPresenceChanged' && e.presence.total === 3,
    );
    expect(present.presence.markets).toEqual([
      { market: markets.it.code, count: 2 },
      { market: markets.ko.code, count: 1 },
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
    expect(marketOf(ackIt.acknowledgements, markets.it.code).acknowledged).toBe(
      marketOf(before, markets.it.code).acknowledged + 1,
    );
    await ok(s.gql(ACK, { id }, tokens.ko));
    const ackKo = await presenterFeed.until(
      (e) =>
        e.__typename === 'BriefingAcknowledgementsChanged' &&
        e.acknowledgements.acknowledged === before.acknowledged + 2,
    );
    expect(marketOf(ackKo.acknowledgements, markets.ko.code).acknowledged).toBe(
      marketOf(before, markets.ko.code).acknowledged + 1,
    );
    expect(ackKo.acknowledgements.markets.map((m: any) => m.market)).toEqual(
      [markets.de, markets.it, markets.ko].map((m) => m.code),
    );

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
    const { briefing, people, tokens, markets, em } = await setUp(s);
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
    const admin = await s.signIn((await createUser(em, Role.ADMIN, markets.it)).email);
    expect((await view(admin, anonymous.id)).author).toMatchObject({ name: people.ko.name });
    // A Harbor asker shown to Lumen attendees: market only.
    expect(await view(tokens.it1, named.id)).toMatchObject({ author: null, authorMarket: { code: markets.ko.code } });
    // …and a Lumen reply shown to the Harbor asker: market only; to Lumen, named.
    expect((await view(tokens.ko, named.id)).replies[0]).toMatchObject({
      author: null,
      authorMarket: { code: markets.it.code },
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
