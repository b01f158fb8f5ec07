/**
 * What Chromium really fetches, first visit, empty cache (a fresh browser
 * context per page): every request the page makes, including the ones that
 * only start when a widget scrolls into view, and the bytes on the wire
 * (encoded bodies, as the server sent them). And the cost of a first search:
 * the requests under /pagefind/ that one query on the search page triggers.
 */
import { chromium, type Browser, type Page, type Request } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface PageRequests {
  requests: number;
  /** Encoded response bodies, summed. */
  transferBytes: number;
  /** Requests that failed or answered 4xx/5xx (the 404 page's own document aside). */
  failed: string[];
}

export interface SearchCost {
  query: string;
  results: number;
  requests: number;
  transferBytes: number;
  /** Decoded sizes of the same responses. */
  bodyBytes: number;
  files: string[];
}

/** `extraArgs`: what the server asks for, e.g. trusting its loopback certificate. */
export async function openBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls a browser-side expression (page.waitForFunction would need eval, which the CSP refuses). */
async function until(page: Page, expression: string, timeout = 10_000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) return false;
    await pause(50);
  }
  return true;
}

async function sumSizes(requests: readonly Request[]): Promise<{ transfer: number; body: number }> {
  let transfer = 0;
  let body = 0;
  for (const request of requests) {
    const response = await request.response();
    if (!response) continue;
    transfer += (await request.sizes()).responseBodySize;
    body += (await response.body().catch(() => Buffer.alloc(0))).length;
  }
  return { transfer, body };
}

export async function measureRequests(browser: Browser, url: string, expectStatus = 200): Promise<PageRequests> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    const response = await page.goto(url, { waitUntil: 'load' });
    if (response?.status() !== expectStatus) throw new Error(`${url} answered ${response?.status()}`);
    // Bring every island into view (client:visible), then the end of the page.
    const islands = page.locator('astro-island');
    for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).scrollIntoViewIfNeeded();
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await until(page, 'document.querySelector("astro-island[ssr]") === null');
    await page.waitForLoadState('networkidle');
    const failed: string[] = [];
    for (const r of requests) {
      const res = await r.response();
      if (!res) failed.push(`${r.url()} (${r.failure()?.errorText ?? 'no response'})`);
      else if (res.status() >= 400 && r !== requests[0]) failed.push(`${r.url()} (${res.status()})`);
    }
    return { requests: requests.length, transferBytes: (await sumSizes(requests)).transfer, failed };
  } finally {
    await context.close();
  }
}

/** Loads the search page, runs one query through its form, and counts what Pagefind fetched. */
export async function measureFirstSearch(browser: Browser, url: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const requests: Request[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) requests.push(r);
    });
    const field = page.locator('.search-page input[name="q"]');
    await field.fill(query);
    await field.press('Enter');
    const found = await until(page, 'document.querySelector("[data-search-list] li") !== null', 15_000);
    await page.waitForLoadState('networkidle');
    await pause(300);
    if (!found) throw new Error(`A search for "${query}" on ${url} listed nothing`);
    const results = (await page.evaluate('document.querySelectorAll("[data-search-list] li").length')) as number;
    const sizes = await sumSizes(requests);
    return {
      query,
      results,
      requests: requests.length,
      transferBytes: sizes.transfer,
      bodyBytes: sizes.body,
      files: requests.map((r) => new URL(r.url()).pathname),
    };
  } finally {
    await context.close();
  }
}
