import path from 'node:path';
import { repoRoot } from '../../config.js';

/** Where Concord serves the media bundled for the demo, so the demo needs no other host. */
export const DEMO_MEDIA_PATH = '/demo-media';

/** The bundled files: drawn by `scripts/generate-demo-media.mjs`, licensed as Concord is. */
export const DEMO_MEDIA_DIR = path.join(repoRoot, 'server', 'demo-media');

/** A bundled file's URL: a path on Concord's own server, whatever host it is reached by. */
export const demoMediaUrl = (file: string) => `${DEMO_MEDIA_PATH}/${file}`;
