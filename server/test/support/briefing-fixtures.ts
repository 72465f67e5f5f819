import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from 'graphql-ws';
import { expect } from 'vitest';
import { Role } from '../../src/modules/identity/role.js';
import { createPolicyWithCases } from './calibration-fixtures.js';
import { type TestServer } from './test-server.js';
import { subscribeFeed } from './event-feed.js';
import { createMarket, createTeam, createUser, createVendor } from './users.js';

// Shared by the briefing tests: the operations, a live event listener, and a briefing with
// its presenter and attendees set up fresh for each test.

export const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

export const EVENTS = `subscription($id: ID!) { briefingEvents(briefingId: $id) {
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

export const QUESTION_FIELDS = `id text anonymous upvoteCount status dismissalReason pinned hidden mine upvotedByMe replyCount
  author { id name } authorMarket { code } officialAnswer { id text } faqEntry { id question answer }
  replies { id text author { id name } authorMarket { code } byPresenter byAsker official mine hidden hiddenReason }`;

export const QUESTION = `query($id: ID!) { briefingQuestion(id: $id) { ${QUESTION_FIELDS} } }`;
export const BRIEFING = `query($id: ID!) { briefing(id: $id) {
  id title status threadClosed threadClosedAt canPresent startedAt endedAt notes
  audienceMarkets { code } presenter { name } policyVersion { id faq { question answer } }
  presence { total markets { market count } }
  acknowledgements { acknowledged audience markets { market acknowledged audience } }
  questions(order: TOP) { totalCount edges { node { id text upvoteCount pinned status hidden } } }
} }`;

export const ASK = `mutation($input: AskBriefingQuestionInput!) { askBriefingQuestion(input: $input) { question { ${QUESTION_FIELDS} } } }`;
export const UPVOTE = `mutation($id: ID!) { upvoteBriefingQuestion(input: { questionId: $id }) { question { id upvoteCount upvotedByMe } } }`;
export const UNVOTE = `mutation($id: ID!) { removeBriefingUpvote(input: { questionId: $id }) { question { id upvoteCount upvotedByMe } } }`;
export const REPLY = `mutation($input: ReplyToBriefingQuestionInput!) { replyToBriefingQuestion(input: $input) { reply { id text official byPresenter } question { id status officialAnswer { id } } } }`;
export const OFFICIAL = `mutation($input: SetBriefingOfficialAnswerInput!) { setBriefingOfficialAnswer(input: $input) { question { id status officialAnswer { id text } } } }`;
export const PIN = `mutation($input: PinBriefingQuestionInput!) { pinBriefingQuestion(input: $input) { question { id pinned } } }`;
export const ANSWERED = `mutation($id: ID!) { markBriefingQuestionAnswered(input: { questionId: $id }) { question { id status } } }`;
export const DISMISS = `mutation($input: DismissBriefingQuestionInput!) { dismissBriefingQuestion(input: $input) { question { id status dismissalReason hidden } } }`;
export const REOPEN = `mutation($id: ID!) { reopenBriefingQuestion(input: { questionId: $id }) { question { id status hidden } } }`;
export const PROMOTE = `mutation($input: PromoteBriefingQuestionInput!) { promoteBriefingQuestionToFaq(input: $input) { question { id faqEntry { id } } faqEntry { id question answer position } } }`;
export const START = `mutation($id: ID!) { startBriefing(input: { briefingId: $id }) { briefing { id status startedAt } } }`;
export const END = `mutation($id: ID!) { endBriefing(input: { briefingId: $id }) { briefing { id status endedAt } } }`;
export const CLOSE = `mutation($id: ID!) { closeBriefingThread(input: { briefingId: $id }) { briefing { id threadClosed } } }`;
export const ACK = `mutation($id: ID!) { acknowledgeBriefingVersion(input: { briefingId: $id }) { acknowledgement { id } briefing { id } } }`;

/** Collects the events of the briefingEvents subscription; `until` resolves with the first event matching. */
export const listen = (client: Client, briefingId: string) =>
  subscribeFeed(client, EVENTS, { id: briefingId }, 'briefingEvents');

export { createUser } from './users.js';

/**
 * A briefing on a fresh published version for three markets made for it (Italian, German,
 * Korean; `markets` by those keys), presented by a policy owner made for it, and attendees:
 * two moderators of one vendor ("Lumen") in the Italian market, one of another ("Harbor")
 * in the Korean one.
 */
export async function setUp(s: TestServer) {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const byKey = {
    it: await createMarket(em, 'it'),
    de: await createMarket(em, 'de'),
    ko: await createMarket(em, 'ko'),
  };
  const lumenIt = await createTeam(em, { market: byKey.it, vendor: await createVendor(em) });
  const harborKo = await createTeam(em, { market: byKey.ko, vendor: await createVendor(em) });
  const it1 = await createUser(em, Role.MODERATOR, byKey.it, { team: lumenIt });
  const it2 = await createUser(em, Role.MODERATOR, byKey.it, { team: lumenIt });
  const ko = await createUser(em, Role.MODERATOR, byKey.ko, { team: harborKo });
  const { version, markets } = await createPolicyWithCases(
    em,
    Object.values(byKey).map((m) => m.code),
    0,
    it1,
  );
  const owner = await createUser(em, Role.POLICY_OWNER, byKey.it);
  const presenter = await s.signIn(owner.email);
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
    audienceMarkets: [byKey.de, byKey.it, byKey.ko].map(({ code }) => ({ code })),
  });
  const people = { it1, it2, ko };
  const tokens = {
    presenter,
    it1: await s.signIn(it1.email),
    it2: await s.signIn(it2.email),
    ko: await s.signIn(ko.email),
  };
  return { briefing, version, people, tokens, em, markets: byKey };
}

export async function ask(s: TestServer, token: string, briefingId: string, text: string, anonymous = false) {
  const r = await s.gql(ASK, { input: { briefingId, text, anonymous } }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.askBriefingQuestion.question as { id: string };
}

export async function ok(promise: Promise<{ data?: any; errors?: unknown }>): Promise<any> {
  const r = await promise;
  expect(r.errors).toBeUndefined();
  return r.data!;
}
