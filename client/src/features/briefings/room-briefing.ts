import type { BriefingRoomQuery } from '../../gql/graphql';

/**
 * The briefing as the room's query (`BriefingRoomQuery`, briefing-room-page.tsx) loads it,
 * and as the room's parts take it. Its own file, so the parts the page renders do not
 * import the page back.
 */
export type RoomBriefing = BriefingRoomQuery['briefing'];
