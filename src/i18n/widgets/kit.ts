/**
 * Words the shared widget parts say in every widget: the error summary, the
 * verdict panel and its "Why?", "start again", the printed summary. A
 * widget's own words live in its own file beside this one; the form parts'
 * few words are in kit-form.ts (included here). The page hands a widget these
 * in its language as a prop (src/islands/kit/kit-words.ts); no island module
 * imports them. `{name}` placeholders are filled with `fill()` from
 * src/islands/kit/fill.ts.
 */
import type { Locale } from '../locales.ts';
import { kitFormStrings, type KitFormStrings } from './kit-form.ts';

const sv = {
  ...kitFormStrings.sv,
  answersHeading: 'Dina svar',
  printedOn: 'Utskrivet {date}',
  noAnswer: 'Inget svar',
  'verdict.eligible': 'Det stämmer med reglerna',
  'verdict.not-eligible': 'Det stämmer inte med reglerna',
  'verdict.needs-attention': 'Kontrollera det här',
  reason: 'Skäl',
  readMore: 'Läs mer i vägledningen',
  source: 'Källa',
  checkCurrentCall: 'Kontrollera i aktuell utlysning.',
  validFrom: 'gäller från {date}',
  why: 'Varför?',
  whyIntro: 'Varje regel som prövades, i ordning, med värdena den jämförde och texten den vilar på.',
  held: 'Stämmer.',
  notHeld: 'Stämmer inte.',
  rulesVersion: 'Reglernas version {version}, som de gäller {date}.',
  asOfLabel: 'Samma svar en annan dag',
  asOfHint: 'Svaren prövas mot reglerna som gällde den dagen. Lämna fältet tomt för sidans datum.',
  asOfApply: 'Visa för dagen',
  asOfBadInput: 'Skriv ett helt datum: år, månad och dag.',
} as const;

type KitStrings = { readonly [K in keyof typeof sv]: string } & KitFormStrings;

const en: KitStrings = {
  ...kitFormStrings.en,
  answersHeading: 'Your answers',
  printedOn: 'Printed {date}',
  noAnswer: 'No answer',
  'verdict.eligible': 'This meets the rules',
  'verdict.not-eligible': 'This does not meet the rules',
  'verdict.needs-attention': 'Check this',
  reason: 'Reason',
  readMore: 'Read more in the guidance',
  source: 'Source',
  checkCurrentCall: 'Check the current call.',
  validFrom: 'applies from {date}',
  why: 'Why?',
  whyIntro: 'Each rule that was tested, in order, with the values it compared and the text it rests on (in Swedish, as the administrator writes it).',
  held: 'Met.',
  notHeld: 'Not met.',
  rulesVersion: 'Rules version {version}, as in force on {date}.',
  asOfLabel: 'The same answers on another day',
  asOfHint: 'Your answers are checked against the rules in force on that day. Leave it empty for the page’s date.',
  asOfApply: 'Show for that day',
  asOfBadInput: 'Enter a whole date: year, month and day.',
};

export const kitStrings: Readonly<Record<Locale, KitStrings>> = { sv, en };
export type { KitStrings };
