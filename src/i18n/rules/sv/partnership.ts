/**
 * Swedish rule messages: Partnership (hur projektet är uppbyggt). One file per check and language, so a
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
  const base = `${capitalise(countries(p, 'countries', L))} ligger utanför EU/ESS men hör till ${countries(p, 'parentCountries', L)}, som ingår i EU/ESS. Kontrollera med förvaltaren om en partnerskola ${one ? 'där' : 'i de områdena'} kan ingå i Atlas partnerskap.`;
  return list(p, 'nordicCountries').length > 0
    ? `${base} ${capitalise(countries(p, 'nordicCountries', L))} kan också höra till Nordplus område.`
    : base;
}


export const partnershipMessagesSv: CheckMessages<PartnershipRule> = {
  'partnership.too-few-participants': {
    text: (p) => `Ni har angett ${count(p, 'participants', L)} deltagare. Minst ${count(p, 'min', L)} deltagare krävs.`,
    why: (p) => `Ett partnerskap kräver minst ${count(p, 'min', L)} deltagare; i övrigt bestämmer ni själva hur många.`,
  },
  'partnership.no-swedish-school': {
    text: () => 'Ingen svensk skola är angiven. Er egen skola är den svenska parten.',
    why: (p) => `Minst ${count(p, 'minParties', L)} parter krävs, en svensk och en utländsk.`,
  },
  'partnership.no-foreign-school': {
    text: () => 'Ingen partnerskola utomlands är angiven.',
    why: (p) =>
      `Minst ${count(p, 'minParties', L)} parter krävs, en svensk och en utländsk. Ni behöver en partnerskola i ett annat land.`,
  },
  'partnership.too-many-swedish-schools': {
    text: (p) =>
      `Ni har angett ${count(p, 'count', L)} skolor i Sverige, er egen inräknad. Högst ${count(p, 'max', L)} får ingå.`,
    why: (p) =>
      `Partnerskola är den eller de skolor som har deltagare med i utbytet, och högst ${count(p, 'max', L)} av dem får ligga i Sverige.`,
  },
  'partnership.too-many-foreign-schools': {
    text: (p) => `Ni har angett ${count(p, 'count', L)} partnerskolor utomlands. Högst ${count(p, 'max', L)} får ingå.`,
    why: (p) => `I projektet får högst ${count(p, 'max', L)} partnerskolor utomlands ingå.`,
  },
  'partnership.too-many-schools': {
    text: (p) => `Ni har angett ${count(p, 'count', L)} partnerskolor i allt. Högst ${count(p, 'max', L)} får ingå.`,
    why: (p) => `I projektet kan högst ${count(p, 'max', L)} partnerskolor ingå i samarbetet.`,
  },
  'partnership.school-level-too-high': {
    text: (p) => `${capitalise(rows(p))} ger utbildning över gymnasial nivå.`,
    why: () => FORMAL,
  },
  'partnership.school-not-formal-education': {
    text: (p) => `${capitalise(rows(p))} bedriver inte formell utbildning.`,
    why: () => FORMAL,
  },
  'partnership.partner-in-eu-eea': {
    text: (p) => {
      const base = `${capitalise(countries(p, 'countries', L))} ligger inom EU/ESS.`;
      return list(p, 'eeaOnlyCountries').length > 0
        ? `${base} (${capitalise(countries(p, 'eeaOnlyCountries', L))} är med i ESS men inte i EU.)`
        : base;
    },
    why: () => OUTSIDE_EU_EEA,
  },
  'partnership.partner-in-territory-of-eu-eea-state': {
    text: (p) => territoryText(p),
    why: () =>
      `${OUTSIDE_EU_EEA} Förvaltarens texter säger inte hur ett område utanför EU/ESS räknas när det hör till ett land i EU/ESS, så svaret kommer från förvaltaren.`,
  },
  'partnership.sweden-as-foreign': {
    text: (p) => `${capitalise(rows(p))} är angiven som en skola i Sverige. En partnerskola utomlands ska ligga i ett annat land.`,
    why: () => 'Sverige är den sökande skolans sida. Skolor i Sverige anger ni bland de svenska skolorna.',
  },
  'partnership.funded-visits-oecd': {
    text: (p) => {
      const base =
        list(p, 'viaParent').length === 0
          ? `Bidraget kan inte betala besök i Sverige från ${countries(p, 'countries', L)}, eftersom ${list(p, 'countries').length === 1 ? 'landet' : 'länderna'} är med i OECD.`
          : `Bidraget kan inte betala besök i Sverige från ${countries(p, 'countries', L)}. Det gäller samarbeten med länder i OECD, och ${countries(p, 'viaParent', L)} räknas här som ${countries(p, 'viaParentStates', L)}, som är med i OECD.`;
      return flag(p, 'allPartnersInOecd')
        ? `${base} Utbyten i partnerlandet kan ändå ingå.`
        : base;
    },
    why: () =>
      'Att använda beviljat bidrag till att bjuda in till besök i Sverige är bara möjligt för samarbeten med länder utanför OECD.',
  },
  'partnership.funded-visits-outside-oecd': {
    text: (p) => `Bidraget kan användas till besök i Sverige från ${countries(p, 'countries', L)}, som ligger utanför OECD.`,
    why: () => 'Besök i Sverige kan bekostas med bidraget i samarbeten med länder utanför OECD.',
  },
  'partnership.confirm-partner-level': {
    text: () =>
      'Kontrollera att partnerskolan bedriver formell utbildning motsvarande högst gymnasial nivå. Skolsystemet kan se annorlunda ut i partnerlandet.',
    why: () => FORMAL,
  },
};

export const partnershipTraceSv: CheckTraceMessages<PartnershipTest> = {
  'partnership.participants': {
    name: 'Antal deltagare',
    text: (v, held) => `${count(v, 'participants', L)} deltagare ${atLeast(held)} ${count(v, 'min', L)}`,
  },
  'partnership.swedish-school': {
    name: 'En svensk part',
    text: (v, held) => `Skolor i Sverige: ${count(v, 'count', L)} ${atLeast(held)} ${count(v, 'min', L)}`,
  },
  'partnership.foreign-school': {
    name: 'En utländsk part',
    text: (v, held) => `Partnerskolor utomlands: ${count(v, 'count', L)} ${atLeast(held)} ${count(v, 'min', L)}`,
  },
  'partnership.swedish-schools-max': {
    name: 'Högst så många skolor i Sverige',
    text: (v, held) => `Skolor i Sverige: ${count(v, 'count', L)} ${atMost(held)} ${count(v, 'max', L)}`,
  },
  'partnership.foreign-schools-max': {
    name: 'Högst så många partnerskolor utomlands',
    text: (v, held) => `Partnerskolor utomlands: ${count(v, 'count', L)} ${atMost(held)} ${count(v, 'max', L)}`,
  },
  'partnership.schools-max': {
    name: 'Högst så många partnerskolor i allt',
    text: (v, held) => `Partnerskolor i allt: ${count(v, 'count', L)} ${atMost(held)} ${count(v, 'max', L)}`,
  },
  'partnership.level-upper-secondary': {
    name: 'Högst gymnasial nivå',
    text: (v, held) => `Skolor över gymnasial nivå: ${held ? `0 av ${count(v, 'schools', L)}` : rows(v)}`,
  },
  'partnership.level-formal': {
    name: 'Formell utbildning',
    text: (v, held) => `Skolor utan formell utbildning: ${held ? `0 av ${count(v, 'schools', L)}` : rows(v)}`,
  },
  'partnership.partner-abroad': {
    name: 'Partnerskolan i ett annat land',
    text: (v, held) => `Partnerskolor utomlands angivna i Sverige: ${held ? `0 av ${count(v, 'schools', L)}` : rows(v)}`,
  },
  'partnership.partner-outside-eu-eea': {
    name: 'Utanför EU/ESS',
    text: (v, held) =>
      held ? `${capitalise(countries(v, 'countries', L))}: utanför EU/ESS` : `${capitalise(countries(v, 'inside', L))}: inom EU/ESS`,
  },
  'partnership.partner-not-territory': {
    name: 'Inte ett område som hör till ett land i EU/ESS',
    text: (v, held) =>
      held ? `${capitalise(countries(v, 'countries', L))}: nej` : `${capitalise(countries(v, 'territories', L))}: ja`,
  },
  'partnership.visits-outside-oecd': {
    name: 'Besök i Sverige betalas bara för länder utanför OECD',
    text: (v, held) =>
      held ? `${capitalise(countries(v, 'countries', L))}: utanför OECD` : `${capitalise(countries(v, 'inOecd', L))}: med i OECD`,
  },
};
