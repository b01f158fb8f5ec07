/**
 * UI strings of the co-financing calculator (egenfinansiering och schabloner).
 * Rule sentences live in src/i18n/rules; these are the form's own words. No
 * programme number is typed here: rates and the minimum share come in as
 * `{placeholders}` from src/rules.
 */
import type { Locale } from '../locales.ts';

const sv = {
  heading: 'Räkna på er egenfinansiering',
  intro:
    'Fyll i hur många som deltar och vad ni själva bidrar med. Du ser direkt bidraget, er egen insats och om den räcker till minst {minShare} av de totala kostnaderna.',
  noscriptHere: 'Kalkylatorn behöver JavaScript. Reglerna som den räknar med står i texten på den här sidan.',
  noscriptElsewhere: 'Kalkylatorn behöver JavaScript. Reglerna som den räknar med står på sidan',
  printedFrom: 'Utskrift från Atlasguiden:',
  emptyNote: 'Fyll i minst en uppgift så visas resultatet här.',

  participantsLegend: 'Deltagare och schabloner',
  participantsHint: 'Bidraget är en schablon per deltagare. Schablonen beror på var partnerskolan ligger.',
  'zone.europeOutsideEuEea': 'Partnerskola i Europa utanför EU/ESS',
  'zone.restOfWorld': 'Partnerskola i övriga världen',
  countLabel: 'Antal deltagare',
  countHint: 'Ett heltal. Lämna tomt om ingen.',
  rateLabel: 'Schablon per deltagare, kronor',
  rateSource: '{rate} per deltagare, gäller från {date}. Källa: {source}.',
  rateNoDate: '{rate} per deltagare. Källa: {source}.',
  rateEdited: 'Du räknar med {rate} i stället.',

  ownLegend: 'Er egen insats (egenfinansiering)',
  ownHint: 'Arbetstid och andra administrativa kostnader får räknas in i egenfinansieringen.',
  hoursLabel: 'Personalens arbetstid, timmar',
  hoursHint: 'Till exempel 120 eller 7,5.',
  hourlyLabel: 'Kostnad per arbetstimme, kronor',
  hourlyHint: 'Vad en timme av er arbetstid kostar er, i kronor, till exempel 450.',
  adminLabel: 'Administrativa kostnader, kronor',
  otherLabel: 'Andra egna kostnader, kronor',
  moneyHint: 'Till exempel 12 000. Lämna tomt om inga.',

  submit: 'Räkna',

  resultHeading: 'Resultat',
  grant: 'Bidrag (schabloner)',
  ownContribution: 'Er egen insats',
  total: 'Totala kostnader',
  ownShare: 'Egen andel av totalen',
  minShare: 'Krävs: minst {minShare}',
  pass: 'Egenfinansieringen räcker.',
  fail: 'Egenfinansieringen räcker inte.',
  shortfall: 'Det saknas {amount}.',
  shortfallHours: 'Det motsvarar {hours} timmar arbetstid till {rate} per timme.',
  barCaption: 'Egen insats {own} och bidrag {grant} av totalen; linjen visar minsta egna andel, {minShare}.',
  barOwn: 'Egen insats',
  barGrant: 'Bidrag',
  announce: '{heading}. Egen andel {share}.',

  'answer.europe': 'Deltagare, Europa utanför EU/ESS',
  'answer.rest': 'Deltagare, övriga världen',
  'answer.rateEurope': 'Schablon, Europa utanför EU/ESS',
  'answer.rateRest': 'Schablon, övriga världen',
  'answer.hours': 'Arbetstid, timmar',
  'answer.hourly': 'Kostnad per timme',
  'answer.admin': 'Administrativa kostnader',
  'answer.other': 'Andra egna kostnader',

  'error.count.missing': 'Ange antalet deltagare',
  'error.count.not-a-number': 'Ange antalet deltagare som ett heltal, till exempel 10',
  'error.count.negative': 'Antalet deltagare kan inte vara mindre än 0',
  'error.count.too-many-decimals': 'Ange antalet deltagare som ett heltal, utan decimaler',
  'error.count.too-large': 'Antalet deltagare är för stort för att räkna på',
  'error.hours.missing': 'Ange arbetstiden i timmar',
  'error.hours.not-a-number': 'Ange arbetstiden som ett tal, till exempel 120 eller 7,5',
  'error.hours.negative': 'Arbetstiden kan inte vara mindre än 0',
  'error.hours.too-many-decimals': 'Ange arbetstiden med högst två decimaler',
  'error.hours.too-large': 'Arbetstiden är för stor för att räkna på',
  'error.money.missing': 'Ange ett belopp i kronor',
  'error.money.not-a-number': 'Ange ett belopp i kronor, till exempel 12 000 eller 1 500,50',
  'error.money.negative': 'Beloppet kan inte vara mindre än 0',
  'error.money.too-many-decimals': 'Ange beloppet med högst två decimaler (ören)',
  'error.money.too-large': 'Beloppet är för stort för att räkna på',
  'error.pair.hourly': 'Ange kostnaden per timme, annars räknas arbetstiden som 0 kr',
  'error.pair.hours': 'Ange arbetstiden i timmar, annars räknas kostnaden per timme inte in',
  asOf: 'Beloppen och reglerna är de som gäller {date}.',
} as const;

