import { BriefingListPage } from './briefing-list-page';
import { BriefingRoomPage } from './briefing-room-page';

/** The briefing pages, inside the shell: the list, and a briefing's room (live, or its follow-up once ended). */
export const briefingRoutes = [
  { path: 'briefings', element: <BriefingListPage /> },
  { path: 'briefings/:id', element: <BriefingRoomPage /> },
];
