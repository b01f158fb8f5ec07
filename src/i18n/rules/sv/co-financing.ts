/**
 * Swedish rule messages: Co-financing (egenfinansiering och schabloner). One file per check and language, so a
 * widget's script loads the words of its own check in its page's language only.
 */
import type { CoFinancingRule } from '../../../rules/co-financing/rules.ts';
import type { CoFinancingTest } from '../../../rules/co-financing/trace-tests.ts';
import type { TraceValues } from '../../../rules/trace.ts';
import type { CheckMessages, CheckTraceMessages } from '../types.ts';
import { L, zones } from './common.ts';
import { atLeast, capitalise, count, hours, money, percent, share } from '../read-params.ts';

export const coFinancingMessagesSv: CheckMessages<CoFinancingRule> = {
  'co-financing.no-participants': {
    text: () => 'Inga deltagare är angivna, så det finns inget bidrag att räkna på.',
    why: () => 'Bidraget söks som schabloner per deltagare i projektet.',
  },
  'co-financing.own-share-too-low': {
    text: (p) => {
      const base = `Egenfinansieringen är ${share(p, 'ownShareBasisPoints', L)} av den totala kostnaden. Det saknas ${money(p, 'shortfallOre', L)} för att nå ${percent(p, 'minOwnSharePercent', L)}.`;
      return typeof p['staffHoursToCover'] === 'number'
        ? `${base} Det motsvarar ${hours(p, 'staffHoursToCover', L)} timmar arbetstid till er timkostnad.`
        : base;
    },
    why: (p) =>
      `Som sökande ska ni själva bidra med minst ${percent(p, 'minOwnSharePercent', L)} av projektets totala kostnader. Arbetstid och andra administrativa kostnader räknas in i egenfinansieringen.`,
  },
  'co-financing.own-share-met': {
    text: (p) =>
      `Egenfinansieringen är ${share(p, 'ownShareBasisPoints', L)} av den totala kostnaden, så kravet på minst ${percent(p, 'minOwnSharePercent', L)} är uppfyllt.`,
    why: (p) =>
      `Som sökande ska ni själva bidra med minst ${percent(p, 'minOwnSharePercent', L)} av projektets totala kostnader.`,
  },
  'co-financing.flat-rate-check-call': {
    text: (p) =>
      `Schablonen för ${zones(p)} kommer från en sammanfattning av programmets villkor, inte från utlysningen. Kontrollera beloppet i aktuell utlysning.`,
    why: () => 'Beloppet kommer från en sekundär källa och är inte bekräftat av förvaltaren.',
  },
  'co-financing.flat-rate-entered': {
    text: (p) => `Bidraget för ${zones(p)} är räknat på den schablon ni själva har angett.`,
    why: () => 'Bidraget söks som schabloner per deltagare; här räknar vi med beloppet per deltagare som ni har skrivit in.',
  },

  'co-financing.staff-cost-incomplete': {
    text: (p) =>
      p['missing'] === 'staff-hours'
        ? 'Ni har angett en kostnad per arbetstimme men ingen arbetstid, så arbetstiden räknas som 0 kr. Fyll i antalet timmar för att se om egenfinansieringen räcker.'
        : 'Ni har angett arbetstid men ingen kostnad per arbetstimme, så arbetstiden räknas som 0 kr. Fyll i timkostnaden för att se om egenfinansieringen räcker.',
    why: () =>
      'Arbetstid räknas in i egenfinansieringen som antal timmar gånger kostnaden per timme. Med bara den ena uppgiften går den inte att räkna.',
  },
  'co-financing.flat-rate-zero': {
    text: (p) =>
      `Schablonen för ${zones(p)} är 0 kr. Då blir bidraget 0 kr, och egenfinansieringen kan inte jämföras med något. Ange schablonen i aktuell utlysning.`,
    why: () => 'Bidraget söks som schabloner per deltagare. En schablon på 0 kr ger inget att söka.',
  },
  'co-financing.flat-rate-implausible': {
    text: (p) =>
      `Schablonen ni har angett för ${zones(p)} skiljer sig mycket från beloppet vi känner till: den är mer än ${count(p, 'factor', L)} gånger så hög eller så låg. Kontrollera beloppet i aktuell utlysning, till exempel att det inte har en nolla för mycket eller för lite.`,
    why: () =>
      'En så stor skillnad är oftare ett skrivfel än en ny utlysning, så resultatet väntar tills beloppet stämmer. Gränsen är Atlasguidens egen bedömning, inte förvaltarens regel.',
  },
};

/** A zone's name at the start of a trace line. */
const zone = (v: TraceValues) => capitalise(zones({ zones: [String(v['zone'])] }));

export const coFinancingTraceSv: CheckTraceMessages<CoFinancingTest> = {
  'co-financing.participants': {
    name: 'Deltagare att söka schabloner för',
    text: (v, held) => (held ? `${count(v, 'participants', L)} deltagare` : 'Inga deltagare'),
  },
  'co-financing.flat-rate': {
    name: 'Schablon per deltagare',
    text: (v) => `${zone(v)}: ${count(v, 'participants', L)} × ${money(v, 'rateOre', L)} = ${money(v, 'grantOre', L)}`,
  },
  'co-financing.entered-rate': {
    name: 'Schablonen ni har angett',
    text: (v, held) =>
      held
        ? `${zone(v)}: ${count(v, 'participants', L)} × ${money(v, 'rateOre', L)} = ${money(v, 'grantOre', L)}`
        : `${zone(v)}: ${money(v, 'rateOre', L)} mot ${money(v, 'parameterOre', L)}, mer än ${count(v, 'factor', L)} gånger skillnad`,
  },
  'co-financing.staff-cost': {
    name: 'Arbetstid i egenfinansieringen',
    text: (v, held) =>
      `${hours(v, 'staffHours', L)} timmar × ${money(v, 'hourlyCostOre', L)}${held ? ` = ${money(v, 'staffCostOre', L)}` : ': en uppgift saknas'}`,
  },
  'co-financing.own-share': {
    name: 'Egenfinansieringens andel',
    text: (v, held) =>
      `${typeof v['ownShareBasisPoints'] === 'number' ? `${share(v, 'ownShareBasisPoints', L)} ${atLeast(held)} ${percent(v, 'minOwnSharePercent', L)}: ` : ''}${money(v, 'ownContributionOre', L)} ${atLeast(held)} ${money(v, 'minOwnContributionOre', L)}`,
  },
};
