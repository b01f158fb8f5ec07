/** Swedish names of the rules' term keys, in the administrator's terms. */
import type { Terms } from './types.ts';

/** Zone names inside a sentence, and input rows by name: the rule messages use these (their own export, so a widget's words need nothing else of the terms). */
export const zonesInTextSv: Terms['zonesInText'] = {
  europeOutsideEuEea: 'partnerländer i Europa utanför EU/ESS',
  restOfWorld: 'partnerländer i övriga världen',
};

export const rowsSv: Terms['rows'] = {
  applicant: 'er egen skola',
  swedishSchool: 'svensk skola {n}',
  foreignSchool: 'partnerskola {n} utomlands',
};

export const termsSv: Terms = {
  schoolLevels: {
    preschool: 'Förskola',
    compulsory: 'Grundskola eller motsvarande',
    'upper-secondary': 'Gymnasieskola',
    'adult-upper-secondary': 'Vuxenutbildning upp till gymnasial nivå (komvux)',
    'higher-education': 'Högskola eller universitet',
    'no-formal-education': 'Ingen formell utbildning (till exempel en förening eller ett företag)',
  },
  exchangeTypes: {
    'teachers-only': 'Rent lärarutbyte',
    'teachers-and-pupils': 'Lärar- och elevutbyte',
  },
  applicants: {
    preschool: 'Förskolor',
    school: 'Skolor',
    'adult-education': 'Organisationer inom vuxenutbildningen',
  },
  zones: {
    europeOutsideEuEea: 'Europa utanför EU/ESS',
    restOfWorld: 'Övriga världen',
  },
  zonesInText: zonesInTextSv,
  programmes: {
    'atlas-partnerskap': 'Atlas partnerskap',
    'atlas-praktik': 'Atlas praktik',
    'atlas-planering': 'Atlas planering',
    'erasmus-plus-nordplus': 'Erasmus+ eller Nordplus',
  },
  outcomes: {
    'new-project': 'Nytt projekt',
    'deepening-project': 'Fördjupningsprojekt',
    'atlas-praktik': 'Atlas praktik',
    'atlas-planering': 'Atlas planering',
    'erasmus-nordplus': 'Erasmus+ eller Nordplus',
    'apply-anew-new-country': 'Ansök på nytt, med ett nytt land',
  },
  questions: {
    activity: { text: 'Vad vill er skola göra?' },
    'placement-location': { text: 'Var ska APL-vistelsen vara?' },
    'has-partner': { text: 'Har ni redan en partnerskola utomlands?' },
    'partner-location': {
      text: 'Var ligger partnerskolan?',
      hint: 'Norge, Island och Liechtenstein hör till ESS. Schweiz och Storbritannien ligger utanför både EU och ESS.',
    },
    'granted-before': { text: 'Har er skolenhet tidigare beviljats medel inom Atlas partnerskap?' },
    'same-partner': { text: 'Gällde det ett partnerskap med samma partnerskola som nu?' },
    'replacing-partner': {
      text: 'Ska den nya partnerskolan ersätta en partner som har lämnat ett projekt ni driver nu?',
    },
  },
  answers: {
    activity: {
      exchange: 'Ett utbyte med en partnerskola utomlands, för lärare eller för lärare och elever',
      'work-placement': 'APL för elever i företag eller andra organisationer utomlands',
      'planning-visit': 'Ett planeringsbesök hos en tänkbar partnerskola',
    },
    'placement-location': {
      'outside-eu-eea': 'Utanför EU/ESS',
      'inside-eu-eea': 'Inom EU/ESS',
    },
    'has-partner': { yes: 'Ja', no: 'Nej, inte ännu' },
    'partner-location': {
      'outside-eu-eea': 'Utanför EU/ESS',
      'inside-eu-eea': 'Inom EU/ESS',
    },
    'granted-before': {
      no: 'Nej',
      'only-atlas-planering': 'Nej, men vi har gjort en planeringsresa inom Atlas planering',
      yes: 'Ja',
    },
    'same-partner': { yes: 'Ja, samma partnerskola', no: 'Nej, en annan partnerskola' },
    'replacing-partner': {
      yes: 'Ja, den ska ta över i det pågående projektet',
      no: 'Nej, det blir ett eget, nytt partnerskap',
    },
  },
  rows: rowsSv,
};
