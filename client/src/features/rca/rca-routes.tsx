import { RcaBoardPage } from './rca-board-page';

export const rcaRoutes = [{ path: 'rca', element: <RcaBoardPage /> }];
