/**
 * UI strings of the partner checker (partnerskolor och projektets uppbyggnad).
 * Rule sentences live in src/i18n/rules; these are the form's own words.
 *
 * Templates use `{name}` placeholders (filled by the island or the page) rather than
 * functions, so a page can hand one language's strings to the island as plain
 * data. No programme number is typed here: where one is needed it comes in as a
 * placeholder from src/rules.
 */
import { INPUT_LIMITS } from '../../rules/limits.ts';
import type { ExchangeType } from '../../rules/partnership/schema.ts';
import type { SchoolLevel } from '../../rules/school-levels.ts';
import type { Locale } from '../locales.ts';
import { capitalise } from '../rules/read-params.ts';
import { rowName } from '../rules/row-name.ts';
import { terms } from '../terms/index.ts';

const sv = {
  heading: 'Kontrollera ert partnerskap',
  intro:
    'Fyll i hur ert projekt är uppbyggt. Du får veta om det stämmer med reglerna för Atlas partnerskap, med skälet och källan för varje svar.',
  noscript: 'Kontrollen behöver JavaScript. Reglerna som den bygger på står i texten på sidan',
  asOf: 'Kontrollen följer reglerna som gäller {date}.',
  noRulesOnDate: 'Guidens regler täcker inte {date}. Välj ett senare datum, eller ta bort datumet ur adressen.',
  printedFrom: 'Utskrift från Atlasguiden:',

  participantsLabel: 'Hur många deltagare har projektet?',
  participantsHint: 'Ange ett heltal, till exempel 12.',

  typeLegend: 'Vilken sorts utbyte är det?',
  typeHint: 'Ni väljer själva om det är ett rent lärarutbyte eller ett lärar- och elevutbyte.',

  swedishLegend: 'Skolor i Sverige',
  swedishHint: 'Er skola är den sökande. Lägg till de andra svenska skolor som har deltagare i utbytet.',
  addSwedish: 'Lägg till en svensk skola',

  foreignLegend: 'Skolor utomlands',
  foreignHint: 'Lägg till varje partnerskola i ett annat land som har deltagare i utbytet.',
  addForeign: 'Lägg till en skola utomlands',
  noForeignRows: 'Ingen skola utomlands är tillagd.',

  levelLabel: 'Utbildningsnivå',
  levelChoose: 'Välj nivå',
  countryLabel: 'Land',
  countryHint: 'Börja skriva landets namn och välj det i listan.',
  remove: 'Ta bort',
  rowCap: 'Formuläret tar inte fler skolor här.',
  removed: '{name} är borttagen.',

  visitsLegend: 'Planerar ni att använda bidraget till besök i Sverige?',
  visitsHint: 'Till exempel att bjuda in lärare eller elever från partnerskolan till er skola.',
  'visits.yes': 'Ja',
  'visits.no': 'Nej',

  submit: 'Kontrollera',

  'error.participants.missing': 'Ange antalet deltagare',
  'error.participants.not-a-number': 'Ange antalet deltagare som ett heltal, till exempel 12',
  'error.participants.negative': 'Antalet deltagare kan inte vara mindre än 0',
  'error.participants.too-large': 'Antalet deltagare är för stort för att kontrollera',
  'error.type.missing': 'Välj vilken sorts utbyte det är',
  'error.level.missing': 'Välj utbildningsnivå',
  'error.country.missing': 'Ange landet',
  'error.country.unknown': 'Välj ett land i listan',
  'error.visits.missing': 'Välj om ni planerar besök i Sverige',

  answerParticipants: 'Deltagare',
  answerType: 'Utbytet',
  answerSwedish: 'Skolor i Sverige',
  answerForeign: 'Skolor utomlands',
  answerVisits: 'Besök i Sverige med bidraget',
  answerNone: 'Inga',
} as const;

export type PartnerCheckerStrings = { readonly [K in keyof typeof sv]: string };

