/** The built site the site and browser tests read: dist/, or ATLAS_OUT_DIR when set. */
import { resolve } from 'node:path';

export const DIST = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
