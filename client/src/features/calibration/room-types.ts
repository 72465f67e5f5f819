import type { CalibrationRoomQuery } from '../../gql/graphql';

// The session, its items and the viewer as the room's query (`CalibrationRoomQuery`,
// session-room-page.tsx) loads them, and as the room's parts take them. Their own file, so
// the parts the page renders do not import the page back.

export type RoomSession = CalibrationRoomQuery['calibrationSession'];
export type RoomItem = RoomSession['items'][number];
export type RoomViewer = CalibrationRoomQuery['me'];
