/**
 * English rule messages: Partnership. One file per check and language, so a
 * widget's script loads the words of its own check in its page's language only.
 */
import type { PartnershipRule } from '../../../rules/partnership/rules.ts';
import type { FindingParams } from '../../../rules/verdict.ts';
import type { PartnershipTest } from '../../../rules/partnership/trace-tests.ts';
import type { CheckMessages, CheckTraceMessages } from '../types.ts';
import { L, rows, FORMAL, OUTSIDE_EU_EEA } from './common.ts';
import { atLeast, atMost, capitalise, count, countries, flag, list } from '../read-params.ts';

/** A territory of an EU/EEA state: where it lies, whose it is, and that the administrator decides. */
function territoryText(p: FindingParams): string {
  const one = list(p, 'countries').length === 1;
  const oneParent = list(p, 'parentCountries').length === 1;
  const base = `${capitalise(countries(p, 'countries', L))} ${one ? 'lies' : 'lie'} outside the EU/EEA but ${one ? 'belongs' : 'belong'} to ${countries(p, 'parentCountries', L)}, which ${oneParent ? 'is' : 'are'} in the EU/EEA. Check with the administrator whether a partner school (partnerskola) there can take part in Atlas partnerskap.`;
  const nordic = list(p, 'nordicCountries');
  return nordic.length > 0
    ? `${base} ${capitalise(countries(p, 'nordicCountries', L))} may also belong to Nordplus’ area.`
    : base;
}


export const partnershipMessagesEn: CheckMessages<PartnershipRule> = {
  'partnership.too-few-participants': {
    text: (p) =>
      `You have entered ${count(p, 'participants', L)} participants. At least ${count(p, 'min', L)} participants are required.`,
    why: (p) =>
      `A partnership needs at least ${count(p, 'min', L)} participants; otherwise you decide how many take part.`,
  },
  'partnership.no-swedish-school': {
    text: () => 'No Swedish school is entered. Your own school is the Swedish party.',
    why: (p) => `At least ${count(p, 'minParties', L)} parties are required, one Swedish and one foreign.`,
  },
  'partnership.no-foreign-school': {
    text: () => 'No partner school (partnerskola) abroad is entered.',
    why: (p) =>
      `At least ${count(p, 'minParties', L)} parties are required, one Swedish and one foreign. You need a partner school in another country.`,
  },
  'partnership.too-many-swedish-schools': {
    text: (p) =>
      `You have entered ${count(p, 'count', L)} schools in Sweden, your own included. At most ${count(p, 'max', L)} may take part.`,
    why: (p) =>
      `A partner school (partnerskola) is a school with participants in the exchange, and at most ${count(p, 'max', L)} of them may be in Sweden.`,
  },
  'partnership.too-many-foreign-schools': {
    text: (p) =>
      `You have entered ${count(p, 'count', L)} partner schools (partnerskolor) abroad. At most ${count(p, 'max', L)} may take part.`,
    why: (p) => `At most ${count(p, 'max', L)} partner schools abroad may take part in the project.`,
  },
  'partnership.too-many-schools': {
    text: (p) =>
      `You have entered ${count(p, 'count', L)} partner schools (partnerskolor) in all. At most ${count(p, 'max', L)} may take part.`,
    why: (p) => `At most ${count(p, 'max', L)} partner schools may take part in the cooperation.`,
  },
  'partnership.school-level-too-high': {
    text: (p) => `${capitalise(rows(p))}: education above upper-secondary level.`,
    why: () => FORMAL,
  },
  'partnership.school-not-formal-education': {
    text: (p) => `${capitalise(rows(p))}: no formal education.`,
    why: () => FORMAL,
  },
  'partnership.partner-in-eu-eea': {
    text: (p) => {
      const base = `${capitalise(countries(p, 'countries', L))}: inside the EU/EEA.`;
      return list(p, 'eeaOnlyCountries').length > 0
        ? `${base} (${capitalise(countries(p, 'eeaOnlyCountries', L))}: in the EEA but not in the EU.)`
        : base;
    },
    why: () => OUTSIDE_EU_EEA,
  },
  'partnership.partner-in-territory-of-eu-eea-state': {
    text: (p) => territoryText(p),
    why: () =>
      `${OUTSIDE_EU_EEA} The administrator’s texts do not say how a place outside the EU/EEA counts when it belongs to a country in the EU/EEA, so the answer is the administrator’s.`,
  },
  'partnership.sweden-as-foreign': {
    text: (p) =>
      `${capitalise(rows(p))}: given as a school in Sweden. A partner school (partnerskola) abroad must be in another country.`,
    why: () => "Sweden is the applicant's side. Enter schools in Sweden among the Swedish schools.",
  },
  'partnership.funded-visits-oecd': {
    text: (p) => {
      const via = list(p, 'viaParent');
      const base =
        via.length === 0
          ? `The grant cannot pay for visits to Sweden from ${countries(p, 'countries', L)}, since ${list(p, 'countries').length === 1 ? 'it is' : 'they are'} in the OECD.`
          : `The grant cannot pay for visits to Sweden from ${countries(p, 'countries', L)}. That holds for cooperation with OECD countries, and ${countries(p, 'viaParent', L)} ${via.length === 1 ? 'is' : 'are'} counted here as ${countries(p, 'viaParentStates', L)}, which ${list(p, 'viaParentStates').length === 1 ? 'is' : 'are'} in the OECD.`;
      return flag(p, 'allPartnersInOecd') ? `${base} Exchanges in the partner country can still take place.` : base;
    },
    why: () =>
      'Using granted funding to invite partners to visit Sweden is possible only in cooperation with countries outside the OECD.',
  },
  'partnership.funded-visits-outside-oecd': {
    text: (p) =>
      `The grant can be used for visits to Sweden from ${countries(p, 'countries', L)}, which ${list(p, 'countries').length === 1 ? 'is' : 'are'} outside the OECD.`,
    why: () => 'Visits to Sweden may be paid for from the grant in cooperation with countries outside the OECD.',
  },
  'partnership.confirm-partner-level': {
    text: () =>
      'Make sure that the partner school (partnerskola) gives formal education at most at upper-secondary level. The school system may look different in the partner country.',
    why: () => FORMAL,
  },
};