type CoFinancingStrings = { readonly [K in keyof typeof sv]: string };

const en: CoFinancingStrings = {
  heading: 'Work out your own contribution',
  intro:
    'Enter how many people take part and what you contribute yourselves. You see at once the grant, your own contribution and whether it reaches at least {minShare} of the total cost.',
  noscriptHere: 'The calculator needs JavaScript. The rules it calculates with are stated in the text of this page.',
  noscriptElsewhere: 'The calculator needs JavaScript. The rules it calculates with are stated on the page',
  printedFrom: 'Printed from Atlasguiden:',
  emptyNote: 'Enter at least one figure and the result appears here.',

  participantsLegend: 'Participants and flat rates',
  participantsHint: 'The grant is a flat rate (schablon) per participant. The rate depends on where the partner school is.',
  'zone.europeOutsideEuEea': 'Partner school in Europe outside the EU/EEA',
  'zone.restOfWorld': 'Partner school in the rest of the world',
  countLabel: 'Number of participants',
  countHint: 'A whole number. Leave empty if none.',
  rateLabel: 'Flat rate per participant, SEK',
  rateSource: '{rate} per participant, applies from {date}. Source: {source}.',
  rateNoDate: '{rate} per participant. Source: {source}.',
  rateEdited: 'You are using {rate} instead.',

  ownLegend: 'Your own contribution (egenfinansiering)',
  ownHint: 'Working time and other administrative costs may count towards your own contribution.',
  hoursLabel: 'Staff working time, hours',
  hoursHint: 'For example 120 or 7.5.',
  hourlyLabel: 'Cost per working hour, SEK',
  hourlyHint: 'What an hour of your staff’s working time costs you, in SEK, for example 450.',
  adminLabel: 'Administrative costs, SEK',
  otherLabel: 'Other own costs, SEK',
  moneyHint: 'For example 12,000. Leave empty if none.',

  submit: 'Calculate',

  resultHeading: 'Result',
  grant: 'Grant (flat rates)',
  ownContribution: 'Your own contribution',
  total: 'Total cost',
  ownShare: 'Your share of the total',
  minShare: 'Required: at least {minShare}',
  pass: 'Your own contribution is enough.',
  fail: 'Your own contribution is not enough.',
  shortfall: '{amount} is missing.',
  shortfallHours: 'That is {hours} hours of working time at {rate} an hour.',
  barCaption: 'Own contribution {own} and grant {grant} of the total; the line marks the minimum own share, {minShare}.',
  barOwn: 'Own contribution',
  barGrant: 'Grant',
  announce: '{heading}. Own share {share}.',

  'answer.europe': 'Participants, Europe outside the EU/EEA',
  'answer.rest': 'Participants, rest of the world',
  'answer.rateEurope': 'Flat rate, Europe outside the EU/EEA',
  'answer.rateRest': 'Flat rate, rest of the world',
  'answer.hours': 'Working time, hours',
  'answer.hourly': 'Cost per hour',
  'answer.admin': 'Administrative costs',
  'answer.other': 'Other own costs',

  'error.count.missing': 'Enter the number of participants',
  'error.count.not-a-number': 'Enter the number of participants as a whole number, like 10',
  'error.count.negative': 'The number of participants cannot be less than 0',
  'error.count.too-many-decimals': 'Enter the number of participants as a whole number, without decimals',
  'error.count.too-large': 'The number of participants is too large to calculate with',
  'error.hours.missing': 'Enter the working time in hours',
  'error.hours.not-a-number': 'Enter the working time as a number, like 120 or 7.5',
  'error.hours.negative': 'The working time cannot be less than 0',
  'error.hours.too-many-decimals': 'Enter the working time with at most two decimals',
  'error.hours.too-large': 'The working time is too large to calculate with',
  'error.money.missing': 'Enter an amount in SEK',
  'error.money.not-a-number': 'Enter an amount in SEK, like 12,000 or 1500.50',
  'error.money.negative': 'The amount cannot be less than 0',
  'error.money.too-many-decimals': 'Enter the amount with at most two decimals (öre)',
  'error.money.too-large': 'The amount is too large to calculate with',
  'error.pair.hourly': 'Enter the cost per hour, otherwise the working time counts as SEK 0',
  'error.pair.hours': 'Enter the working time in hours, otherwise the cost per hour does not count',
  asOf: 'The amounts and rules are those in force on {date}.',
};

export const coFinancingStrings: Readonly<Record<Locale, CoFinancingStrings>> = { sv, en };
export type { CoFinancingStrings };
