/**
 * The query keys the widgets read, taken from the widgets' own key tables so
 * the list follows them: the calculator's fields (`c-…`), the partner
 * checker's URL parsers (`p-…`), the quiz's questions (`q-…`), and the page
 * tools' presenter switch (`present`) and workshop preset (`w-preset`). A page
 * may add more at run time (names of the form controls inside its islands).
 */
import { FIELD_NAMES, PREFIX as CALCULATOR } from '../../../src/islands/co-financing/fields.ts';
import { urlParsers, URL_PREFIX as PARTNERS } from '../../../src/islands/partner-checker/url-codec.ts';
import { formChoices } from '../../../src/components/widgets/partner-checker/choices.ts';
import { URL_PREFIX as QUIZ } from '../../../src/islands/project-type-quiz/answers.ts';
import { QUESTION_IDS } from '../../../src/rules/index.ts';
import { WORKSHOP_PREFIX } from '../../../src/components/workshop/presets.ts';
import { PRESENT_PARAM } from '../../../src/islands/workshop/preferences.ts';

export const WIDGET_PREFIXES: readonly string[] = [QUIZ, CALCULATOR, PARTNERS, WORKSHOP_PREFIX];

export const KNOWN_KEYS: readonly string[] = [
  ...QUESTION_IDS.map((q) => `${QUIZ}-${q}`),
  ...FIELD_NAMES.map((f) => `${CALCULATOR}-${f}`),
  ...Object.keys(urlParsers(formChoices())).map((k) => `${PARTNERS}-${k}`),
  `${WORKSHOP_PREFIX}-preset`,
  PRESENT_PARAM,
];

/** Keys nobody reads: under each prefix, and outside them (incl. the shell's search key). */
export const UNKNOWN_KEYS: readonly string[] = [...WIDGET_PREFIXES.map((p) => `${p}-unknown`), 'x', 'q', 'utm_source'];
