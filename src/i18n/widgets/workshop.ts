/**
 * Words of the workshop mode: the workshop page (/sv/workshop/, /en/workshop/)
 * with its preset examples and handout, the page tools on pages that run
 * JavaScript (theme toggle, presenter view with Reset and Next example), and
 * the quiz map (frågornas karta). Question, answer and outcome names come from
 * src/i18n/terms and the quiz's own strings, not from here. `{name}`
 * placeholders are filled with fill() from src/islands/kit/fill.ts.
 */
import type { Locale } from '../locales.ts';

/** The three widgets a preset can open, by the name their wrappers carry in `data-widget-wrapper`. */
export type PresetWidget = 'project-type-quiz' | 'partner-checker' | 'co-financing';

const sv = {
  title: 'Workshop',
  description:
    'Färdiga exempel för den som visar Atlasguiden för en grupp: varje exempel öppnar rätt kontroll med svaren ifyllda och resultatet synligt.',
  heading: 'Workshop: exempel att visa',
  intro:
    'Här finns färdiga exempel för den som visar reglerna för en grupp. Varje exempel öppnar rätt kontroll med svaren redan ifyllda och resultatet synligt, så att ingen behöver skriva inför publik.',
  howTo:
    'Slå på presentationsläget för större text och högre kontrast. I presentationsläget går du till nästa exempel med högerpil eller Page Down och tillbaka med vänsterpil eller Page Up, utom när du står i ett formulärfält.',
  siteAddress: 'Webbplatsens adress: {url}. Exemplen fungerar också utan nätverk, se Installera nedan.',
  groupsLabel: 'Exemplen',
  'group.project-type-quiz': 'Nytt projekt, fördjupning eller ett annat program',
  'group.partner-checker': 'Projektets uppbyggnad: skolor, länder och deltagare',
  'group.co-financing': 'Egenfinansiering och schabloner',
  'widget.project-type-quiz': 'frågorna om projekttyp',
  'widget.partner-checker': 'kontrollen av partnerskolor',
  'widget.co-financing': 'kalkylen för egenfinansiering',
  /** `{widget}` is one of the widget names above. */
  opens: 'Öppnar {widget}.',
  expected: 'Resultat',
  /** A quiz example that ends in a kind of Atlas partnerskap project: `{outcome}`. */
  outcome: '{outcome}',
  /** A quiz example that sends the school on to another programme: `{programme}`. */
  routedTo: 'Leder vidare till {programme}',
  address: 'Adress',
  handoutHeading: 'Exempel från Atlasguiden',
  handoutNote: 'Öppna adressen för att se exemplet med svar och resultat.',
  // Page tools (on pages that run JavaScript)
  toolsLabel: 'Visning',
  darkTheme: 'Mörkt tema',
  presenterView: 'Presentationsläge',
  examplesLabel: 'Exempel',
  /** `{n}` of `{total}`. */
  counter: 'Exempel {n} av {total}',
  previous: 'Föregående exempel',
  next: 'Nästa exempel',
  reset: 'Återställ exemplet',
  allExamples: 'Alla exempel',
  // Quiz map
  mapHeading: 'Frågornas karta',
  mapIntro:
    'Så leder frågorna om projekttyp till ett utfall. Kartan är byggd direkt ur samma regler som frågorna använder.',
  mapDiagramLabel: 'Karta över frågorna och utfallen. Samma innehåll finns i text efter kartan.',
  mapTextHeading: 'Kartan i text',
  mapQuestion: 'Fråga {n}',
  mapOutcome: 'Utfall',
  /** Text version: an answer leads to question `{n}`. */
  mapToQuestion: 'vidare till fråga {n}',
  /** Text version: an answer leads to an outcome: `{outcome}`. */
  mapToOutcome: 'utfall: {outcome}',
  mapOutcomesHeading: 'Utfallen',
  mapProgramme: 'Program',
} as const;

export type WorkshopStrings = { readonly [K in keyof typeof sv]: string };

const en: WorkshopStrings = {
  title: 'Workshop',
  description:
    'Ready-made examples for presenting Atlasguiden to a group: each example opens the right check with the answers filled in and the result in view.',
  heading: 'Workshop: examples to show',
  intro:
    'Ready-made examples for anyone presenting the rules to a group. Each example opens the right check with the answers already filled in and the result in view, so nobody has to type in front of the audience.',
  howTo:
    'Turn on presenter view for larger type and higher contrast. In presenter view, Right arrow or Page Down goes to the next example and Left arrow or Page Up back, except while you are in a form field.',
  siteAddress: 'The site’s address: {url}. The examples work without a network too: see Install below.',
  groupsLabel: 'The examples',
  'group.project-type-quiz': 'New project, deepening project or another programme',
  'group.partner-checker': 'How the project is built: schools, countries and participants',
  'group.co-financing': 'Own contribution and flat rates',
  'widget.project-type-quiz': 'the project-type questions',
  'widget.partner-checker': 'the partner school check',
  'widget.co-financing': 'the own-contribution calculator',
  opens: 'Opens {widget}.',
  expected: 'Result',
  outcome: '{outcome}',
  routedTo: 'On to {programme}',
  address: 'Address',
  handoutHeading: 'Examples from Atlasguiden',
  handoutNote: 'Open the address to see the example with its answers and result.',
  toolsLabel: 'Display',
  darkTheme: 'Dark theme',
  presenterView: 'Presenter view',
  examplesLabel: 'Examples',
  counter: 'Example {n} of {total}',
  previous: 'Previous example',
  next: 'Next example',
  reset: 'Reset the example',
  allExamples: 'All examples',
  mapHeading: 'Map of the questions',
  mapIntro:
    'How the project-type questions lead to an outcome. The map is built straight from the same rules the questions use.',
  mapDiagramLabel: 'Map of the questions and outcomes. The same content follows the map as text.',
  mapTextHeading: 'The map as text',
  mapQuestion: 'Question {n}',
  mapOutcome: 'Outcome',
  mapToQuestion: 'on to question {n}',
  mapToOutcome: 'outcome: {outcome}',
  mapOutcomesHeading: 'The outcomes',
  mapProgramme: 'Programme',
};

export const workshopStrings: Readonly<Record<Locale, WorkshopStrings>> = { sv, en };
