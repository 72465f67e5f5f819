import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { writeMyVote } from './live-cache';

/*
 * One hook per calibration mutation. Each payload names the entity it changed with the fields
 * that changed, so Apollo merges it into the room's cache by its id (a new challenge comes
 * with its item's challenges); where the room keeps its own record (the viewer's vote), the
 * hook writes it.
 * The room is reloaded only by the live events of other people's changes.
 */

export const CreateSessionMutation = graphql(`
  mutation CreateCalibrationSession($input: CreateCalibrationSessionInput!) {
    createCalibrationSession(input: $input) {
      session {
        id
        title
        status
      }
    }
  }
`);

export const StartSessionMutation = graphql(`
  mutation StartCalibrationSession($input: StartCalibrationSessionInput!) {
    startCalibrationSession(input: $input) {
      session {
        id
        status
        startedAt
      }
    }
  }
`);

export const OpenItemMutation = graphql(`
  mutation OpenCalibrationItem($input: OpenCalibrationItemInput!) {
    openCalibrationItem(input: $input) {
      item {
        id
        state
        openedAt
      }
    }
  }
`);

export const RevealItemMutation = graphql(`
  mutation RevealCalibrationItem($input: RevealCalibrationItemInput!) {
    revealCalibrationItem(input: $input) {
      item {
        ...LiveReveal_item
      }
    }
  }
`);

export const CloseSessionMutation = graphql(`
  mutation CloseCalibrationSession($input: CloseCalibrationSessionInput!) {
    closeCalibrationSession(input: $input) {
      session {
        id
        status
        closedAt
        resultVersions
      }
    }
  }
`);

export const SetItemGoldMutation = graphql(`
  mutation SetCalibrationItemGold($input: SetCalibrationItemGoldInput!) {
    setCalibrationItemGold(input: $input) {
      item {
        id
        gold
      }
    }
  }
`);

export const CastVoteMutation = graphql(`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      vote {
        label
        abstained
        rationale
        version
      }
    }
  }
`);

export const ChallengeGoldMutation = graphql(`
  mutation ChallengeGold($input: ChallengeGoldInput!) {
    challengeGold(input: $input) {
      challenge {
        id
        ...GoldChallenges_challenge
      }
      item {
        id
        goldChallenges {
          id
          status
          raisedBy {
            id
          }
          ...GoldChallenges_challenge
        }
      }
    }
  }
`);

/** A new session; the caller opens its room. */
export const useCreateSession = () => useMutation(CreateSessionMutation);

/** The session goes live: its status and start. */
export const useStartSession = () => useMutation(StartSessionMutation);

/** The item opens for voting: its state and when. */
export const useOpenItem = () => useMutation(OpenItemMutation);

/** The item is revealed: its state, gold, final tally and the votes with their rationales. */
export const useRevealItem = () => useMutation(RevealItemMutation);

/** The session closes: its status, close and the versions of its stored result. */
export const useCloseSession = () => useMutation(CloseSessionMutation);

/** The item's gold label. */
export const useSetItemGold = () => useMutation(SetItemGoldMutation);

/** The viewer's vote on an item, kept as the room's record of it (see live-cache.ts). */
export function useCastVote(itemId: string) {
  return useMutation(CastVoteMutation, {
    update(cache, { data }) {
      if (data) writeMyVote(cache, itemId, data.castVote.vote);
    },
  });
}

/** A challenge of the item's gold; the payload's item brings the item's challenges with it. */
export const useChallengeGold = () => useMutation(ChallengeGoldMutation);
