/**
 * `npm run report`: build, serve, measure, print; write reports/report.json
 * and reports/report.md. See the README section "Quality report and security".
 *
 *   npm run report                      3 builds, 3 Lighthouse performance runs per page
 *   npm run report -- --runs 1          one of each (quicker, noisier)
 *   npm run report -- --no-build        measure the folder already built
 *   npm run report -- --no-lighthouse   weights, requests and search only
 *
 * Builds go to reports/dist (or REPORT_OUT_DIR), never to the shared dist/.
 * Served by deploy/nginx/atlasguiden.conf when Debian's nginx is installed
 * (what a deployment sends: gzip, headers), else by Astro's preview server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NGINX_BIN, startNginx } from '../../deploy/nginx/local-server.ts';
import { measureFirstSearch, measureRequests, openBrowser, CHROME_PATH, type PageRequests, type SearchCost } from './browser-measure.ts';
import { buildOnce, type BuildRun } from './build-timer.ts';
import { startLighthouse, type Scores } from './lighthouse.ts';
import { pagefindSizes } from './pagefind-size.ts';
import { precacheSize } from './precache-size.ts';
import { renderMarkdown } from './render.ts';
import { allPages, representatives, type MeasuredPage } from './representatives.ts';
import { median } from './stats.ts';

export interface ReportRow {
  page: MeasuredPage;
  requests: PageRequests;
  scores?: Scores;
}

export interface Report {
  createdAt: string;
  commit: string;
  server: string;
  chromium: string;
  runs: number;
  builds: BuildRun[];
  buildMedianMs: { astro: number; pagefind: number; serviceWorker: number; total: number } | null;
  pagesBuilt: number;
  rows: ReportRow[];
  pagefind: ReturnType<typeof pagefindSizes>;
  precache: ReturnType<typeof precacheSize>;
  search: (SearchCost & { lang: string; url: string })[];
  elapsedMs: number;
}

const SEARCH_QUERIES: Record<string, string> = { sv: 'egenfinansieringen', en: 'own contribution' };

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(name);
const say = (text: string) => process.stderr.write(`report: ${text}\n`);

/** A command's one-line answer (stdout or stderr: `nginx -v` uses the latter), or 'unknown'. */
const quiet = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() || 'unknown' : 'unknown';
};

/** `chromiumArgs`: flags the browsers need for this server (nginx: trust its self-signed loopback certificate). */
async function serve(dist: string): Promise<{ origin: string; name: string; chromiumArgs: readonly string[]; stop: () => Promise<void> }> {
  if (existsSync(NGINX_BIN)) {
    const server = await startNginx({ root: dist });
    return {
      origin: server.origin,
      name: `${quiet(NGINX_BIN, ['-v']).replace(/^nginx version: /, '')} with deploy/nginx/atlasguiden.conf (HTTPS, HTTP/2)`,
      chromiumArgs: server.chromiumArgs,
      stop: server.stop,
    };
  }
  // Astro's preview reads the output folder from astro.config.mjs, i.e. ATLAS_OUT_DIR.
  const { preview } = await import('astro');
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  return { origin: `http://127.0.0.1:${server.port}`, name: 'Astro preview (nginx not installed: no gzip, no headers)', chromiumArgs: [], stop: () => server.stop() };
}

export async function main(): Promise<void> {
  const started = performance.now();
  const runs = Math.max(1, Number.parseInt(option('--runs') ?? '3', 10) || 3);
  const dist = resolve(process.env.REPORT_OUT_DIR ?? 'reports/dist');
  const reportsDir = resolve('reports');
  process.env.ATLAS_OUT_DIR = dist;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';

  const builds: BuildRun[] = [];
  if (!flag('--no-build')) {
    for (let i = 0; i < runs; i++) {
      // A clean output folder each time; Astro's cache stays, as in daily work.
      rmSync(dist, { recursive: true, force: true });
      say(`build ${i + 1}/${runs} into ${dist} …`);
      const run = buildOnce(dist);
      say(`  astro ${(run.astroMs / 1000).toFixed(1)} s, pagefind ${(run.pagefindMs / 1000).toFixed(1)} s, service worker ${(run.serviceWorkerMs / 1000).toFixed(1)} s`);
      builds.push(run);
    }
  }
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no built site; run without --no-build`);

  const pages = allPages(dist);
  const chosen = representatives(pages);
  say(`${pages.length} pages built; measuring ${chosen.length} (one per kind and language)`);

  const server = await serve(dist);
  const rows: ReportRow[] = [];
  const search: Report['search'] = [];
  try {
    const browser = await openBrowser(server.chromiumArgs);
    try {
      for (const page of chosen) {
        say(`requests ${page.url}`);
        rows.push({ page, requests: await measureRequests(browser, `${server.origin}${page.url}`) });
      }
      for (const page of pages.filter((p) => p.kind === 'search')) {
        const query = SEARCH_QUERIES[page.lang];
        if (!query) continue;
        say(`first search on ${page.url}: "${query}"`);
        search.push({ lang: page.lang, url: page.url, ...(await measureFirstSearch(browser, `${server.origin}${page.url}`, query)) });
      }
    } finally {
      await browser.close();
    }

    if (!flag('--no-lighthouse')) {
      const lh = await startLighthouse(server.chromiumArgs);
      try {
        for (const row of rows) {
          say(`lighthouse ×${runs} ${row.page.url}`);
          row.scores = await lh.score(`${server.origin}${row.page.url}`, runs);
        }
      } finally {
        await lh.close();
      }
    }
  } finally {
    await server.stop();
  }

  const report: Report = {
    createdAt: new Date().toISOString(),
    commit: quiet('git', ['describe', '--always', '--dirty']),
    server: server.name,
    // Debian's chromium wrapper also prints shell noise on stderr: keep the version line.
    chromium: quiet(CHROME_PATH, ['--version']).split('\n').find((l) => /chromium/i.test(l) && /\d+\.\d+/.test(l))?.trim() ?? 'unknown',
    runs,
    builds,
    buildMedianMs:
      builds.length > 0
        ? {
            astro: median(builds.map((b) => b.astroMs)),
            pagefind: median(builds.map((b) => b.pagefindMs)),
            serviceWorker: median(builds.map((b) => b.serviceWorkerMs)),
            total: median(builds.map((b) => b.totalMs)),
          }
        : null,
    pagesBuilt: pages.length,
    rows,
    pagefind: pagefindSizes(dist),
    precache: precacheSize(dist),
    search,
    elapsedMs: performance.now() - started,
  };

  mkdirSync(reportsDir, { recursive: true });
  const markdown = renderMarkdown(report);
  writeFileSync(join(reportsDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(reportsDir, 'report.md'), markdown);
  process.stdout.write(markdown);
  say(`written: reports/report.md, reports/report.json (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
