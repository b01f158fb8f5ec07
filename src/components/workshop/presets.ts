/**
 * The workshop's preset examples: each is a fixture from src/rules/fixtures
 * (so its verdict is tested, not hoped), opened in the widget that checks it,
 * with the fixture's input in that widget's URL state and the preset's own id
 * under the key `w-preset` (Reset and Next example read it). The order here is
 * the order of the workshop page and of "Next example".
 */
import type { Locale } from '../../i18n/locales.ts';
import type { PresetWidget } from '../../i18n/widgets/workshop.ts';
import { presetSearch as coFinancingPresetSearch } from './co-financing-preset.ts';
import { withUrlState } from '../../islands/kit/url-state.ts';
import { coFinancingFixtures } from '../../rules/fixtures/co-financing.ts';
import type { Title } from '../../rules/fixtures/fixture.ts';
import { partnershipFixtures } from '../../rules/fixtures/partnership.ts';
import { projectTypeFixtures } from '../../rules/fixtures/project-type.ts';
import type { VerdictKind } from '../../rules/verdict.ts';
import { partnerPresetSearch } from './partner-preset.ts';
import { quizPresetSearch } from './quiz-preset.ts';

/** The workshop's own URL prefix: `w-preset=<id>`. */
export const WORKSHOP_PREFIX = 'w';

/** Where each widget stands: the guidance page that embeds it (registry key) and its heading's id. */
export const WIDGET_HOME: Readonly<Record<PresetWidget, { readonly pageKey: string; readonly anchor: string }>> = {
  'project-type-quiz': { pageKey: 'project-type', anchor: 'q-heading' },
  'partner-checker': { pageKey: 'project-structure', anchor: 'pc-heading' },
  'co-financing': { pageKey: 'economy', anchor: 'c-heading' },
};

/** Widgets in the order a school meets the questions: what kind of project, how it is built, the money. */
export const WIDGET_ORDER: readonly PresetWidget[] = ['project-type-quiz', 'partner-checker', 'co-financing'];

/** Which fixtures become presets, per widget, in the order they are shown. */
const CHOSEN: Readonly<Record<PresetWidget, readonly string[]>> = {
  'project-type-quiz': [
    'first-application-kenya',
    'same-partner-last-year',
    'partner-in-germany',
    'apl-outside-eu-eea',
    'partner-left-running-project',
  ],
  'partner-checker': [
    'kenya-upper-secondary',
    'three-swedish-four-abroad',
    'partner-in-germany',
    'switzerland-with-visits',
    'three-participants',
  ],
  'co-financing': ['worked-example-exactly-half', 'one-krona-short', 'short-needs-staff-hours'],
};

const ID_PREFIX: Readonly<Record<PresetWidget, string>> = {
  'project-type-quiz': 'q',
  'partner-checker': 'p',
  'co-financing': 'c',
};

export interface Preset {
  /** `<widget letter>-<fixture id>`, e.g. `p-kenya-upper-secondary`; stable, it is in handouts' URLs. */
  readonly id: string;
  readonly widget: PresetWidget;
  readonly fixtureId: string;
  readonly title: Title;
  /** The fixture's verdict kind: what the widget must show. */
  readonly expected: Exclude<VerdictKind, 'invalid'>;
  /** The fixture's rule keys (for tests). */
  readonly rules: readonly string[];
  /** The query string that opens the widget with the fixture's answers and names the preset. */
  readonly search: string;
}

interface AnyFixture {
  readonly id: string;
  readonly title: Title;
  readonly expected: { readonly kind: Exclude<VerdictKind, 'invalid'>; readonly rules: readonly string[] };
}

function find<F extends AnyFixture>(list: readonly F[], id: string, widget: PresetWidget): F {
  const hit = list.find((f) => f.id === id);
  // A renamed or removed fixture fails the build instead of leaving a dead preset.
  if (!hit) throw new Error(`Workshop preset: no ${widget} fixture "${id}" in src/rules/fixtures`);
  return hit;
}

function searchFor(widget: PresetWidget, fixtureId: string, locale: Locale): { fixture: AnyFixture; search: string } {
  switch (widget) {
    case 'project-type-quiz': {
      const f = find(projectTypeFixtures, fixtureId, widget);
      return { fixture: f, search: quizPresetSearch(f.input) };
    }
    case 'partner-checker': {
      const f = find(partnershipFixtures, fixtureId, widget);
      return { fixture: f, search: partnerPresetSearch(f.input, locale) };
    }
    case 'co-financing': {
      const f = find(coFinancingFixtures, fixtureId, widget);
      return { fixture: f, search: coFinancingPresetSearch(f.input) };
    }
  }
}

/** Every preset, in order, with its query string for `locale` (country names are in the page's language). */
export function presets(locale: Locale): Preset[] {
  return WIDGET_ORDER.flatMap((widget) =>
    CHOSEN[widget].map((fixtureId): Preset => {
      const id = `${ID_PREFIX[widget]}-${fixtureId}`;
      const { fixture, search } = searchFor(widget, fixtureId, locale);
      return {
        id,
        widget,
        fixtureId,
        title: fixture.title,
        expected: fixture.expected.kind,
        rules: fixture.expected.rules,
        search: withUrlState(WORKSHOP_PREFIX, { preset: id }, search),
      };
    }),
  );
}

/** A preset's site-relative URL, given the URL of the page a registry key names. */
export const presetHref = (preset: Preset, pageUrl: (key: string) => string): string => {
  const home = WIDGET_HOME[preset.widget];
  return `${pageUrl(home.pageKey)}${preset.search}#${home.anchor}`;
};
