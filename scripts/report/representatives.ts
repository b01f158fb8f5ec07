/**
 * The pages the report measures: one per kind of page and language, so the
 * table stays short while the site grows. Reading pages (a language's start
 * page is one too): the heaviest HTML of the language (the worst case). Widget pages: one per distinct set of
 * widgets (each widget's own guidance page, and the self-check page), the
 * heaviest in JavaScript where two pages share a set.
 */
import { classifyPage, kindLabel, listHtmlFiles, readPage, type PageInfo } from './page-kinds.ts';
import { pageWeight, parseHtml, type PageWeight } from './page-weight.ts';

export interface MeasuredPage extends PageInfo {
  label: string;
  weight: PageWeight;
  /** How many built pages this one stands for. */
  standsFor: number;
}

const KIND_ORDER = ['start', 'home', 'reading', 'widget', 'search', 'rules', 'not-found'];
const rank = (p: MeasuredPage) => {
  const i = KIND_ORDER.indexOf(p.kind);
  return i < 0 ? KIND_ORDER.length : i;
};

export function allPages(dist: string): MeasuredPage[] {
  return listHtmlFiles(dist).map(({ url, file }) => {
    const html = readPage(dist, file);
    const doc = parseHtml(html);
    const info = classifyPage(url, file, doc);
    return { ...info, label: kindLabel(info), weight: pageWeight(dist, url, html, doc), standsFor: 1 };
  });
}

export function representatives(pages: readonly MeasuredPage[]): MeasuredPage[] {
  const groups = new Map<string, MeasuredPage[]>();
  for (const p of pages) {
    const id = `${p.kind === 'home' ? 'reading' : p.label}\u0000${p.lang}`;
    groups.set(id, [...(groups.get(id) ?? []), p]);
  }
  const chosen = [...groups.values()].map((group) => {
    const heaviest = [...group].sort((a, b) =>
      a.kind === 'widget' ? b.weight.js.gzip - a.weight.js.gzip : b.weight.html.gzip - a.weight.html.gzip,
    )[0]!;
    return { ...heaviest, standsFor: group.length };
  });
  return chosen.sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label) || b.lang.localeCompare(a.lang));
}
