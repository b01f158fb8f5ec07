/**
 * UI strings of the project-type quiz (nytt projekt, fördjupningsprojekt eller
 * ett annat program). The questions, answers, outcome names and programme
 * names live in src/i18n/terms (the build-time quiz map uses them too), and the
 * reasons in src/i18n/rules; these are the quiz's own words: its frame, the
 * hints under answers, the outcome headings and what an application must show.
 *
 * Every hint and "must show" line restates a sentence of the seeds
 * (000 "Så fungerar det"); no programme number is typed here.
 */
import type { AnswerId, OutcomeId, ProjectTypeRule, QuestionId } from '../../rules/index.ts';
import type { Locale } from '../locales.ts';

type AnswerHints = { readonly [Q in QuestionId]?: { readonly [A in AnswerId<Q>]?: string } };

export interface ProjectTypeQuizStrings {
  readonly heading: string;
  readonly intro: string;
  readonly noscriptHere: string;
  readonly noscriptElsewhere: string;
  readonly printedFrom: string;
  /** `{n}` of `{total}`-free progress: questions on the path so far. */
  readonly questionNumber: string;
  readonly continue: string;
  readonly back: string;
  readonly change: string;
  /** Visually hidden after "Change": which answer. */
  readonly changeWhat: string;
  readonly answersHeading: string;
  /** Inline and summary message when Continue is pressed with nothing chosen. */
  readonly chooseAnswer: string;
  /** Question hints where src/i18n/terms has none. */
  readonly questionHints: { readonly [Q in QuestionId]?: string };
  readonly answerHints: AnswerHints;
  /** The outcome as its heading says it. */
  readonly outcomeHeadings: Readonly<Record<OutcomeId, string>>;
  readonly whyHeading: string;
  readonly mustShowHeading: string;
  /**
   * What the application must then show, as a checklist, per finding that
   * demands something of the application (fördjupningsprojekt, earlier grant).
   */
  readonly mustShow: { readonly [R in ProjectTypeRule]?: readonly string[] };
  readonly nextHeading: string;
  /** For outcomes in another programme: `{programme}` is its name. */
  readonly otherProgramme: string;
  readonly administratorSite: string;
  readonly guidanceHeading: string;
  /** Polite announcement when the outcome appears: `{outcome}`. */
  readonly announceOutcome: string;
}

const sv: ProjectTypeQuizStrings = {
  heading: 'Nytt projekt, fördjupningsprojekt eller ett annat program?',
  intro:
    'Svara på några frågor, en i taget. Du får veta vilken sorts ansökan som passar er, varför, och vad ansökan då behöver visa.',
  noscriptHere: 'Frågorna behöver JavaScript. Reglerna som de bygger på står i texten på den här sidan.',
  noscriptElsewhere: 'Frågorna behöver JavaScript. Reglerna som de bygger på står på sidan',
  printedFrom: 'Utskrift från Atlasguiden:',
  questionNumber: 'Fråga {n}',
  continue: 'Fortsätt',
  back: 'Tillbaka',
  change: 'Ändra',
  changeWhat: 'svaret på frågan ”{question}”',
  answersHeading: 'Dina svar',
  chooseAnswer: 'Välj ett av svaren.',
  questionHints: {
    'placement-location': 'Norge, Island och Liechtenstein hör till ESS.',
    'same-partner': 'Det påverkar vilka frågor ni får besvara i ansökan.',
    'replacing-partner': 'Till exempel om er partner inte längre vill delta i projektet.',
  },
  answerHints: {
    activity: {
      exchange: 'Ett rent lärarutbyte eller ett lärar- och elevutbyte, som integreras i undervisningen under året.',
      'work-placement': 'APL-vistelse, arbetsplatsförlagt lärande, i företag eller andra organisationer.',
      'planning-visit': 'Ni vill först besöka en skola som kan bli er partner.',
    },
    'has-partner': { no: 'Ni letar fortfarande efter en partnerskola.' },
    'granted-before': {
      'only-atlas-planering': 'Ni har fått bidrag för en planeringsresa, men inte för ett partnerskap.',
    },
    'replacing-partner': {
      yes: 'Partnern i ett beviljat projekt har hoppat av och ni vill fortsätta med en annan skola.',
    },
  },
  outcomeHeadings: {
    'new-project': 'Ni söker som ett nytt projekt',
    'deepening-project': 'Ni söker som ett fördjupningsprojekt',
    'atlas-praktik': 'Det här passar Atlas praktik, inte Atlas partnerskap',
    'atlas-planering': 'Det här passar Atlas planering, inte Atlas partnerskap',
    'erasmus-nordplus': 'Det här passar Erasmus+ eller Nordplus, inte Atlas partnerskap',
    'apply-anew-new-country': 'Ni behöver ansöka på nytt, med ett nytt land',
  },
  whyHeading: 'Varför',
  mustShowHeading: 'Det här behöver ansökan visa',
  mustShow: {
    'project-type.deepening-must-show': [
      'Hur projektet har utvecklats.',
      'Hur samarbetet ska kunna fortsätta långsiktigt.',
      'Att utvecklingen av projektet bygger på lärdomar från det tidigare samarbetet.',
    ],
    'project-type.state-earlier-grant': ['Om ni tidigare har beviljats bidrag för ett Atlas partnerskap med samma partner.'],
  },
  nextHeading: 'Nästa steg',
  otherProgramme: 'Läs om {programme} på förvaltarens webbplats:',
  administratorSite: 'utbyten.se',
  guidanceHeading: 'Läs mer i vägledningen',
  announceOutcome: 'Resultat: {outcome}',
};

