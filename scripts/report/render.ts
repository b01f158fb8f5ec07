/** The report as Markdown: figures in tables, how they were taken underneath. */
import type { Report } from './main.ts';
import { kB, seconds } from './stats.ts';

const pair = (b: { raw: number; gzip: number }) => (b.raw === 0 ? '0' : `${kB(b.raw)} / ${kB(b.gzip)}`);
const score = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : String(n));
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function renderMarkdown(r: Report): string {
  const out: string[] = [];
  out.push('# Atlasguiden quality report', '');
  out.push(
    `${r.createdAt} · commit ${r.commit} · served by ${r.server} · ${r.chromium} · ${r.runs} run(s) where timed · report took ${seconds(r.elapsedMs)}`,
    '',
  );

  out.push('## Build', '');
  if (r.buildMedianMs) {
    out.push(
      table(
        ['run', 'astro build', 'pagefind', 'service worker', 'total'],
        [
          ...r.builds.map((b, i) => [String(i + 1), seconds(b.astroMs), seconds(b.pagefindMs), seconds(b.serviceWorkerMs), seconds(b.totalMs)]),
          ['**median**', seconds(r.buildMedianMs.astro), seconds(r.buildMedianMs.pagefind), seconds(r.buildMedianMs.serviceWorker), `**${seconds(r.buildMedianMs.total)}**`],
        ],
      ),
      '',
      `${r.pagesBuilt} HTML pages built.`,
      '',
    );
  } else out.push(`Not built by this run (--no-build). ${r.pagesBuilt} HTML pages in the folder.`, '');

  out.push('## Pages', '');
  out.push(
    table(
      ['page', 'kind', 'lang', 'HTML raw / gzip', 'CSS raw / gzip', 'JS raw / gzip', 'JS on use (gzip)', 'requests', 'transferred', 'perf', 'a11y', 'best pr.', 'SEO'],
      r.rows.map(({ page, requests, scores }) => [
        `\`${page.url}\`${page.standsFor > 1 ? ` (1 of ${page.standsFor})` : ''}`,
        page.label,
        page.lang,
        pair(page.weight.html),
        pair(page.weight.css),
        pair(page.weight.js),
        page.weight.lazyJs.gzip === 0 ? '0' : kB(page.weight.lazyJs.gzip),
        String(requests.requests),
        kB(requests.transferBytes),
        score(scores?.performance),
        score(scores?.accessibility),
        score(scores?.bestPractices),
        score(scores?.seo),
      ]),
    ),
    '',
  );
  const perfRuns = r.rows.filter((row) => row.scores && row.scores.performanceRuns.length > 1);
  if (perfRuns.length > 0) {
    out.push(`Performance runs (median shown above): ${perfRuns.map((row) => `\`${row.page.url}\` ${row.scores!.performanceRuns.join('/')}`).join(' · ')}`, '');
  }
  const failedAudits = r.rows.filter((row) => (row.scores?.failedAudits.length ?? 0) > 0);
  if (failedAudits.length > 0) {
    out.push('Lighthouse audits below 1 (first run):', '');
    for (const row of failedAudits) out.push(`- \`${row.page.url}\`: ${row.scores!.failedAudits.join(', ')}`);
    if (failedAudits.some((row) => row.page.kind === 'not-found' && row.scores!.failedAudits.some((a) => a.startsWith('is-crawlable')))) {
      out.push('', 'The 404 page is `noindex` on purpose, so its SEO score counts "is-crawlable" as failed.');
    }
    out.push('');
  }
  const failedRequests = r.rows.filter((row) => row.requests.failed.length > 0);
  if (failedRequests.length > 0) {
    out.push('Failed requests:', '');
    for (const row of failedRequests) out.push(`- \`${row.page.url}\`: ${row.requests.failed.join(', ')}`);
    out.push('');
  }

  out.push('## Search (Pagefind)', '');
  out.push(
    table(
      ['language', 'index files', 'index size', 'of which: meta', 'word index', 'fragments', 'WebAssembly'],
      r.pagefind.languages.map((l) => [l.lang, String(l.files), kB(l.bytes), kB(l.meta), kB(l.index), kB(l.fragments), kB(l.wasm)]),
    ),
    '',
    `Shared by both languages: ${r.pagefind.shared.map((s) => `${s.file} ${kB(s.bytes)}`).join(', ')}.`,
    '',
  );
  if (r.search.length > 0) {
    out.push(
      table(
        ['search page', 'first query', 'results', 'requests to /pagefind/', 'transferred', 'decoded'],
        r.search.map((s) => [`\`${s.url}\``, `“${s.query}”`, String(s.results), String(s.requests), kB(s.transferBytes), kB(s.bodyBytes)]),
      ),
      '',
    );
  }

  out.push('## Offline (service worker)', '');
  out.push(
    table(
      ['precached', 'files', 'as stored', 'gzip, as served'],
      [...r.precache.groups, r.precache.total].map((g) => [g.group === 'total' ? '**total**' : g.group === 'shared' ? 'scripts, styles, search, icons' : `pages (${g.group})`, String(g.files), kB(g.bytes), kB(g.gzip)]),
    ),
    '',
    `Cache \`${r.precache.cacheId}\`. The worker itself (sw.js, fetched again on every visit, not cached): ${kB(r.precache.worker.bytes)}, ${kB(r.precache.worker.gzip)} gzip.`,
    '',
  );

  out.push(
    '## How these figures are taken',
    '',
    '- HTML, CSS, JS: from the built files (scripts/report/page-weight.ts, the same counting as the budget tests); gzip level 6; kB = 1000 B. JS counts inline scripts, island component and renderer modules and their static imports; "JS on use" is reachable only by dynamic import.',
    '- Requests and transferred bytes: Chromium (playwright-core), fresh context per page (empty cache), every island scrolled into view and hydrated, network idle; encoded body sizes.',
    '- Lighthouse 13 (mobile, simulated throttling), offline against the local server; performance is the median of the runs, the other scores come from the first run.',
    '- Build: `astro build`, `pagefind` and the service worker into reports/dist, median of the runs; Astro\'s cache kept between runs.',
    '- Search: the search page\'s form submitted once; every request under /pagefind/ it caused.',
    '- Offline: the files of offline.json (the list sw.js precaches after one visit), from the built files; gzip level 6.',
    '',
  );
  return out.join('\n');
}
