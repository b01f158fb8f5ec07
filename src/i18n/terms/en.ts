/**
 * English names of the rules' term keys. The administrator's Swedish term
 * stands in brackets where the English is our translation of a term of art.
 */
import type { Terms } from './types.ts';

/** Zone names inside a sentence, and input rows by name: the rule messages use these (their own export, so a widget's words need nothing else of the terms). */
export const zonesInTextEn: Terms['zonesInText'] = {
  europeOutsideEuEea: 'partner countries in Europe outside the EU/EEA',
  restOfWorld: 'partner countries in the rest of the world',
};

export const rowsEn: Terms['rows'] = {
  applicant: 'your own school',
  swedishSchool: 'Swedish school {n}',
  foreignSchool: 'partner school {n} abroad',
};

export const termsEn: Terms = {
  schoolLevels: {
    preschool: 'Preschool (förskola)',
    compulsory: 'Compulsory school (grundskola) or equivalent',
    'upper-secondary': 'Upper-secondary school (gymnasieskola)',
    'adult-upper-secondary': 'Adult education up to upper-secondary level (komvux)',
    'higher-education': 'University or other higher education',
    'no-formal-education': 'No formal education (for example an association or a company)',
  },
  exchangeTypes: {
    'teachers-only': 'Teacher exchange (lärarutbyte)',
    'teachers-and-pupils': 'Teacher and pupil exchange (lärar- och elevutbyte)',
  },
  applicants: {
    preschool: 'Preschools',
    school: 'Schools',
    'adult-education': 'Organisations in adult education',
  },
  zones: {
    europeOutsideEuEea: 'Europe outside the EU/EEA',
    restOfWorld: 'Rest of the world',
  },
  zonesInText: zonesInTextEn,
  programmes: {
    'atlas-partnerskap': 'Atlas partnerskap',
    'atlas-praktik': 'Atlas praktik (work placement)',
    'atlas-planering': 'Atlas planering (planning visit)',
    'erasmus-plus-nordplus': 'Erasmus+ or Nordplus',
  },
  outcomes: {
    'new-project': 'New project (nytt projekt)',
    'deepening-project': 'Deepening project (fördjupningsprojekt)',
    'atlas-praktik': 'Atlas praktik (work placement)',
    'atlas-planering': 'Atlas planering (planning visit)',
    'erasmus-nordplus': 'Erasmus+ or Nordplus',
    'apply-anew-new-country': 'Apply anew, with a new country',
  },
  questions: {
    activity: { text: 'What does your school want to do?' },
    'placement-location': { text: 'Where would the work placement (APL) be?' },
    'has-partner': { text: 'Do you already have a partner school (partnerskola) abroad?' },
    'partner-location': {
      text: 'Where is the partner school?',
      hint: 'Norway, Iceland and Liechtenstein belong to the EEA. Switzerland and the United Kingdom are outside both the EU and the EEA.',
    },
    'granted-before': { text: 'Has your school unit been granted funding from Atlas partnerskap before?' },
    'same-partner': { text: 'Was that for a partnership with the same partner school as now?' },
    'replacing-partner': {
      text: 'Is the new partner school to replace a partner that has left a project you are running now?',
    },
  },
  answers: {
    activity: {
      exchange: 'An exchange with a partner school abroad, for teachers or for teachers and pupils',
      'work-placement': 'Work placement (APL) for pupils in companies or other organisations abroad',
      'planning-visit': 'A planning visit to a possible partner school',
    },
    'placement-location': {
      'outside-eu-eea': 'Outside the EU/EEA',
      'inside-eu-eea': 'Inside the EU/EEA',
    },
    'has-partner': { yes: 'Yes', no: 'No, not yet' },
    'partner-location': {
      'outside-eu-eea': 'Outside the EU/EEA',
      'inside-eu-eea': 'Inside the EU/EEA',
    },
    'granted-before': {
      no: 'No',
      'only-atlas-planering': 'No, but we have made a planning trip with Atlas planering',
      yes: 'Yes',
    },
    'same-partner': { yes: 'Yes, the same partner school', no: 'No, another partner school' },
    'replacing-partner': {
      yes: 'Yes, it would take over in the running project',
      no: 'No, it will be a partnership of its own',
    },
  },
  rows: rowsEn,
};
