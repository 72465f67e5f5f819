import type { PageRoute } from '../../components/page-route';
import { CalibrationListPage } from './session-list-page';
import { CalibrationResultsPage } from './session-results-page';
import { CalibrationRoomPage } from './session-room-page';

/** The calibration pages, inside the shell: the list, a session's live room, its results. */
export const calibrationRoutes: PageRoute[] = [
  { path: '/calibration', element: <CalibrationListPage /> },
  { path: '/calibration/:id', element: <CalibrationRoomPage /> },
  { path: '/calibration/:id/results', element: <CalibrationResultsPage /> },
];
