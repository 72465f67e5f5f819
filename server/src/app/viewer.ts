// Moved to modules/shared/viewer.ts, where features import it from; re-exported for app/.
export { hasRole, QA_ROLES, type Viewer, viewerOf } from '../modules/shared/viewer.js';
