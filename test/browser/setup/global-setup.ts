/**
 * Serves the built site (dist/, made by `npm run build`) with Astro's preview
 * server on a free loopback port, and hands its address to every browser test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../support/dist.ts';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST} is missing: run \`npm run build\` first (npm test does).`);
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  project.provide('baseURL', `http://127.0.0.1:${server.port}`);
  return async () => server.stop();
}
