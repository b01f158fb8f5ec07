/**
 * Rule messages in English. The administrator's Swedish term stands in
 * brackets at its first use in a message (nytt projekt, fördjupningsprojekt,
 * schablon, egenfinansiering, partnerskola, APL), since each message may be
 * the first a reader sees. Every number comes from the finding's params.
 */
import type { RuleMessages } from './types.ts';
import { termsEn } from '../terms/en.ts';
import { capitalise, count, countries, flag, hours, list, money, percent, rowsIn, share, zonesIn } from './read-params.ts';
import type { FindingParams } from '../../rules/index.ts';

const L = 'en';
/** Rows and zones in this language's own words (one language per script). */
const rows = (p: FindingParams) => rowsIn(p, L, termsEn.rows);
const zones = (p: FindingParams) => zonesIn(p, L, termsEn.zonesInText);
const FORMAL =
  'A partner school (partnerskola) must give formal education at most at upper-secondary level (gymnasial nivå).';
const OUTSIDE_EU_EEA =
  'Atlas partnerskap is for cooperation with countries outside the EU/EEA. For partners inside the EU/EEA there are Erasmus+ and Nordplus.';

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

export const ruleMessagesEn: RuleMessages = {
  rules: {
    // Project type
    'project-type.new-project': {
      text: () => 'Your project is a new project (nytt projekt) for Atlas partnerskap.',
      why: () =>
        'A new project has never before been granted funding from Atlas partnerskap. The school may still have had other cooperation before.',
    },
    'project-type.planning-trip-does-not-count': {
      text: () => 'The planning trip with Atlas planering does not change that: the project counts as new.',
      why: () => 'Even if you made a planning trip with Atlas planering, the project counts as new for Atlas partnerskap.',
    },
    'project-type.other-partner-is-new-project': {
      text: () =>
        'Our reading: a partnership with another partner school (partnerskola) than the one you were granted funding for before is applied for as a new project (nytt projekt).',
      why: () =>
        'The guidance says that a running project cannot be moved to a new partner school, and that a deepening project (fördjupningsprojekt) is with the same partner. That a new partner therefore means a new project is this guide’s reading; ask a case officer (handläggare) if you are unsure.',
    },
    'project-type.several-projects-allowed': {
      text: () => 'Your school unit may run several projects at the same time.',
      why: () => 'A school unit may have several projects running at once.',
    },
    'project-type.deepening-project': {
      text: () =>
        'Your project is a deepening project (fördjupningsprojekt): from the second year with the same partner, other requirements apply.',
      why: () => 'In the second year the project is a deepening project and other requirements apply.',
    },
    'project-type.deepening-must-show': {
      text: () =>
        'In the application you need to show both how the project has developed and how the cooperation can continue in the long term. The development must build on lessons learned from the earlier cooperation.',
      why: () => 'These are the requirements for a deepening project (fördjupningsprojekt).',
    },
    'project-type.state-earlier-grant': {
      text: () =>
        'State in the application that you have been granted funding for an Atlas partnerskap before, and whether it was with the same partner.',
      why: () => 'It decides which questions you are asked and so how the application is assessed.',
    },
    'project-type.assessed-in-competition': {
      text: () => 'You can apply for funding every year, and the project is assessed in competition with other projects.',
      why: () => 'This holds for projects that have been granted funding before, too.',
    },
    'project-type.route-atlas-praktik': {
      text: () =>
        'Work placement (APL) in companies and other organisations is supported by Atlas praktik, not by Atlas partnerskap.',
      why: () =>
        'Atlas praktik is for work placement outside the EU/EEA in vocational upper-secondary and vocational adult education.',
    },
    'project-type.route-atlas-planering': {
      text: () => 'A planning visit fits the programme Atlas planering, not Atlas partnerskap.',
      why: () =>
        'To start an Atlas partnerskap you need a partner school (partnerskola) abroad. Atlas planering supports a planning visit ahead of a partnership.',
    },
    'project-type.route-erasmus-nordplus': {
      text: () => 'With a partner inside the EU/EEA, Erasmus+ or Nordplus fits, not Atlas partnerskap.',
      why: () => OUTSIDE_EU_EEA,
    },
    'project-type.cannot-move-partner': {
      text: () =>
        'A running project cannot be moved to a new partner school (partnerskola). You need to apply anew, with a new country. Contact a case officer (handläggare) before you go on.',
      why: () =>
        'Changes to a project must be approved. If the partner leaves, the project must be stopped and the funding paid back, unless there are special circumstances.',
    },
    'project-type.incomplete': {
      text: () => 'Answer the next question to see which kind of project it is.',
      why: () => 'The answer depends on the questions not yet answered.',
    },

    // Co-financing
    'co-financing.no-participants': {
      text: () => 'No participants are entered, so there is no grant to work out.',
      why: () => 'The grant is applied for as flat rates (schabloner) per participant in the project.',
    },
    'co-financing.own-share-too-low': {
      text: (p) => {
        const base = `Your own contribution (egenfinansiering) is ${share(p, 'ownShareBasisPoints', L)} of the total cost. It is ${money(p, 'shortfallOre', L)} short of ${percent(p, 'minOwnSharePercent', L)}.`;
        return typeof p['staffHoursToCover'] === 'number'
          ? `${base} That is ${hours(p, 'staffHoursToCover', L)} hours of working time at your hourly cost.`
          : base;
      },
      why: (p) =>
        `As the applicant you must yourselves contribute at least ${percent(p, 'minOwnSharePercent', L)} of the project's total costs. Working time and other administrative costs count towards the own contribution.`,
    },
    'co-financing.own-share-met': {
      text: (p) =>
        `Your own contribution (egenfinansiering) is ${share(p, 'ownShareBasisPoints', L)} of the total cost, so the minimum of ${percent(p, 'minOwnSharePercent', L)} is met.`,
      why: (p) =>
        `As the applicant you must yourselves contribute at least ${percent(p, 'minOwnSharePercent', L)} of the project's total costs.`,
    },
    'co-financing.flat-rate-check-call': {
      text: (p) =>
        `The flat rate (schablon) for ${zones(p)} comes from a summary of the programme's terms, not from the call. Check the amount in the current call.`,
      why: () => 'The amount comes from a secondary source and has not been confirmed by the administrator.',
    },
    'co-financing.flat-rate-entered': {
      text: (p) => `The grant for ${zones(p)} is worked out from the flat rate (schablon) you entered.`,
      why: () => 'The grant is applied for as flat rates per participant; here we use the amount per participant you entered.',
    },

    'co-financing.staff-cost-incomplete': {
      text: (p) =>
        p['missing'] === 'staff-hours'
          ? 'You have entered a cost per working hour but no working time, so the working time counts as SEK 0. Enter the number of hours to see whether your own contribution (egenfinansiering) is enough.'
          : 'You have entered working time but no cost per working hour, so the working time counts as SEK 0. Enter the hourly cost to see whether your own contribution (egenfinansiering) is enough.',
      why: () =>
        'Working time counts towards the own contribution as the number of hours times the cost per hour. With only one of the two it cannot be counted.',
    },
    'co-financing.flat-rate-zero': {
      text: (p) =>
        `The flat rate (schablon) for ${zones(p)} is SEK 0. The grant is then SEK 0, and your own contribution has nothing to be compared with. Enter the flat rate from the current call.`,
      why: () => 'The grant is applied for as flat rates per participant. A flat rate of SEK 0 leaves nothing to apply for.',
    },
    'co-financing.flat-rate-implausible': {
      text: (p) =>
        `The flat rate (schablon) you entered for ${zones(p)} is far from the amount we know of: more than ${count(p, 'factor', L)} times as high or as low. Check the amount in the current call, for instance for a zero too many or too few.`,
      why: () =>
        'A difference that large is more often a typing slip than a new call, so the result waits until the amount is right. The limit is Atlasguiden’s own judgement, not a rule of the administrator’s.',
    },

    // Partnership
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
  },
  fieldErrors: {
    required: 'This is missing. Please fill it in.',
    'object.expected': 'The answers are not in the expected form.',
    'list.expected': 'This should be a list.',
    'boolean.expected': 'Choose yes or no.',
    'number.not-a-number': 'Enter a number in digits.',
    'number.not-integer': 'Enter a whole number, without decimals.',
    'number.negative': 'The number cannot be negative.',
    'number.too-large': 'The number is too large.',
    'number.too-many-decimals': 'Use at most two decimals.',
    'enum.unknown': 'Choose one of the options.',
    'country.unknown': 'Choose a country from the list.',
    'list.too-long': 'The list has too many rows.',
    'unknown-key': 'This is not a known field and is not used.',
    'date.not-a-date': 'The date is not a valid date. Write it as YYYY-MM-DD.',
    'date.no-value-in-force': 'No rules and amounts that apply on that date are held here to check against. Choose another date.',
  },
};