const en: PartnerCheckerStrings = {
  heading: 'Check your partnership',
  intro:
    'Fill in how your project is built. You will see whether it fits the rules of Atlas partnerskap (Atlas Partnership), with the reason and the source for each answer.',
  noscript: 'The check needs JavaScript. The rules it is built on are stated in the text of the page',
  asOf: 'The check follows the rules in force on {date}.',
  noRulesOnDate: 'The guide’s rules do not cover {date}. Choose a later date, or remove the date from the address.',
  printedFrom: 'Printed from Atlasguiden:',

  participantsLabel: 'How many participants does the project have?',
  participantsHint: 'Enter a whole number, like 12.',

  typeLegend: 'What kind of exchange is it?',
  typeHint: 'You decide whether it is a teacher exchange or a teacher and pupil exchange.',

  swedishLegend: 'Schools in Sweden',
  swedishHint: 'Your school is the applicant. Add the other Swedish schools that have participants in the exchange.',
  addSwedish: 'Add a Swedish school',

  foreignLegend: 'Schools abroad',
  foreignHint: 'Add each partner school in another country that has participants in the exchange.',
  addForeign: 'Add a school abroad',
  noForeignRows: 'No school abroad has been added.',

  levelLabel: 'Level of education',
  levelChoose: 'Choose a level',
  countryLabel: 'Country',
  countryHint: "Start typing the country's name and pick it from the list.",
  remove: 'Remove',
  rowCap: 'The form takes no more schools here.',
  removed: '{name} has been removed.',

  visitsLegend: 'Do you plan to use the grant for visits to Sweden?',
  visitsHint: 'For example, inviting teachers or pupils from the partner school to your school.',
  'visits.yes': 'Yes',
  'visits.no': 'No',

  submit: 'Check',

  'error.participants.missing': 'Enter the number of participants',
  'error.participants.not-a-number': 'Enter the number of participants as a whole number, like 12',
  'error.participants.negative': 'The number of participants cannot be less than 0',
  'error.participants.too-large': 'The number of participants is too large to check',
  'error.type.missing': 'Choose what kind of exchange it is',
  'error.level.missing': 'Choose the level of education',
  'error.country.missing': 'Enter the country',
  'error.country.unknown': 'Choose a country from the list',
  'error.visits.missing': 'Choose whether you plan visits to Sweden',

  answerParticipants: 'Participants',
  answerType: 'Exchange',
  answerSwedish: 'Schools in Sweden',
  answerForeign: 'Schools abroad',
  answerVisits: 'Visits to Sweden with the grant',
  answerNone: 'None',
};

export const partnerCheckerStrings: Record<Locale, PartnerCheckerStrings> = { sv, en };

/**
 * Everything the partner checker says, in one language: its own strings plus
 * the names it shares with the rule messages (school levels and exchange types
 * from the terms; each row's name as the findings' sentences say it). The page
 * builds it and hands it to the island as data, so the island's script carries
 * neither the other language nor the whole term list.
 */
export interface PartnerCheckerText extends PartnerCheckerStrings {
  readonly levels: Readonly<Record<SchoolLevel, string>>;
  readonly types: Readonly<Record<ExchangeType, string>>;
  /** Row names by index, as a legend says them ("Partnerskola 2 utomlands"). */
  readonly rows: { readonly swedish: readonly string[]; readonly foreign: readonly string[] };
}

export function partnerCheckerText(locale: Locale): PartnerCheckerText {
  const indexes = Array.from({ length: INPUT_LIMITS.maxSchoolsPerSide }, (_, i) => i);
  const names = (side: string) => indexes.map((i) => capitalise(rowName(`${side}.${i}`, locale)));
  return {
    ...partnerCheckerStrings[locale],
    levels: terms[locale].schoolLevels,
    types: terms[locale].exchangeTypes,
    rows: { swedish: names('swedishSchools'), foreign: names('foreignSchools') },
  };
}