export const partnershipTraceEn: CheckTraceMessages<PartnershipTest> = {
  'partnership.participants': {
    name: 'Number of participants',
    text: (v, held) => `${count(v, 'participants', L)} participants ${atLeast(held)} ${count(v, 'min', L)}`,
  },
  'partnership.swedish-school': {
    name: 'A Swedish party',
    text: (v, held) => `Schools in Sweden: ${count(v, 'count', L)} ${atLeast(held)} ${count(v, 'min', L)}`,
  },
  'partnership.foreign-school': {
    name: 'A party abroad',
    text: (v, held) => `Partner schools abroad: ${count(v, 'count', L)} ${atLeast(held)} ${count(v, 'min', L)}`,
  },
  'partnership.swedish-schools-max': {
    name: 'No more schools in Sweden than allowed',
    text: (v, held) => `Schools in Sweden: ${count(v, 'count', L)} ${atMost(held)} ${count(v, 'max', L)}`,
  },
  'partnership.foreign-schools-max': {
    name: 'No more partner schools abroad than allowed',
    text: (v, held) => `Partner schools abroad: ${count(v, 'count', L)} ${atMost(held)} ${count(v, 'max', L)}`,
  },
  'partnership.schools-max': {
    name: 'No more partner schools in all than allowed',
    text: (v, held) => `Partner schools in all: ${count(v, 'count', L)} ${atMost(held)} ${count(v, 'max', L)}`,
  },
  'partnership.level-upper-secondary': {
    name: 'At most upper-secondary level',
    text: (v, held) => `Schools above upper-secondary level: ${held ? `0 of ${count(v, 'schools', L)}` : rows(v)}`,
  },
  'partnership.level-formal': {
    name: 'Formal education',
    text: (v, held) => `Schools without formal education: ${held ? `0 of ${count(v, 'schools', L)}` : rows(v)}`,
  },
  'partnership.partner-abroad': {
    name: 'The partner school in another country',
    text: (v, held) => `Partner schools abroad given in Sweden: ${held ? `0 of ${count(v, 'schools', L)}` : rows(v)}`,
  },
  'partnership.partner-outside-eu-eea': {
    name: 'Outside the EU/EEA',
    text: (v, held) =>
      held ? `${capitalise(countries(v, 'countries', L))}: outside the EU/EEA` : `${capitalise(countries(v, 'inside', L))}: inside the EU/EEA`,
  },
  'partnership.partner-not-territory': {
    name: 'Not a territory of an EU/EEA country',
    text: (v, held) => (held ? `${capitalise(countries(v, 'countries', L))}: no` : `${capitalise(countries(v, 'territories', L))}: yes`),
  },
  'partnership.visits-outside-oecd': {
    name: 'Visits to Sweden paid for only with countries outside the OECD',
    text: (v, held) =>
      held ? `${capitalise(countries(v, 'countries', L))}: outside the OECD` : `${capitalise(countries(v, 'inOecd', L))}: in the OECD`,
  },
};
