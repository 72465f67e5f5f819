import type { EntityManager } from '@mikro-orm/postgresql';
import {
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { Client } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildConcordSchema } from '../src/app/schema.js';
import { Role } from '../src/modules/identity/role.js';
import { createPolicyWithCases, createVoters } from './support/calibration-fixtures.js';
import { useTestServer, type TestServer } from './support/test-server.js';
import { subscribeFeed } from './support/event-feed.js';
import { createUser } from './support/users.js';

// Every event type of every live subscription, with every field selected: the client
// selects only some fields, so a field no screen reads (a timestamp) must still work.
const server = useTestServer();
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildConcordSchema();
});

/** Every field of `type`, recursively; union members each as an inline fragment. */
function selectionOf(type: GraphQLNamedType, seen: readonly string[] = []): string {
  if (isUnionType(type)) {
    return `__typename ${type
      .getTypes()
      .map((member) => `... on ${member.name} { ${selectionOf(member, seen)} }`)
      .join(' ')}`;
  }
  if (!isObjectType(type)) throw new Error(`cannot select ${type.name}`);
  if (seen.includes(type.name)) throw new Error(`${[...seen, type.name].join(' → ')} is a cycle`);
  return Object.values(type.getFields())
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined))
    .map((field) => {
      const named = getNamedType(field.type);
      return isLeafType(named) ? field.name : `${field.name} { ${selectionOf(named, [...seen, type.name])} }`;
    })
    .join(' ');
}

/**
 * Problems with `value` as a value of `type`: a null where the schema says non-null,
 * a time that is not a real ISO instant of this test's run, a negative count.
 */
function problems(type: GraphQLOutputType, value: unknown, path: string, since: number): string[] {
  if (value === null || value === undefined) return isNonNullType(type) ? [`${path} is null`] : [];
  const inner = getNullableType(type);
  if (isListType(inner)) {
    return (value as unknown[]).flatMap((v, i) => problems(inner.ofType, v, `${path}[${i}]`, since));
  }
  if (isUnionType(inner) || isObjectType(inner)) {
    const object = value as Record<string, unknown>;
    const concrete = isUnionType(inner) ? schema.getType(object['__typename'] as string) : inner;
    if (!isObjectType(concrete)) return [`${path} has type ${String(object['__typename'])}`];
    const fields = concrete.getFields();
    return Object.entries(object)
      .filter(([key]) => key !== '__typename')
      .flatMap(([key, v]) => problems(fields[key]!.type, v, `${path}.${key}`, since));
  }
  switch (inner.name) {
    case 'DateTimeISO': {
      const time = Date.parse(value as string);
      const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value);
      return iso && time >= since - 60_000 && time <= Date.now() + 60_000
        ? []
        : [`${path} = ${JSON.stringify(value)} is not a time of this test`];
    }
    case 'Int':
      return Number.isInteger(value) && (value as number) >= 0 ? [] : [`${path} = ${String(value)}`];
    case 'ID':
    case 'String':
      return typeof value === 'string' && value.length > 0 ? [] : [`${path} = ${JSON.stringify(value)}`];
    default:
      return [];
  }
}

/** A subscription's results (events and errors), and a wait for one of each event type. */
function listen(client: Client, field: 'sessionEvents' | 'briefingEvents', argument: string, id: string) {
  const subscription = schema.getSubscriptionType()!.getFields()[field]!;
  const query = `subscription($id: ID!) { ${field}(${argument}: $id) { ${selectionOf(getNamedType(subscription.type))} } }`;
  const feed = subscribeFeed(client, query, { id }, field);
  return { ...feed, subscription, until: (typename: string) => feed.until((e) => e.__typename === typename) };
}

async function ok(s: TestServer, query: string, variables: Record<string, unknown>, token: string) {
  const r = await s.gql(query, variables, token);
  expect(r.errors).toBeUndefined();
  return r.data as Record<string, any>;
}

