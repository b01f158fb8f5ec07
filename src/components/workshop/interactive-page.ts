/**
 * Which pages carry the page tools (theme toggle, presenter view) and their
 * boot script: only pages that run JavaScript anyway — a guidance page whose
 * frontmatter declares a widget, and the self-check and workshop pages. Every other page
 * ships no script at all (docs/adr: theme toggle where JS already runs).
 * A guidance page says which widgets it holds in its frontmatter (`widgets`).
 */
import type { Locale } from '../../i18n/locales.ts';
import { entryFor, findRoute, getRoutes } from '../../routing/registry.ts';

/** Extra pages (no MDX) whose own page file puts widgets or presets on them. */
const INTERACTIVE_EXTRA_PAGES: ReadonlySet<string> = new Set(['self-check', 'workshop']);

export async function isInteractivePage(pageKey: string | undefined, locale: Locale): Promise<boolean> {
  if (!pageKey) return false;
  if (INTERACTIVE_EXTRA_PAGES.has(pageKey)) return true;
  const route = findRoute(await getRoutes(), pageKey, locale);
  if (!route || route.kind !== 'guide') return false;
  return (await entryFor(route)).data.widgets.length > 0;
}
