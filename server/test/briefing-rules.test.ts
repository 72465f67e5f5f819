// Briefings: what each role may do in which state, updating and paging, hiding a reply.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Role } from '../src/modules/identity/role.js';
import { PolicyVersionStatus } from '../src/modules/policy/policy.enums.js';
import { useTestServer } from './support/test-server.js';
import { createMarket, createTeam, createVendor } from './support/users.js';
import {
  codeOf,
  QUESTION,
  BRIEFING,
  ASK,
  UPVOTE,
  REPLY,
  OFFICIAL,
  PIN,
  DISMISS,
  PROMOTE,
  START,
  END,
  CLOSE,
  ACK,
  listen,
  createUser,
  setUp,
  ask,
  ok,
} from './support/briefing-fixtures.js';

// A small question limit, so the rate-limit test reaches it quickly; the other tests spread questions over users.
const server = useTestServer({ QUESTIONS_PER_MINUTE: '4' });

describe('briefing refusals', () => {
  it('refuses bad questions, strangers, non-presenters and wrong states, and changes nothing', async () => {
    const s = server();
    const { briefing, version, tokens, em, markets } = await setUp(s);
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

    // Someone outside the audience markets (a Spanish market's moderator) does not see it at all.
    const es = await createMarket(em, 'es');
    const esTeam = await createTeam(em, { market: es, vendor: await createVendor(em) });
    const stranger = await s.signIn((await createUser(em, Role.MODERATOR, es, { team: esTeam })).email);
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
    const otherOwner = await createUser(em, Role.POLICY_OWNER, markets.de);
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
    const schedule = (input: Record<string, unknown>, token: string) =>
      s.gql(
        `mutation($input: ScheduleBriefingInput!) { scheduleBriefing(input: $input) { briefing { id } } }`,
        {
          input: {
            title: 'Another',
            policyVersionId: version.id,
            marketIds: Object.values(markets).map((m) => m.id),
            scheduledAt: new Date().toISOString(),
            ...input,
          },
        },
        token,
      );
    expect(codeOf(await schedule({}, tokens.it1))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await schedule({ presenterId: (await createUser(em, Role.POLICY_OWNER, markets.it)).id }, tokens.presenter),
      ),
    ).toBe('FORBIDDEN');
    const admin = await s.signIn((await createUser(em, Role.ADMIN, markets.it)).email);
    const qaManager = await createUser(em, Role.QA_MANAGER, markets.it, {
      team: await createTeam(em, { market: markets.it }),
    });
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
    expect(limited.errors![0]!.extensions).toMatchObject({ feature: 'briefing', reason: 'TOO_MANY_QUESTIONS' });
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
    const { briefing, tokens, markets } = await setUp(s);
    const id = briefing.id;
    const feed = listen(s.wsClient({ authorization: `Bearer ${tokens.it1}` }), id);
    await feed.until((e) => e.__typename === 'BriefingPresenceChanged');
    const UPDATE = `mutation($input: UpdateBriefingInput!) { updateBriefing(input: $input) { briefing { title notes audienceMarkets { code } } } }`;
    const ko = markets.ko;
    const updated = (
      await ok(s.gql(UPDATE, { input: { briefingId: id, title: 'Renamed', marketIds: [ko.id] } }, tokens.presenter))
    ).updateBriefing.briefing;
    expect(updated).toMatchObject({ title: 'Renamed', audienceMarkets: [{ code: ko.code }] });
    await feed.until((e) => e.__typename === 'BriefingUpdated' && e.title === 'Renamed');
    // The Italian market is no longer in the audience: its moderator no longer finds it.
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
