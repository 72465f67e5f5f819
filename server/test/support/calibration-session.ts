/** A live calibration session with voters in three markets, and a listener to its events, for the calibration tests. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from 'graphql-ws';
import { expect } from 'vitest';
import { createPolicyWithCases, createVoters } from './calibration-fixtures.js';
import type { TestServer } from './test-server.js';
import { subscribeFeed } from './event-feed.js';

export const MARKETS = ['it-IT', 'de-DE', 'ko-KR'];

export const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

export const EVENTS = `subscription($id: ID!) { sessionEvents(sessionId: $id) {
  __typename
  ... on PresenceChanged { total markets { market count } }
  ... on ItemOpened { itemId position }
  ... on TallyUpdated { tally { itemId version voted abstained eligible distribution { label count } } }
  ... on ItemRevealed { itemId gold tally { voted distribution { label count } } votes { participantName market label rationale } }
  ... on SessionClosed { resultVersion }
  ... on GoldChanged { itemId newGold resultVersion }
} }`;

/** Collects the events of the sessionEvents subscription; `until` resolves with the first event matching. */
export const listen = (client: Client, sessionId: string) =>
  subscribeFeed(client, EVENTS, { id: sessionId }, 'sessionEvents');

export async function setUp(s: TestServer, caseCount = 3, perMarket = 3, mode = 'BLIND') {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const { version, cases, markets } = await createPolicyWithCases(em, MARKETS, caseCount);
  const voters = await createVoters(em, MARKETS, perMarket);
  const facilitator = await s.signIn('qa.specialist@concord.demo');
  const created = await s.gql(
    `mutation($input: CreateCalibrationSessionInput!) { createCalibrationSession(input: $input) { session { id status items { id position } } } }`,
    {
      input: {
        title: 'Bullying calibration, week 47',
        policyVersionId: version.id,
        mode,
        scheduledAt: new Date().toISOString(),
        marketIds: markets.map((m) => m.id),
        participantIds: voters.map((v) => v.user.id),
        caseIds: cases.map((c) => c.id),
      },
    },
    facilitator,
  );
  expect(created.errors).toBeUndefined();
  const session = created.data!.createCalibrationSession.session as {
    id: string;
    items: { id: string; position: number }[];
  };
  const tokens = new Map<string, string>();
  for (const v of voters) tokens.set(v.user.id, await s.signIn(v.user.email));
  return { session, voters, facilitator, tokens, version };
}

export const VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { vote { label abstained } } }';
