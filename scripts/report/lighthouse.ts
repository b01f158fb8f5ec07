/**
 * Lighthouse 13 scores for one page: performance as the median of `runs`
 * runs (it is a timing), accessibility, best practices and SEO from the first
 * run (they do not depend on timing). Lighthouse's defaults otherwise: mobile
 * form factor, simulated slow-4G throttling. Skipped: screenshots and the
 * back/forward-cache probe (weight 0 in every category; they only cost time),
 * and the quiet periods Lighthouse waits for before it stops recording are
 * 500 ms instead of 1 s (our pages have no late activity to miss; the scores
 * come from the simulated trace). One Chromium for all runs.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_PATH, CHROMIUM_ARGS } from './browser-measure.ts';
import { median } from './stats.ts';

export interface Scores {
  performance: number;
  /** Each run's performance score, in run order. */
  performanceRuns: number[];
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Audits that failed in the first run (score < 1 and weighted), for reading the report. */
  failedAudits: string[];
}

export interface LighthouseSession {
  score(url: string, runs: number): Promise<Scores>;
  close(): Promise<void>;
}

const FLAGS = {
  output: 'json' as const,
  logLevel: 'error' as const,
  disableFullPageScreenshot: true,
  skipAudits: ['bf-cache', 'screenshot-thumbnails', 'final-screenshot'],
  pauseAfterFcpMs: 500,
  pauseAfterLoadMs: 500,
  networkQuietThresholdMs: 500,
  cpuQuietThresholdMs: 500,
};

const percent = (score: number | null | undefined) => Math.round((score ?? Number.NaN) * 100);

export async function startLighthouse(extraArgs: readonly string[] = []): Promise<LighthouseSession> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: [...CHROMIUM_ARGS, ...extraArgs], logLevel: 'error' });
  const run = async (url: string, onlyCategories: string[]) => {
    // Trace recording sometimes fails on a busy machine (NO_NAVSTART, NO_FCP…);
    // Lighthouse itself says to run again, so a run gets three attempts.
    let problem = '';
    for (let attempt = 1; attempt <= 3; attempt++) {
      const result = await lighthouse(url, { ...FLAGS, port: chrome.port, onlyCategories });
      if (result && !result.lhr.runtimeError) return result.lhr;
      problem = result?.lhr.runtimeError ? `${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}` : 'no result';
    }
    throw new Error(`Lighthouse on ${url}, 3 attempts: ${problem}`);
  };
  return {
    async score(url, runs) {
      const first = await run(url, ['performance', 'accessibility', 'best-practices', 'seo']);
      const performanceRuns = [percent(first.categories['performance']?.score)];
      for (let i = 1; i < runs; i++) performanceRuns.push(percent((await run(url, ['performance'])).categories['performance']?.score));
      const weighted = new Set(
        Object.values(first.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)),
      );
      const failedAudits = Object.values(first.audits)
        .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
        .map((a) => `${a.id} (${a.score})`);
      return {
        performance: median(performanceRuns),
        performanceRuns,
        accessibility: percent(first.categories['accessibility']?.score),
        bestPractices: percent(first.categories['best-practices']?.score),
        seo: percent(first.categories['seo']?.score),
        failedAudits,
      };
    },
    async close() {
      chrome.kill();
    },
  };
}
