import type { KitStrings } from '../../i18n/widgets/kit.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { IsoDate } from '../../rules/parameter.ts';

/**
 * What every widget island takes (docs/adr/0006): the page's language and the
 * day whose rules apply — the page's date, which the page states beside the
 * widget, so the check and the figures the page shows cannot disagree.
 */
export interface WidgetProps {
  readonly locale: Locale;
  readonly asOf: IsoDate;
  /** The kit's words in the page's language (kitStrings[locale]), for the root's KitWords provider. */
  readonly kit: KitStrings;
}

/** One problem with one field, as the error summary and the field show it. */
export interface FieldProblem {
  /** The id of the input (or of a group's first input) the summary links to. */
  readonly fieldId: string;
  /** The field's label (or legend) as the form shows it: the summary names the field before the problem. */
  readonly label: string;
  readonly message: string;
}

/** A source as a widget's "Source:" line says it, and whether "check the current call" goes with it. */
export interface SourceLabel {
  readonly text: string;
  readonly checkCurrentCall: boolean;
}

/** A rule as its finding's "Source:" line and its "Why?" entries say it (the page works these out: ruleSources). */
export interface RuleSource extends SourceLabel {
  /** The seed sentences it rests on, verbatim (Swedish): the administrator's own words. */
  readonly quotes: readonly string[];
}

export type RuleSources = Readonly<Partial<Record<string, RuleSource>>>;
