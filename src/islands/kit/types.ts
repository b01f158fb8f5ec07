import type { Locale } from '../../i18n/locales.ts';

/**
 * What every widget island takes: the page's language, and optionally a state
 * to start from (a workshop preset, a test). Without `initial` the island reads
 * its state from the URL.
 */
export interface WidgetProps<State> {
  readonly locale: Locale;
  readonly initial?: Partial<State>;
}

/** One problem with one field, as the error summary and the field show it. */
export interface FieldProblem {
  /** The id of the input (or of a group's first input) the summary links to. */
  readonly fieldId: string;
  readonly message: string;
}
