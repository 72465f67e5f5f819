import { Market } from '../modules/identity/market.entity.js';
import { Team } from '../modules/identity/team.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { Vendor } from '../modules/identity/vendor.entity.js';

/** Every entity, listed rather than discovered from globs so the same list works from src and dist. */
export const entities = [Market, Vendor, Team, User];
