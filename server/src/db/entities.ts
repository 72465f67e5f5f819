import { modules } from '../app/modules.js';
import type { AnyFeatureModule } from '../modules/shared/module.js';

/**
 * Every entity, from the modules (each lists its own), rather than discovered from globs
 * so the same list works from src and dist.
 */
export const entities = modules.flatMap((module: AnyFeatureModule) => [...(module.entities ?? [])]);
