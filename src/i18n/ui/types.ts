/**
 * The shell's interface text (not the guidance, not the widgets). Both
 * languages implement this one shape, so a missing string is a type error.
 */
import type { ParameterKey } from '../../rules/params/index.ts';
import type { CheckName } from '../../rules/rule-definition.ts';
import type { RuleKey } from '../../rules/index.ts';
import type { SEED_FILES } from '../../rules/source.ts';
import type { Severity } from '../../rules/verdict.ts';

/** `howItWorks` ("Så fungerar det") or `programmePage` (the Atlas partnerskap page). */
export type SeedName = keyof typeof SEED_FILES;

export interface UiStrings {
  readonly siteName: string;
  /** Shown under the site name: what the site is, in a few words. */
  readonly tagline: string;
  readonly skipLink: string;
  readonly nav: { readonly label: string; readonly current: string };
  /** The header: main navigation (on every page), the menu that opens on demand, and display settings. */
  readonly header: {
    /** Name of the main navigation landmark. */
    readonly mainNavLabel: string;
    /** Link to the self-check page, worded as what the reader does there. */
    readonly selfCheck: string;
    readonly workshop: string;
    /** The menu's summary (search and the guide's pages on narrow screens). */
    readonly menu: string;
    /** Display settings on pages without script (CSS only): theme and presenter style. */
    readonly display: {
      readonly summary: string;
      readonly themeLegend: string;
      readonly system: string;
      readonly light: string;
      readonly dark: string;
      readonly present: string;
      /** Said once: without script the choice holds for this page only. */
      readonly note: string;
    };
    /** Printed under the page only: where it is on the web and which version (the build date) was printed. */
    readonly print: { readonly address: string; readonly version: string };
  };
  readonly language: {
    /** This language's own name ("Svenska"), used by the other language's switch. */
    readonly ownName: string;
    /** Label of the switch's region. */
    readonly switchLabel: string;
    /** Said when a page has no version in this language and the switch leads to the start page. */
    readonly missingPair: string;
  };
  readonly search: {
    readonly label: string;
    readonly button: string;
    readonly pageTitle: string;
    readonly pageDescription: string;
    readonly intro: string;
    readonly resultsHeading: string;
    readonly searching: string;
    /** `{query}` is replaced by the reader's words (as text, never markup). */
    readonly noResults: string;
    readonly oneResult: string;
    /** `{count}`, `{query}`. */
    readonly manyResults: string;
    readonly failed: string;
    readonly needsScript: string;
  };
  readonly onThisPage: string;
  readonly pager: { readonly label: string; readonly previous: string; readonly next: string };
  readonly sources: {
    readonly heading: string;
    readonly intro: string;
    /** The facts beyond the two seed texts, said by where they come from. */
    readonly facts: string;
    /** How the guide marks a fact from a third-party summary. */
    readonly secondaryNote: string;
    readonly administratorLink: string;
  };
  readonly footer: { readonly disclaimer: string; readonly officialLink: string; readonly label: string };
  readonly notFound: { readonly title: string; readonly body: string; readonly home: string };
  readonly rulesPage: {
    readonly title: string;
    readonly description: string;
    readonly intro: string;
    readonly jsonLink: string;
    readonly parametersHeading: string;
    readonly value: string;
    readonly validFrom: string;
    /** `{date}`: the day the source was read. */
    readonly noStartDate: string;
    readonly validTo: string;
    readonly source: string;
    /** Caption of a quote from the administrator's text: `{source}`. */
    readonly seedSource: string;
    /** Caption of a fact beyond the seed texts: `{source}`. */
    readonly factsSource: string;
    /** Said under a source that is the guide's own reading or list. */
    readonly ours: string;
    readonly checkCurrentCall: string;
    readonly current: string;
    readonly earlier: string;
    readonly countries: string;
    readonly parameters: Readonly<Record<ParameterKey, string>>;
    readonly units: { readonly weeks: string; readonly perYear: string };
    /** A rule's name as the rules page heads it (the key stays in the id). */
    readonly ruleTitles: Readonly<Record<RuleKey, string>>;
    readonly catalogueHeading: string;
    readonly catalogueIntro: string;
    readonly checks: Readonly<Record<CheckName, string>>;
    readonly severity: string;
    readonly severities: Readonly<Record<Severity, string>>;
    readonly usesParameters: string;
    readonly noSourceProcedural: string;
    readonly graphHeading: string;
    readonly graphIntro: string;
    readonly leadsTo: string;
    readonly outcomesHeading: string;
    readonly programme: string;
    readonly outcomeRules: string;
    readonly firstQuestion: string;
    /** The day the page's marks apply to: `{date}`. */
    readonly asOfStatement: string;
    /** Why the page marks one day (it is static) and how to read another. */
    readonly asOfOtherDays: string;
    /** The form that opens the self-check on another day: its label, hint and button. */
    readonly asOfFormLabel: string;
    readonly asOfFormHint: string;
    readonly asOfFormSubmit: string;
    /** Label of the value in force on the page's day: `{date}`. */
    readonly inForceOn: string;
    /** Label of a value that starts after the page's day. */
    readonly later: string;
    /** Said where a parameter has no value in force on the page's day: `{date}`. */
    readonly noValueOn: string;
    readonly schemaLink: string;
    readonly changesLink: string;
    /** A period with an end: `{from}`, `{to}`. */
    readonly periodRange: string;
    /** A period without an end: `{from}`. */
    readonly periodOpen: string;
    /** A value without a start date, in a short list: `{date}` the day read. */
    readonly periodUndated: string;
    readonly usedBy: string;
    /** Each self-check by name, as the rules page lists who reports a rule. */
    readonly widgetNames: Readonly<Record<'project-type-quiz' | 'partner-checker' | 'co-financing', string>>;
    /** `{widget}` (its heading) on `{pages}`. */
    readonly usedByOn: string;
    readonly usedByNone: string;
    /** The tests of a self-check's "Why?" that apply the rule, by their plain names. */
    readonly testedAs: string;
    readonly valuesOfRule: string;
  };
  readonly changesPage: {
    readonly title: string;
    readonly description: string;
    readonly intro: string;
    readonly feedLink: string;
    readonly rulesLink: string;
    /** Entry heading: `{date}` the day the changes take effect. */
    readonly entryHeading: string;
    readonly kinds: Readonly<Record<'first-value' | 'changed' | 'source-changed' | 'ended', string>>;
    readonly periodsAffected: string;
    readonly before: string;
    readonly after: string;
    readonly noValue: string;
    readonly source: string;
    /** `{date}`: the day the guide recorded the change (its source was read). */
    readonly recordedOn: string;
    readonly undatedHeading: string;
    readonly undatedIntro: string;
    readonly none: string;
    /** The feed's subtitle. */
    readonly feedSubtitle: string;
    /** An entry's title in the feed: `{date}`, `{names}`. */
    readonly feedEntryTitle: string;
  };
  readonly home: { readonly title: string; readonly description: string; readonly choose: string; readonly defaultNote: string };
}
