/**
 * Builds the site into the report's own folder, as `npm run build` does
 * (astro build, then pagefind over the output and its unused UI files
 * dropped, then the offline service worker over all of it), timing each
 * step. Runs the tools' own binaries with the Node that runs the report, so
 * the figure is the build and not npm's start-up.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface BuildRun {
  astroMs: number;
  pagefindMs: number;
  serviceWorkerMs: number;
  totalMs: number;
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv): number {
  const start = performance.now();
  const result = spawnSync(join(resolve('node_modules/.bin'), bin), args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} failed (exit ${result.status}):\n${(result.stdout ?? '').slice(-4000)}\n${(result.stderr ?? '').slice(-4000)}`);
  }
  return ms;
}

export function buildOnce(outDir: string): BuildRun {
  const env = {
    ...process.env,
    ATLAS_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    // The binaries' `#!/usr/bin/env node` must find this Node (24), not an older one.
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
  };
  const astroMs = run('astro', ['build'], env);
  // Pagefind's step includes dropping its unused UI bundles, as `npm run build` does.
  const pagefindMs = run('pagefind', ['--site', outDir], env) + run('node', ['scripts/drop-pagefind-ui.mjs', outDir], env);
  const serviceWorkerMs = run('node', ['scripts/build/service-worker.mjs', outDir], env);
  return { astroMs, pagefindMs, serviceWorkerMs, totalMs: astroMs + pagefindMs + serviceWorkerMs };
}