/** Every event type arrived, without errors, and every value in them is sane. */
function expectEveryEvent(feed: ReturnType<typeof listen>, since: number) {
  expect(feed.errors).toEqual([]);
  const union = getNamedType(feed.subscription.type);
  if (!isUnionType(union)) throw new Error(`${union.name} is not a union`);
  const seen = new Set(feed.events.map((e) => e['__typename']));
  expect([...seen].sort()).toEqual(
    union
      .getTypes()
      .map((t) => t.name)
      .sort(),
  );
  expect(feed.events.flatMap((e, i) => problems(feed.subscription.type, e, `event ${i}`, since))).toEqual([]);
}

describe('live events with every field selected', () => {
  it('sessionEvents delivers every event type of a session, start to gold change', async () => {
    const s = server();
    const since = Date.now();
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const { version, cases, markets } = await createPolicyWithCases(em, ['it-IT', 'de-DE'], 1);
    const voters = await createVoters(em, ['it-IT', 'de-DE'], 1);
    const facilitator = await s.signIn((await createUser(em, Role.QA_SPECIALIST, 'it-IT')).email);
    const owner = await s.signIn((await createUser(em, Role.POLICY_OWNER, 'it-IT')).email);
    const [voter, other] = await Promise.all(voters.map((v) => s.signIn(v.user.email)));
    const session = (
      await ok(
        s,
        `mutation($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { session { id items { id } } } }`,
        {
          input: {
            title: 'Every event',
            policyVersionId: version.id,
            mode: 'BLIND',
            scheduledAt: new Date().toISOString(),
            marketIds: markets.map((m) => m.id),
            participantIds: voters.map((v) => v.user.id),
            caseIds: cases.map((c) => c.id),
          },
        },
        facilitator,
      )
    ).createCalibrationSession.session as { id: string; items: { id: string }[] };
    const itemId = session.items[0]!.id;
    const id = session.id;
    await ok(
      s,
      'mutation($input: SetCalibrationItemGoldInput!) { setCalibrationItemGold(input: $input) { item { id } } }',
      { input: { itemId, label: 'violating' } },
      owner,
    );

    const feed = listen(s.wsClient({ authorization: `Bearer ${voter}` }), 'sessionEvents', 'sessionId', id);
    await feed.until('PresenceChanged');
    await ok(
      s,
      'mutation($id: ID!) { startCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id },
      facilitator,
    );
    await feed.until('SessionStarted');
    await ok(
      s,
      'mutation($id: ID!) { openCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: itemId },
      facilitator,
    );
    await feed.until('ItemOpened');
    const VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { vote { label } } }';
    await ok(s, VOTE, { input: { itemId, label: 'borderline', rationale: 'mild' } }, voter!);
    await ok(s, VOTE, { input: { itemId, label: 'borderline' } }, other!);
    await feed.until('TallyUpdated');
    await ok(
      s,
      'mutation($id: ID!) { revealCalibrationItem(input: { itemId: $id }) { item { id } } }',
      { id: itemId },
      facilitator,
    );
    await feed.until('ItemRevealed');
    await ok(
      s,
      'mutation($id: ID!) { closeCalibrationSession(input: { sessionId: $id }) { session { id } } }',
      { id },
      facilitator,
    );
    await feed.until('SessionClosed');
    const challenge = await ok(
      s,
      'mutation($input: ChallengeGoldInput!) { challengeGold(input: $input) { challenge { id } } }',
      { input: { itemId, reason: 'Mild and aimed at no one.' } },
      voter!,
    );
    await ok(
      s,
      'mutation($input: ResolveGoldChallengeInput!) { resolveGoldChallenge(input: $input) { challenge { id } } }',
      { input: { challengeId: challenge.challengeGold.challenge.id, newGold: 'borderline', note: 'Agreed.' } },
      owner,
    );
    await feed.until('GoldChanged');
    feed.dispose();
    expectEveryEvent(feed, since);
  });

  it('briefingEvents delivers every event type of a briefing, schedule to closed thread', async () => {
    const s = server();
    const since = Date.now();
    const em = s.concord.deps.orm.em.fork() as EntityManager;
    const { version, markets } = await createPolicyWithCases(em, ['it-IT', 'de-DE'], 0);
    const [asker, replier] = await createVoters(em, ['it-IT'], 2);
    const presenter = await s.signIn((await createUser(em, Role.POLICY_OWNER, 'it-IT')).email);
    const [a, r] = await Promise.all([asker!, replier!].map((v) => s.signIn(v.user.email)));
    const briefing = (
      await ok(
        s,
        `mutation($input: ScheduleBriefingInput!) { scheduleBriefing(input: $input) { briefing { id } } }`,
        {
          input: {
            title: 'Every event',
            policyVersionId: version.id,
            marketIds: markets.map((m) => m.id),
            scheduledAt: new Date().toISOString(),
          },
        },
        presenter,
      )
    ).scheduleBriefing.briefing as { id: string };
    const id = briefing.id;

    const feed = listen(s.wsClient({ authorization: `Bearer ${a}` }), 'briefingEvents', 'briefingId', id);
    await feed.until('BriefingPresenceChanged');
    await ok(
      s,
      'mutation($input: UpdateBriefingInput!) { updateBriefing(input: $input) { briefing { id } } }',
      { input: { briefingId: id, title: 'Every event, renamed', scheduledAt: new Date().toISOString() } },
      presenter,
    );
    await feed.until('BriefingUpdated');
    await ok(
      s,
      'mutation($id: ID!) { startBriefing(input: { briefingId: $id }) { briefing { id } } }',
      { id },
      presenter,
    );
    await feed.until('BriefingStarted');
    const question = (
      await ok(
        s,
        'mutation($input: AskBriefingQuestionInput!) { askBriefingQuestion(input: $input) { question { id } } }',
        { input: { briefingId: id, text: 'Does a nickname count?' } },
        a!,
      )
    ).askBriefingQuestion.question as { id: string };
    await feed.until('BriefingQuestionAsked');
    await ok(
      s,
      'mutation($id: ID!) { upvoteBriefingQuestion(input: { questionId: $id }) { question { id } } }',
      { id: question.id },
      r!,
    );
    await feed.until('BriefingQuestionUpvoted');
    const reply = (
      await ok(
        s,
        'mutation($input: ReplyToBriefingQuestionInput!) { replyToBriefingQuestion(input: $input) { reply { id } } }',
        { input: { questionId: question.id, text: 'Only an idiot asks that.' } },
        r!,
      )
    ).replyToBriefingQuestion.reply as { id: string };
    await feed.until('BriefingQuestionReplied');
    await ok(
      s,
      'mutation($input: SetBriefingReplyHiddenInput!) { setBriefingReplyHidden(input: $input) { reply { id } } }',
      { input: { replyId: reply.id, hidden: true, reason: 'Insults an attendee.' } },
      presenter,
    );
    await feed.until('BriefingReplyHiddenChanged');
    await ok(
      s,
      'mutation($input: PinBriefingQuestionInput!) { pinBriefingQuestion(input: $input) { question { id } } }',
      { input: { questionId: question.id } },
      presenter,
    );
    await feed.until('BriefingQuestionStatusChanged');
    await ok(
      s,
      'mutation($id: ID!) { acknowledgeBriefingVersion(input: { briefingId: $id }) { acknowledgement { id } } }',
      { id },
      a!,
    );
    await feed.until('BriefingAcknowledgementsChanged');
    await ok(
      s,
      'mutation($id: ID!) { endBriefing(input: { briefingId: $id }) { briefing { id } } }',
      { id },
      presenter,
    );
    await feed.until('BriefingEnded');
    await ok(
      s,
      'mutation($id: ID!) { closeBriefingThread(input: { briefingId: $id }) { briefing { id } } }',
      { id },
      presenter,
    );
    await feed.until('BriefingThreadClosed');
    feed.dispose();
    expectEveryEvent(feed, since);
  });
});
