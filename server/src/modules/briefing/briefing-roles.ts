import { Role } from '../identity/role.js';

/** Who may schedule and present; the service checks that the viewer presents this briefing. */
export const PRESENTERS = [Role.POLICY_OWNER, Role.ADMIN];
