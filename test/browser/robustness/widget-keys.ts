/**
 * The query keys the widgets read, taken from the widgets' own key tables so
 * the list follows them: the calculator's fields (`c-…`), the partner
 * checker's URL parsers (`p-…`), the quiz's questions (`q-…`). A page may add
 * more at run time (names of the form controls inside its islands).
 */
import { FIELD_NAMES, PREFIX as CALCULATOR } from '../../../src/islands/co-financing/fields.ts';
import { URL_PARSERS, URL_PREFIX as PARTNERS } from '../../../src/islands/partner-checker/url-codec.ts';
import { URL_PREFIX as QUIZ } from '../../../src/islands/project-type-quiz/answers.ts';
import { QUESTION_IDS } from '../../../src/rules/index.ts';

export const WIDGET_PREFIXES: readonly string[] = [QUIZ, CALCULATOR, PARTNERS];

export const KNOWN_KEYS: readonly string[] = [
  ...QUESTION_IDS.map((q) => `${QUIZ}-${q}`),
  ...FIELD_NAMES.map((f) => `${CALCULATOR}-${f}`),
  ...Object.keys(URL_PARSERS).map((k) => `${PARTNERS}-${k}`),
];

/** Keys nobody reads: under each prefix, and outside them (incl. the shell's search key). */
export const UNKNOWN_KEYS: readonly string[] = [...WIDGET_PREFIXES.map((p) => `${p}-unknown`), 'x', 'q', 'utm_source'];
