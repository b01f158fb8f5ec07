/**
 * Rule messages in Swedish, in the administrator's terms (nytt projekt,
 * fördjupningsprojekt, schablon, egenfinansiering, partnerskola, APL). Every
 * number comes from the finding's params, never typed here.
 */
import type { RuleMessages } from './types.ts';
import { termsSv } from '../terms/sv.ts';
import { capitalise, count, countries, flag, hours, list, money, percent, rowsIn, share, zonesIn } from './read-params.ts';
import type { FindingParams } from '../../rules/index.ts';

const L = 'sv';
/** Rows and zones in this language's own words (one language per script). */
const rows = (p: FindingParams) => rowsIn(p, L, termsSv.rows);
const zones = (p: FindingParams) => zonesIn(p, L, termsSv.zonesInText);
const FORMAL = 'En partnerskola ska bedriva formell utbildning motsvarande högst gymnasial nivå.';
const OUTSIDE_EU_EEA =
  'Atlas partnerskap gäller samarbeten med länder utanför EU/ESS. För partner inom EU/ESS finns Erasmus+ och Nordplus.';

/** A territory of an EU/EEA state: where it lies, whose it is, and that the administrator decides. */
function territoryText(p: FindingParams): string {
  const one = list(p, 'countries').length === 1;
  const base = `${capitalise(countries(p, 'countries', L))} ligger utanför EU/ESS men hör till ${countries(p, 'parentCountries', L)}, som ingår i EU/ESS. Kontrollera med förvaltaren om en partnerskola ${one ? 'där' : 'i de områdena'} kan ingå i Atlas partnerskap.`;
  return list(p, 'nordicCountries').length > 0
    ? `${base} ${capitalise(countries(p, 'nordicCountries', L))} kan också höra till Nordplus område.`
    : base;
}

export const ruleMessagesSv: RuleMessages = {
  rules: {
    // Project type (nytt projekt eller fördjupningsprojekt)
    'project-type.new-project': {
      text: () => 'Ert projekt är ett nytt projekt för Atlas partnerskap.',
      why: () =>
        'Ett nytt projekt har aldrig tidigare beviljats medel inom Atlas partnerskap. Skolan kan ändå ha haft andra samarbeten tidigare.',
    },
    'project-type.planning-trip-does-not-count': {
      text: () => 'Planeringsresan inom Atlas planering ändrar inte det: projektet räknas som nytt.',
      why: () => 'Även om ni gjort en planeringsresa inom Atlas planering räknas projektet som nytt för Atlas partnerskap.',
    },
    'project-type.other-partner-is-new-project': {
      text: () =>
        'Vår tolkning: ett partnerskap med en annan partnerskola än den ni tidigare fått bidrag för söker ni som ett nytt projekt.',
      why: () =>
        'Texterna säger att ett pågående projekt inte kan flyttas över till en ny partnerskola och att fördjupningsprojekt gäller samma partner. Att en ny partner därför ger ett nytt projekt är guidens tolkning; fråga en handläggare om ni är osäkra.',
    },
    'project-type.several-projects-allowed': {
      text: () => 'Er skolenhet kan ha flera pågående projekt samtidigt.',
      why: () => 'Som skolenhet kan ni ha flera pågående projekt samtidigt.',
    },
    'project-type.deepening-project': {
      text: () => 'Ert projekt är ett fördjupningsprojekt: andra året och framåt med samma partner gäller andra krav.',
      why: () => 'Under det andra året är projektet ett fördjupningsprojekt och andra krav gäller.',
    },
    'project-type.deepening-must-show': {
      text: () =>
        'I ansökan behöver ni visa både hur projektet har utvecklats och hur samarbetet ska kunna fortsätta långsiktigt. Utvecklingen ska bygga på lärdomar från det tidigare samarbetet.',
      why: () => 'Det är kraven på ett fördjupningsprojekt.',
    },
    'project-type.state-earlier-grant': {
      text: () =>
        'Ange i ansökan att ni tidigare har beviljats bidrag för ett Atlas partnerskap, och om det var med samma partner.',
      why: () => 'Uppgiften påverkar vilka frågor ni får besvara och därmed hur ansökan bedöms.',
    },
    'project-type.assessed-in-competition': {
      text: () => 'Ni kan söka bidrag varje år, och projektet bedöms i konkurrens med andra projekt.',
      why: () => 'Det gäller även projekt som tidigare har fått bidrag.',
    },
    'project-type.route-atlas-praktik': {
      text: () => 'APL i företag och andra organisationer stöds inom Atlas praktik, inte Atlas partnerskap.',
      why: () =>
        'Atlas praktik gäller APL utanför EU/ESS för yrkesinriktad gymnasieutbildning och yrkesinriktad vuxenutbildning.',
    },
    'project-type.route-atlas-planering': {
      text: () => 'Ett planeringsbesök passar programmet Atlas planering, inte Atlas partnerskap.',
      why: () =>
        'För att starta ett Atlas partnerskap behöver ni en utländsk partnerskola. Atlas planering stöder ett planeringsbesök inför ett partnerskap.',
    },
    'project-type.route-erasmus-nordplus': {
      text: () => 'Med en partner inom EU/ESS passar Erasmus+ eller Nordplus, inte Atlas partnerskap.',
      why: () => OUTSIDE_EU_EEA,
    },
    'project-type.cannot-move-partner': {
      text: () =>
        'Ett pågående projekt kan inte flyttas över till en ny partnerskola. Ni behöver ansöka på nytt, med ett nytt land. Kontakta en handläggare innan ni går vidare.',
      why: () =>
        'Förändringar i ett projekt måste godkännas. Om partnern lämnar projektet måste det, om inte särskilda omständigheter föreligger, avbrytas och beviljade medel betalas tillbaka.',
    },
    'project-type.incomplete': {
      text: () => 'Svara på nästa fråga för att se vilken sorts projekt det blir.',
      why: () => 'Svaret beror på frågorna som ännu inte är besvarade.',
    },

    // Co-financing (egenfinansiering och schabloner)
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

    // Partnership (hur projektet är uppbyggt)
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
  },
  fieldErrors: {
    required: 'Uppgiften saknas. Fyll i den.',
    'object.expected': 'Uppgifterna har fel form.',
    'list.expected': 'Här ska det stå en lista.',
    'boolean.expected': 'Välj ja eller nej.',
    'number.not-a-number': 'Skriv ett tal med siffror.',
    'number.not-integer': 'Skriv ett heltal, utan decimaler.',
    'number.negative': 'Talet kan inte vara negativt.',
    'number.too-large': 'Talet är för stort.',
    'number.too-many-decimals': 'Skriv högst två decimaler.',
    'enum.unknown': 'Välj ett av alternativen.',
    'country.unknown': 'Välj ett land i listan.',
    'list.too-long': 'Listan har för många rader.',
    'unknown-key': 'Uppgiften är okänd och används inte.',
    'date.not-a-date': 'Datumet är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD.',
    'date.no-value-in-force': 'Det finns inga regler och belopp som gäller det datumet att räkna med. Välj ett annat datum.',
  },
};
