/**
 * Which self-check reports a check's rules, and on which pages a reader finds
 * it: the guidance pages that declare the widget in their frontmatter, and the
 * self-check page that holds all three. Read from the content and the route
 * registry, so a widget moved to another page moves here too.
 */
import type { Locale } from '../../i18n/locales.ts';
import { ui } from '../../i18n/ui/index.ts';
import type { CheckName } from '../../rules/index.ts';
import { entryFor, findRoute, getRoutes } from '../../routing/registry.ts';
import type { WidgetName } from '../widgets/widget-names.ts';

export const WIDGET_OF_CHECK: Readonly<Record<CheckName, WidgetName>> = {
  'project-type': 'project-type-quiz',
  'co-financing': 'co-financing',
  partnership: 'partner-checker',
};

export interface WidgetUse {
  readonly widget: WidgetName;
  /** The self-check's name on the rules page. */
  readonly heading: string;
  readonly pages: readonly { readonly url: string; readonly title: string }[];
}

export async function widgetUses(locale: Locale): Promise<Record<CheckName, WidgetUse>> {
  const routes = await getRoutes();
  const guides = routes.filter((r) => r.kind === 'guide' && r.locale === locale);
  const declared = await Promise.all(guides.map(async (route) => ({ route, widgets: (await entryFor(route)).data.widgets })));
  const selfCheck = findRoute(routes, 'self-check', locale);
  const uses = (Object.keys(WIDGET_OF_CHECK) as CheckName[]).map((check) => {
    const widget = WIDGET_OF_CHECK[check];
    const pages = declared.filter((d) => d.widgets.includes(widget)).map((d) => ({ url: d.route.url, title: d.route.navTitle }));
    return [check, { widget, heading: ui(locale).rulesPage.widgetNames[widget], pages: selfCheck ? [...pages, { url: selfCheck.url, title: selfCheck.title }] : pages }];
  });
  return Object.fromEntries(uses) as Record<CheckName, WidgetUse>;
}
