/**
 * Runs the reader's query against Pagefind and lists the results. Everything
 * the reader typed or the index returned is written as text (never as markup),
 * except Pagefind's <mark> highlights, which are rebuilt as elements.
 */
import { excerptNodes } from './excerpt.ts';
import { readQuery } from './query.ts';
import { registerWorker } from '../../islands/offline/register-worker.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

/** Built by `pagefind --site …` after Astro; not part of the Vite bundle. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 20;

let pagefindOnce: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefindOnce ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>).then(async (api) => {
    await api.options({ excerptLength: 24 });
    await api.init();
    return api;
  });
  return pagefindOnce;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** Only site-relative result links: a result can never point elsewhere. */
const isSitePath = (url: string) => url.startsWith('/') && !url.startsWith('//');

export function startSearchPage(): void {
  // The search page runs script anyway: it saves the guide for offline use too (src/offline).
  void registerWorker();
  const section = document.querySelector<HTMLElement>('[data-search-results]');
  const form = document.querySelector<HTMLFormElement>('.search-page [data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = section?.querySelector<HTMLElement>('[data-search-status]');
  const list = section?.querySelector<HTMLOListElement>('[data-search-list]');
  if (!section || !form || !input || !status || !list) return;
  const text = (name: string) => section.dataset[name] ?? '';

  // data-search-state (idle | searching | done | failed) and data-result-count let tests wait on the outcome.
  const setState = (state: string, count?: number) => {
    section.dataset['searchState'] = state;
    if (count === undefined) delete section.dataset['resultCount'];
    else section.dataset['resultCount'] = String(count);
  };

  let generation = 0;
  async function run(query: string): Promise<void> {
    const mine = ++generation;
    list!.replaceChildren();
    if (query === '') {
      status!.textContent = '';
      setState('idle');
      return;
    }
    setState('searching');
    status!.textContent = text('textSearching');
    try {
      const pagefind = await loadPagefind();
      const found = await pagefind.search(query);
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (mine !== generation) return;
      const items = data.filter((d) => isSitePath(d.url)).map(resultItem);
      list!.replaceChildren(...items);
      const count = items.length;
      const template = count === 0 ? text('textNone') : count === 1 ? text('textOne') : text('textMany');
      status!.textContent = fill(template, { query, count: String(count) });
      setState('done', count);
    } catch {
      if (mine !== generation) return;
      status!.textContent = text('textFailed');
      setState('failed');
    }
  }

  // Search in place on submit, keeping the address shareable (?q=…) and Back working.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = readQuery(input.value);
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.pushState(null, '', url);
    void run(query);
  });
  window.addEventListener('popstate', () => {
    const query = readQuery(new URLSearchParams(location.search).get('q'));
    input.value = query;
    void run(query);
  });

  const initial = readQuery(new URLSearchParams(location.search).get('q'));
  input.value = initial;
  void run(initial);
}

function resultItem(result: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(result.excerpt));
  li.append(link, excerpt);
  return li;
}
