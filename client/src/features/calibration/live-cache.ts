import { InMemoryCache, type ApolloCache, type FieldMergeFunction } from '@apollo/client';
import { graphql } from '../../gql';

/** The fields of a tally the room shows. */
export type TallyFields = {
  __typename?: 'Tally';
  itemId: string;
  version: number;
  voted: number;
  abstained: number;
  eligible: number;
  distribution?: readonly { __typename?: 'LabelCount'; label: string; count: number }[] | null;
};

/**
 * The tally to keep when another arrives: versions only grow, so an older one (a late
 * event, or a query answer computed before the last event) is ignored. At the same
 * version the votes are the same; one that carries the distribution (after reveal) wins
 * over one that does not, whichever comes first.
 */
export function mergeTally<T extends TallyFields>(current: T | null | undefined, incoming: T): T {
  if (!current || current.itemId !== incoming.itemId) return incoming;
  if (incoming.version < current.version) return current;
  if (incoming.version === current.version && !incoming.distribution && current.distribution) return current;
  return incoming;
}

const mergeTallyField: FieldMergeFunction<TallyFields, TallyFields> = (existing, incoming) =>
  mergeTally(existing, incoming);

const registered = new WeakSet<object>();

/**
 * Teaches the cache to merge tallies by version, wherever they come from: the session
 * query, a refetch, or a subscription event. Registered on the app's cache by the feature
 * itself (idempotent), so every write goes through `mergeTally`.
 */
export function registerCalibrationCachePolicies(cache: ApolloCache): void {
  if (!(cache instanceof InMemoryCache) || registered.has(cache)) return;
  registered.add(cache);
  cache.policies.addTypePolicies({
    CalibrationItem: { fields: { tally: { merge: mergeTallyField } } },
  });
}

/*
 * The fields of a tally and of a revealed vote, as the room keeps them. The session query, the
 * reveal mutation and the live events all select them through these fragments, so whatever the
 * cache holds has the same shape wherever it came from. `@unmask` keeps the fields in the types
 * of the operations that spread them (the cache and the room read them there).
 */
export const LiveTally_tally = graphql(`
  fragment LiveTally_tally on Tally {
    itemId
    version
    voted
    abstained
    eligible
    distribution {
      label
      count
    }
  }
`);

export const LiveReveal_vote = graphql(`
  fragment LiveReveal_vote on RevealedVote {
    participantName
    market
    label
    rationale
  }
`);

export const LiveTally_item = graphql(`
  fragment LiveTally_item on CalibrationItem {
    id
    tally {
      ...LiveTally_tally @unmask
    }
  }
`);

export const LiveReveal_item = graphql(`
  fragment LiveReveal_item on CalibrationItem {
    id
    state
    gold
    tally {
      ...LiveTally_tally @unmask
    }
    votes {
      ...LiveReveal_vote @unmask
    }
  }
`);

export const LiveMyVote_item = graphql(`
  fragment LiveMyVote_item on CalibrationItem {
    id
    myVote {
      label
      abstained
      rationale
      version
    }
  }
`);

const itemId = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'CalibrationItem', id });

/**
 * A tally as the cache stores it. Built as a value, not a literal, since the generated
 * types leave `__typename` out while Apollo wants it on objects it writes.
 */
function storedTally(tally: TallyFields) {
  const stored = {
    __typename: 'Tally' as const,
    itemId: tally.itemId,
    version: tally.version,
    voted: tally.voted,
    abstained: tally.abstained,
    eligible: tally.eligible,
    distribution: tally.distribution
      ? tally.distribution.map((d) => ({ __typename: 'LabelCount' as const, label: d.label, count: d.count }))
      : null,
  };
  return stored;
}

/** Writes a tally from an event into its item, if the item is in the cache; older ones are dropped by the merge. */
export function writeTally(cache: ApolloCache, tally: TallyFields): void {
  const id = itemId(cache, tally.itemId);
  const item = cache.readFragment({ id, fragment: LiveTally_item, fragmentName: 'LiveTally_item' });
  if (!item) return;
  const data = { __typename: 'CalibrationItem' as const, id: tally.itemId, tally: storedTally(tally) };
  cache.writeFragment({ id, fragment: LiveTally_item, fragmentName: 'LiveTally_item', data });
}

type RevealedEvent = {
  itemId: string;
  gold?: string | null;
  tally: TallyFields;
  votes: readonly { participantName: string; market: string; label?: string | null; rationale?: string | null }[];
};

/** An item was revealed: its state, gold, full tally and every vote with its rationale, for everyone. */
export function writeReveal(cache: ApolloCache, event: RevealedEvent): void {
  const id = itemId(cache, event.itemId);
  if (!cache.readFragment({ id, fragment: LiveTally_item, fragmentName: 'LiveTally_item' })) return;
  const data = {
    __typename: 'CalibrationItem' as const,
    id: event.itemId,
    state: 'REVEALED' as const,
    gold: event.gold ?? null,
    tally: storedTally(event.tally),
    votes: event.votes.map((vote) => ({
      __typename: 'RevealedVote' as const,
      participantName: vote.participantName,
      market: vote.market,
      label: vote.label ?? null,
      rationale: vote.rationale ?? null,
    })),
  };
  cache.writeFragment({ id, fragment: LiveReveal_item, fragmentName: 'LiveReveal_item', data });
}

type MyVoteFields = { label?: string | null; abstained: boolean; rationale?: string | null; version: number };

/** The viewer's own vote, as `castVote` answered it: the room shows "voted" at once. */
export function writeMyVote(cache: ApolloCache, id: string, vote: MyVoteFields): void {
  const data = {
    __typename: 'CalibrationItem' as const,
    id,
    myVote: {
      __typename: 'MyVote' as const,
      label: vote.label ?? null,
      abstained: vote.abstained,
      rationale: vote.rationale ?? null,
      version: vote.version,
    },
  };
  cache.writeFragment({ id: itemId(cache, id), fragment: LiveMyVote_item, data });
}
