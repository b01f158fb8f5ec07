/**
 * English rule messages: Co-financing. One file per check and language, so a
 * widget's script loads the words of its own check in its page's language only.
 */
import type { CoFinancingRule } from '../../../rules/co-financing/rules.ts';
import type { CoFinancingTest } from '../../../rules/co-financing/trace-tests.ts';
import type { TraceValues } from '../../../rules/trace.ts';
import type { CheckMessages, CheckTraceMessages } from '../types.ts';
import { L, zones } from './common.ts';
import { atLeast, capitalise, count, hours, money, percent, share } from '../read-params.ts';

export const coFinancingMessagesEn: CheckMessages<CoFinancingRule> = {
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
};

/** A zone's name at the start of a trace line. */
const zone = (v: TraceValues) => capitalise(zones({ zones: [String(v['zone'])] }));

export const coFinancingTraceEn: CheckTraceMessages<CoFinancingTest> = {
  'co-financing.participants': {
    name: 'Participants to apply for flat rates for',
    text: (v, held) => (held ? `${count(v, 'participants', L)} participants` : 'No participants'),
  },
  'co-financing.flat-rate': {
    name: 'Flat rate per participant',
    text: (v) => `${zone(v)}: ${count(v, 'participants', L)} × ${money(v, 'rateOre', L)} = ${money(v, 'grantOre', L)}`,
  },
  'co-financing.entered-rate': {
    name: 'The flat rate you entered',
    text: (v, held) =>
      held
        ? `${zone(v)}: ${count(v, 'participants', L)} × ${money(v, 'rateOre', L)} = ${money(v, 'grantOre', L)}`
        : `${zone(v)}: ${money(v, 'rateOre', L)} against ${money(v, 'parameterOre', L)}, more than ${count(v, 'factor', L)} times apart`,
  },
  'co-financing.staff-cost': {
    name: 'Working time in the own contribution',
    text: (v, held) =>
      `${hours(v, 'staffHours', L)} hours × ${money(v, 'hourlyCostOre', L)}${held ? ` = ${money(v, 'staffCostOre', L)}` : ': one figure missing'}`,
  },
  'co-financing.own-share': {
    name: 'Share of own contribution',
    text: (v, held) =>
      `${typeof v['ownShareBasisPoints'] === 'number' ? `${share(v, 'ownShareBasisPoints', L)} ${atLeast(held)} ${percent(v, 'minOwnSharePercent', L)}: ` : ''}${money(v, 'ownContributionOre', L)} ${atLeast(held)} ${money(v, 'minOwnContributionOre', L)}`,
  },
};
