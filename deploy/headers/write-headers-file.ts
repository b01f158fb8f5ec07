/**
 * Writes public/_headers from deploy/headers/site-headers.ts (Astro copies it
 * into the build). Run it after changing the headers; a site test compares
 * the file with the module, so the two cannot drift.
 *
 * Usage: npx node deploy/headers/write-headers-file.ts
 */
import { writeFileSync } from 'node:fs';
import { headersFile } from './site-headers.ts';

writeFileSync(new URL('../../public/_headers', import.meta.url), headersFile());
