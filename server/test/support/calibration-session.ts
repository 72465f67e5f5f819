/** A live calibration session with voters in three markets, and a listener to its events, for the calibration tests. */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from 'graphql-ws';
import { expect } from 'vitest';
import { Role } from '../../src/modules/identity/role.js';
import { createPolicyWithCases, createVoters } from './calibration-fixtures.js';
import type { TestServer } from './test-server.js';
import { subscribeFeed } from './event-feed.js';
import { createMarket, createTeam, createUser, createVendor, unique } from './users.js';

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

/**
 * A session over `caseCount` cases with `perMarket` voters in each of three markets of the
 * test's own (Italian, German, Korean): one vendor ("Lumen") has the Italian and German
 * teams, another ("Harbor") the Korean one; the cases were decided by a moderator of the
 * Italian team. The facilitator (a QA specialist) is on an internal team of the Italian
 * market; `owner` is a policy owner. `markets` holds the three markets' codes by language.
 */
export async function setUp(s: TestServer, caseCount = 3, perMarket = 3, mode = 'BLIND') {
  const em = s.concord.deps.orm.em.fork() as EntityManager;
  const [it, de, ko] = [await createMarket(em, 'it'), await createMarket(em, 'de'), await createMarket(em, 'ko')];
  const [lumen, harbor] = [await createVendor(em, `Lumen ${unique()}`), await createVendor(em, `Harbor ${unique()}`)];
  const teams = [
    await createTeam(em, { market: it, vendor: lumen }),
    await createTeam(em, { market: de, vendor: lumen }),
    await createTeam(em, { market: ko, vendor: harbor }),
  ];
  const staffTeam = await createTeam(em, { market: it });
  const moderator = await createUser(em, Role.MODERATOR, it, { team: teams[0] });
  const { version, cases, markets } = await createPolicyWithCases(
    em,
    [it.code, de.code, ko.code],
    caseCount,
    moderator,
  );
  const voters = await createVoters(em, teams, perMarket);
  const facilitator = await s.signIn((await createUser(em, Role.QA_SPECIALIST, it, { team: staffTeam })).email);
  const owner = await s.signIn((await createUser(em, Role.POLICY_OWNER, it)).email);
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
  return {
    session,
    voters,
    facilitator,
    owner,
    tokens,
    version,
    markets: { it: it.code, de: de.code, ko: ko.code },
  };
}

export const VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { vote { label abstained } } }';