const en: ProjectTypeQuizStrings = {
  heading: 'New project, deepening project or another programme?',
  intro:
    'Answer a few questions, one at a time. You will find out which kind of application fits you, why, and what the application must then show.',
  noscriptHere: 'The questions need JavaScript. The rules they rest on are stated in the text of this page.',
  noscriptElsewhere: 'The questions need JavaScript. The rules they rest on are stated on the page',
  printedFrom: 'Printed from Atlasguiden:',
  questionNumber: 'Question {n}',
  continue: 'Continue',
  back: 'Back',
  change: 'Change',
  changeWhat: 'your answer to “{question}”',
  answersHeading: 'Your answers',
  chooseAnswer: 'Choose one of the answers.',
  questionHints: {
    'placement-location': 'Norway, Iceland and Liechtenstein belong to the EEA.',
    'same-partner': 'It affects which questions you are asked in the application.',
    'replacing-partner': 'For example, if your partner no longer wishes to take part in the project.',
  },
  answerHints: {
    activity: {
      exchange: 'A teacher exchange or a teacher and pupil exchange, built into teaching during the year.',
      'work-placement': 'A work placement (APL, arbetsplatsförlagt lärande) in companies or other organisations.',
      'planning-visit': 'You first want to visit a school that may become your partner.',
    },
    'has-partner': { no: 'You are still looking for a partner school.' },
    'granted-before': {
      'only-atlas-planering': 'You have had a grant for a planning trip, but not for a partnership.',
    },
    'replacing-partner': {
      yes: 'The partner in a granted project has left and you want to go on with another school.',
    },
  },
  outcomeHeadings: {
    'new-project': 'You apply as a new project (nytt projekt)',
    'deepening-project': 'You apply as a deepening project (fördjupningsprojekt)',
    'atlas-praktik': 'This fits Atlas praktik, not Atlas partnerskap',
    'atlas-planering': 'This fits Atlas planering, not Atlas partnerskap',
    'erasmus-nordplus': 'This fits Erasmus+ or Nordplus, not Atlas partnerskap',
    'apply-anew-new-country': 'You need to apply anew, with a new country',
  },
  whyHeading: 'Why',
  mustShowHeading: 'What the application must show',
  mustShow: {
    'project-type.deepening-must-show': [
      'How the project has developed.',
      'How the cooperation can continue in the long term.',
      'That the development of the project builds on lessons learned from the earlier cooperation.',
    ],
    'project-type.state-earlier-grant': [
      'Whether you have been granted funding for an Atlas partnership with the same partner before.',
    ],
  },
  nextHeading: 'Next step',
  otherProgramme: "Read about {programme} on the administrator's website:",
  administratorSite: 'utbyten.se',
  guidanceHeading: 'Read more in the guidance',
  announceOutcome: 'Result: {outcome}',
};

export const projectTypeQuizStrings: Readonly<Record<Locale, ProjectTypeQuizStrings>> = { sv, en };
