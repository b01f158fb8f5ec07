/**
 * Sentences that rules rest on beyond the parameters' own sources, quoted
 * verbatim from the seeds (or FACTS.md) so a test can find each one.
 */
import { SEED_FILES, fact, seed } from './source.ts';

const HOW = SEED_FILES.howItWorks;
const PAGE = SEED_FILES.programmePage;

export const quotes = {
  minParticipants: seed(HOW, 'Minst fyra deltagare krävs'),
  parties: seed(HOW, 'Minst två parter krävs, en svensk och en utländsk.'),
  foreignPartnerInAnotherCountry: seed(
    PAGE,
    'För att starta ett Atlasprojekt behöver du och dina kollegor en utländsk partnerskola i ett annat land.',
  ),
  partnerSchoolDefinition: seed(HOW, 'Partnerskola är den eller de skolor som har deltagare med i utbytet.'),
  maxSchools: seed(HOW, 'I projektet kan maximalt sex partnerskolor ingå i samarbetet, tre utomlands och tre i Sverige.'),
  formalEducationPartner: seed(
    HOW,
    'Eftersom skolsystemet kan se annorlunda ut i partnerlandet är det viktigt att ni är säkra på att er partnerskola bedriver formell utbildning motsvarande högst gymnasial nivå.',
  ),
  formalEducationSchool: seed(PAGE, 'Skolan ska erbjuda formell utbildning motsvarande högst gymnasial nivå.'),
  outsideEuEea: seed(PAGE, 'Utanför EU/ESS'),
  euEeaRouting: fact(
    'Partner countries (reconciling the two seeds)',
    'official',
    'partners inside the EU/EEA are pointed to Erasmus+ or Nordplus.',
  ),
  siblingErasmusNordplus: fact(
    'Sibling programmes (for routing)',
    'official',
    '**Erasmus+** (school / vocational / adult) and **Nordplus** — for partners inside the EU/EEA or the Nordic-Baltic region.',
  ),
  swedenNeverAbroad: fact(
    'Partner countries (reconciling the two seeds)',
    'derived',
    'Sweden is the applicant\'s side, never "abroad".',
  ),
  visitsOutsideOecd: seed(
    HOW,
    'Att använda beviljat bidrag till att bjuda in till besök i Sverige är endast möjligt för samarbeten med länder utanför OECD.',
  ),
  flatRatesPerParticipant: seed(PAGE, 'Från och med 2023 ansöker ni om schabloner per deltagare i projektet.'),
  ownContribution: seed(
    PAGE,
    'Som sökande organisation ska ni själva bidra med minst 50 procent av de totala kostnaderna för projektet.',
  ),
  workingTimeCounts: seed(PAGE, 'Ni kan räkna med arbetstid och andra administrativa kostnader i egenfinansieringen.'),
  ownShareEquivalence: fact(
    'Flat rates (schabloner) — secondary',
    'secondary',
    'Own share ≥ 50 % of total ⇔ own contribution ≥ grant.',
  ),
  flatRatesSecondary: fact(
    'Flat rates (schabloner) — secondary',
    'secondary',
    'secondary (a third-party summary of the administrator\'s general terms for 2026)',
  ),
  newProject: seed(
    HOW,
    'Ett nytt projekt har aldrig tidigare beviljats medel inom Atlas partnerskap, men skolan kan ha haft andra samarbeten tidigare.',
  ),
  firstYearNewProject: seed(
    HOW,
    'Första året er skolenhet söker Atlas partnerskap är projektet ett så kallat "nytt projekt".',
  ),
  planningTripStillNew: seed(
    HOW,
    'Observera att även om ni gjort en planeringsresa inom Atlas planering räknas projektet som nytt för Atlas partnerskap.',
  ),
  severalProjects: seed(HOW, 'Som skolenhet kan ni ha flera pågående projekt samtidigt.'),
  deepeningProject: seed(HOW, 'Under det andra året är projektet ett fördjupningsprojekt och andra krav gäller.'),
  deepeningMustShow: seed(
    HOW,
    'Ni behöver visa på både hur projektet utvecklats och hur samarbetet ska kunna fortsätta långsiktigt. Utvecklingen av projektet ska baseras på lärdomar från det tidigare samarbetet.',
  ),
  assessedInCompetition: seed(HOW, 'Det går att söka bidrag varje år och ert projekt bedöms i konkurrens med andra projekt.'),
  stateEarlierGrant: seed(
    HOW,
    'Observera att det är viktigt att ni i ansökan anger om ni tidigare beviljats bidrag för ett Atlas partnerskap med samma partner eftersom det påverkar vilka frågor ni får besvara och därmed hur vi bedömer er ansökan.',
  ),
  atlasPraktik: seed(HOW, 'Stöd för APL-vistelse i företag och andra organisationer är möjligt inom Atlas praktik.'),
  atlasPraktikOutsideEuEea: fact(
    'Sibling programmes (for routing)',
    'official',
    '**Atlas praktik** — work placement (APL) outside the EU/EEA for vocational upper-secondary and vocational adult education.',
  ),
  atlasPlanering: fact(
    'Sibling programmes (for routing)',
    'official',
    '**Atlas planering** — a planning visit ahead of Atlas partnerskap or Atlas praktik; does not make a later partnership a deepening project.',
  ),
  cannotMovePartner: seed(
    HOW,
    'Ett pågående projekt kan inte "flyttas över" till en ny partnerskola. Ni måste i sådana fall ansöka på nytt med ett nytt land.',
  ),
  partnerLeaves: seed(
    HOW,
    'Om inte särskilda omständigheter föreligger måste projektet avbrytas och beviljade medel betalas tillbaka till Universitets- och högskolerådet.',
  ),
  contactCaseOfficer: seed(
    HOW,
    'Kontakta i så fall alltid en handläggare eftersom förändringar måste godkännas innan ni kan gå vidare i projektet.',
  ),
} as const;
