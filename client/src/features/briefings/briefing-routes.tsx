import type { PageRoute } from '../../components/page-route';
import { BriefingListPage } from './briefing-list-page';
import { BriefingRoomPage } from './briefing-room-page';

/** The briefing pages, inside the shell: the list, and a briefing's room (live, or its follow-up once ended). */
export const briefingRoutes: PageRoute[] = [
  { path: '/briefings', element: <BriefingListPage /> },
  { path: '/briefings/:id', element: <BriefingRoomPage /> },
];
