/**
 * The seed checklist: every sentence, list item and heading of the two seed
 * texts (../shared/seeds/000_*, 001_*), and where the site says it.
 *
 * - `statement`: a programme statement. `page` is the key of the Swedish page
 *   that carries it; `phrases` are words that stand in that page's built text
 *   and carry the statement's meaning (more than one when a sentence has parts).
 * - `heading`: a heading of the seed. Its topic is a heading or title on `page`;
 *   the phrase is our heading, which may be worded differently.
 * - `not-a-statement`: text of the administrator's web page that states nothing
 *   about the programme (an image caption, a button, a link). `reason` says why.
 *
 * A phrase may name a parameter of src/rules: `{minParticipants}` stands for the
 * value as <Param> renders it, `{minParticipants:words}` for <Param words>. So a
 * changed parameter changes the expected text with it, never the checklist.
 *
 * `text` is the seed's own wording (whitespace folded); the unit test
 * test/unit/content/seed-coverage.test.ts checks that every piece of the seeds
 * is listed here exactly once and nothing else is.
 */
import type { SEED_FILES } from '../../../src/rules/source.ts';

export type SeedName = keyof typeof SEED_FILES;

export const GUIDE_PAGE_KEYS = [
  'overview',
  'how-it-works',
  'project-type',
  'project-structure',
  'economy',
  'before-applying',
  'application',
  'if-something-happens',
  'reporting',
  'seminars',
  'glossary',
] as const;
export type GuidePageKey = (typeof GUIDE_PAGE_KEYS)[number];

interface Listed {
  readonly seed: SeedName;
  readonly text: string;
}
export interface Statement extends Listed {
  readonly kind: 'statement' | 'heading';
  readonly page: GuidePageKey;
  readonly phrases: readonly [string, ...string[]];
  /** How the site words it differently, when that is more than plain rephrasing. */
  readonly note?: string;
  /**
   * Where the site reads beyond the sentence: phrases of the guide's reading,
   * which must stand inside a block labelled as our reading (<Reading>), while
   * the `phrases` (the seed's own words) stand outside every such block.
   */
  readonly readings?: readonly string[];
}
export interface NotAStatement extends Listed {
  readonly kind: 'not-a-statement';
  readonly reason: string;
}
export type ChecklistEntry = Statement | NotAStatement;

const H = 'howItWorks' as const;
const P = 'programmePage' as const;

const s = (seed: SeedName, page: GuidePageKey, text: string, phrases: Statement['phrases'], note?: string): Statement =>
  note === undefined ? { seed, kind: 'statement', page, text, phrases } : { seed, kind: 'statement', page, text, phrases, note };
const h = (seed: SeedName, page: GuidePageKey, text: string, phrase: string): Statement => ({
  seed,
  kind: 'heading',
  page,
  text,
  phrases: [phrase],
});
const none = (seed: SeedName, text: string, reason: string): NotAStatement => ({ seed, kind: 'not-a-statement', text, reason });
/** A statement the site reads beyond, with the phrases of its labelled reading. */
const read = (seed: SeedName, page: GuidePageKey, text: string, phrases: Statement['phrases'], readings: readonly string[], note: string): Statement => ({
  ...s(seed, page, text, phrases, note),
  readings,
});

/** “vi/oss” in the seeds is the administrator; this site is not, so it names it. */
const WE_IS_UHR = '”vi”/”oss” in the seed is the administrator; the site names Universitets- och högskolerådet instead';

export const SEED_CHECKLIST: readonly ChecklistEntry[] = [
  // ── 000 “Så fungerar det” ──────────────────────────────────────────────
  read(H, 'how-it-works', 'Ett partnerskap inom Atlas är ett utbyte mellan skolor i Sverige och skolor i hela världen.', [
    'Ett partnerskap inom Atlas är ett utbyte mellan skolor i Sverige och skolor i hela världen.',
  ], ['partnerskolan kan ligga i vilket land som helst utanför EU/ESS'],
  '”i hela världen” is read as the whole world outside the EU/EEA (FACTS.md, reading used by this site; ADR 0002, 3)'),
  s(H, 'how-it-works', 'Fokus ligger på samarbete kring målen i läroplanerna och skolutvecklingsarbete.', [
    'Fokus ligger på samarbete kring målen i läroplanerna och på skolutvecklingsarbete.',
  ]),
  none(H, 'Kille och tjej står och diskuterar i en aula.', 'the description of a photo on the administrator\'s page; this site shows no photo'),
  h(H, 'how-it-works', 'Ömsesidigt erfarenhetsutbyte', 'Ömsesidigt erfarenhetsutbyte'),
  s(H, 'how-it-works', 'Ett partnerskap ska ge ett internationellt perspektiv i undervisningen samt främja kunskap och förståelse mellan olika kulturer.', [
    'Ett partnerskap ska ge ett internationellt perspektiv i undervisningen och främja kunskap och förståelse mellan olika kulturer.',
  ]),
  s(H, 'how-it-works', 'Det är viktigt att projektet består av ett ömsesidigt erfarenhetsutbyte i tätt samarbete med partnerskolan eller partnerorganisationen.', [
    'Det är viktigt att projektet består av ett ömsesidigt erfarenhetsutbyte i tätt samarbete med partnerskolan eller partnerorganisationen.',
  ]),
  s(H, 'how-it-works', 'Vid utbytet deltar endast lärare eller både lärare och elever.', [
    'Vid utbytet deltar endast lärare eller både lärare och elever.',
  ]),
  h(H, 'how-it-works', 'Integreras i undervisningen', 'Integreras i undervisningen'),
  s(H, 'how-it-works', 'Under utbytet kan ni till exempel genomföra gemensamma workshoppar, seminarier, projektmöten, fältstudier eller delta i undervisningen.', [
    'Under utbytet kan ni till exempel genomföra gemensamma workshoppar, seminarier, projektmöten, fältstudier eller delta i undervisningen.',
  ]),
  s(H, 'how-it-works', 'Aktiviteterna ska inte begränsas till resorna utan integreras i undervisningen under året.', [
    'Aktiviteterna ska inte begränsas till resorna utan integreras i undervisningen under året.',
  ]),
  s(H, 'how-it-works', 'Även om endast en mindre grupp är med på resorna ska projektet så långt det är möjligt involvera en större grupp personal/elever/studerande inom ett arbetslag, programlag eller hela skolan/organisationen.', [
    'Även om endast en mindre grupp är med på resorna ska projektet så långt det är möjligt involvera en större grupp personal, elever eller studerande',
    'inom ett arbetslag, ett programlag eller hela skolan eller organisationen',
  ]),
  s(H, 'how-it-works', 'Stöd för APL-vistelse i företag och andra organisationer är möjligt inom Atlas praktik.', [
    'Stöd för APL-vistelse (arbetsplatsförlagt lärande) i företag och andra organisationer är möjligt inom Atlas praktik.',
  ]),
  h(H, 'project-type', 'Nytt projekt eller fördjupningsprojekt', 'Nytt projekt eller fördjupningsprojekt'),
  h(H, 'project-type', 'Partnerskap första året – nytt projekt', 'Partnerskap första året – nytt projekt'),
  s(H, 'project-type', 'Första året er skolenhet söker Atlas partnerskap är projektet ett så kallat "nytt projekt".', [
    'Första året er skolenhet söker Atlas partnerskap är projektet ett så kallat ”nytt projekt”.',
  ]),
  read(H, 'project-type', 'Ett nytt projekt har aldrig tidigare beviljats medel inom Atlas partnerskap, men skolan kan ha haft andra samarbeten tidigare.', [
    'Ett nytt projekt har aldrig tidigare beviljats medel inom Atlas partnerskap, men skolan kan ha haft andra samarbeten tidigare.',
  ], ['Därför tolkar vi det så att ett partnerskap med en ny partner söks som ett nytt projekt.'],
  'a grant before with another partner: a new project with the new partner (ADR 0002, 14)'),
  s(H, 'project-type', 'Observera att även om ni gjort en planeringsresa inom Atlas planering räknas projektet som nytt för Atlas partnerskap.', [
    'Observera att projektet räknas som nytt för Atlas partnerskap även om ni har gjort en planeringsresa inom Atlas planering.',
  ]),
  h(H, 'project-type', 'Utbyte år 2 och uppåt', 'Utbyte från andra året – fördjupningsprojekt'),
  s(H, 'project-type', 'Under det andra året är projektet ett fördjupningsprojekt och andra krav gäller.', [
    'Under det andra året är projektet ett fördjupningsprojekt, och då gäller andra krav',
  ]),
  s(H, 'project-type', 'Ni behöver visa på både hur projektet utvecklats och hur samarbetet ska kunna fortsätta långsiktigt.', [
    'Ni behöver visa både hur projektet har utvecklats och hur samarbetet ska kunna fortsätta långsiktigt.',
  ]),
  s(H, 'project-type', 'Utvecklingen av projektet ska baseras på lärdomar från det tidigare samarbetet.', [
    'Utvecklingen av projektet ska baseras på lärdomar från det tidigare samarbetet.',
  ]),
  s(H, 'project-type', 'Det går att söka bidrag varje år och ert projekt bedöms i konkurrens med andra projekt.', [
    'Det går att söka bidrag varje år, och ert projekt bedöms i konkurrens med andra projekt.',
  ]),
  s(H, 'project-type', 'Observera att det är viktigt att ni i ansökan anger om ni tidigare beviljats bidrag för ett Atlas partnerskap med samma partner eftersom det påverkar vilka frågor ni får besvara och därmed hur vi bedömer er ansökan.', [
    'Observera att det är viktigt att ni i ansökan anger om ni tidigare har beviljats bidrag för ett Atlas partnerskap med samma partner.',
    'Det påverkar vilka frågor ni får besvara och därmed hur Universitets- och högskolerådet bedömer er ansökan.',
  ], WE_IS_UHR),
  s(H, 'project-type', 'Som skolenhet kan ni ha flera pågående projekt samtidigt.', [
    'Som skolenhet kan ni ha flera pågående projekt samtidigt.',
  ]),
  h(H, 'project-structure', 'Hur projektet är uppbyggt', 'Hur projektet är uppbyggt'),
  s(H, 'project-structure', 'Minst fyra deltagare krävs, i övrigt bestämmer ni som projektägare hur många som ska delta.', [
    'Minst {minParticipants:words} deltagare krävs.',
    'I övrigt bestämmer ni som projektägare hur många som ska delta.',
  ]),
  s(H, 'project-structure', 'Minst två parter krävs, en svensk och en utländsk.', [
    'Minst {minParties:words} parter krävs: {minSwedishSchools:words} svensk och {minForeignSchools:words} utländsk.',
  ]),
  read(H, 'project-structure', 'Partnerskola är den eller de skolor som har deltagare med i utbytet.', [
    'Partnerskola är den eller de skolor som har deltagare med i utbytet.',
  ], ['Därför räknar vi den som en av partnerskolorna i Sverige.'], 'the applicant counts among the Swedish partner schools (ADR 0002, 1)'),
  s(H, 'project-structure', 'I projektet kan maximalt sex partnerskolor ingå i samarbetet, tre utomlands och tre i Sverige.', [
    'I projektet kan högst {maxPartnerSchools:words} partnerskolor ingå i samarbetet: {maxForeignSchools:words} utomlands och {maxSwedishSchools:words} i Sverige.',
  ]),
  s(H, 'project-structure', 'Eftersom skolsystemet kan se annorlunda ut i partnerlandet är det viktigt att ni är säkra på att er partnerskola bedriver formell utbildning motsvarande högst gymnasial nivå.', [
    'Eftersom skolsystemet kan se annorlunda ut i partnerlandet är det viktigt att ni är säkra på att er partnerskola bedriver formell utbildning motsvarande högst gymnasial nivå.',
  ]),
  h(H, 'project-structure', 'Ni som projektägare bestämmer själva', 'Ni som projektägare bestämmer själva'),
  s(H, 'project-structure', 'Vilka partnerskolor ni vill samarbeta med.', ['Vilka partnerskolor ni vill samarbeta med.']),
  read(H, 'project-structure', 'I vilket land de ligger har ingen betydelse.', [
    'Vilka partnerskolor ni vill samarbeta med. I vilket land de ligger har ingen betydelse.',
  ], ['Inom den ramen har landet ingen betydelse.', 'En partnerskola utomlands i ett EU- eller ESS-land kan inte ingå i Atlas partnerskap.'],
  'quoted intact; read together with ”Utanför EU/ESS” (001) in a block labelled as our reading (ADR 0002, 3)'),
  s(H, 'project-structure', 'Om det ska vara ett rent lärarutbyte eller ett lärar- och elevutbyte.', [
    'Om det ska vara ett rent lärarutbyte eller ett lärar- och elevutbyte.',
  ]),
  s(H, 'project-structure', 'Antalet dagar för utbytet i partnerland och besök i Sverige.', [
    'Antalet dagar för utbytet i partnerlandet och för besök i Sverige.',
  ]),
  s(H, 'project-structure', 'Fördelningen av resor: ett besök/utbyte mellan partnerskolorna i vardera riktningen, ett besök/utbyte i Sverige, ett besök/utbyte i partnerlandet.', [
    'Fördelningen av resorna: ett besök eller utbyte mellan partnerskolorna i vardera riktningen, ett besök eller utbyte i Sverige, eller ett besök eller utbyte i partnerlandet.',
  ]),
  s(H, 'project-structure', 'Att använda beviljat bidrag till att bjuda in till besök i Sverige är endast möjligt för samarbeten med länder utanför OECD.', [
    'Att använda beviljat bidrag till att bjuda in till besök i Sverige är endast möjligt för samarbeten med länder utanför OECD.',
  ]),
  h(H, 'if-something-happens', 'Om något händer', 'Om något händer'),
  s(H, 'if-something-happens', 'Om ni blir beviljade medel och ska, eller redan har, startat ert pojekt kan vissa omständigheter göra att projektet behöver förändras.', [
    'Om ni har beviljats medel och ska starta, eller redan har startat, ert projekt kan vissa omständigheter göra att projektet behöver förändras.',
  ], 'the seed\'s typo ”pojekt” is corrected'),
  s(H, 'if-something-happens', 'Kontakta i så fall alltid en handläggare eftersom förändringar måste godkännas innan ni kan gå vidare i projektet.', [
    'Kontakta i så fall alltid en handläggare, eftersom förändringar måste godkännas innan ni kan gå vidare i projektet.',
  ]),
  s(H, 'if-something-happens', 'Exempelvis kan det handla om', ['Det kan till exempel handla om något av följande.']),
  h(H, 'if-something-happens', 'Resor till samarbetsland', 'Resor till samarbetslandet'),
  s(H, 'if-something-happens', 'Att UD avråder från att resa till ett samarbetsland, kan det leda till att resan ställs in eller får skjutas upp.', [
    'Om UD (Utrikesdepartementet) avråder från att resa till ett samarbetsland kan det leda till att resan ställs in eller får skjutas upp.',
  ], 'the seed\'s ”Att UD avråder …” lists a situation that may arise, so the site says it as a condition'),
  s(H, 'if-something-happens', 'Vi uppmanar er att alltid följa UD:s rekommendationer.', [
    'Universitets- och högskolerådet uppmanar er att alltid följa UD:s rekommendationer.',
  ], WE_IS_UHR),
  h(H, 'if-something-happens', 'Relationen med samarbetsskolan', 'Relationen med samarbetsskolan'),
  s(H, 'if-something-happens', 'Att er partner inte längre önskar delta i projektet.', ['Det kan hända att er partner inte längre vill delta i projektet.'], 'a situation that may arise, said as one'),
  s(H, 'if-something-happens', 'Om inte särskilda omständigheter föreligger måste projektet avbrytas och beviljade medel betalas tillbaka till Universitets- och högskolerådet.', [
    'Om inte särskilda omständigheter föreligger måste projektet då avbrytas och beviljade medel betalas tillbaka till Universitets- och högskolerådet.',
  ]),
  s(H, 'if-something-happens', 'Ett pågående projekt kan inte "flyttas över" till en ny partnerskola.', [
    'Ett pågående projekt kan inte ”flyttas över” till en ny partnerskola.',
  ]),
  s(H, 'if-something-happens', 'Ni måste i sådana fall ansöka på nytt med ett nytt land.', ['Ni måste i så fall ansöka på nytt med ett nytt land.']),
  h(H, 'if-something-happens', 'Projekttiden', 'Projekttiden'),
  s(H, 'if-something-happens', 'Att det uppstår svårigheter att genomföra projektet inom given tid.', [
    'Det kan uppstå svårigheter att genomföra projektet inom den givna tiden.',
  ], 'a situation that may arise, said as one'),
  h(H, 'if-something-happens', 'Vid sjukdom', 'Vid sjukdom'),
  s(H, 'if-something-happens', 'Att elever och lärare blir sjuka.', ['Elever och lärare kan bli sjuka.'], 'a situation that may arise, said as one'),
  s(H, 'if-something-happens', 'Då är det bra om ni har gjort en noggrann riskanalys - på individnivå och projektnivå, har en uppdaterad och förankrad krisplan och att den är förankrad hos alla som är involverade.', [
    'Då är det bra om ni: har gjort en noggrann riskanalys, både på individnivå och på projektnivå',
    'har en uppdaterad krisplan som är förankrad hos alla som är involverade.',
  ]),
  s(H, 'if-something-happens', 'Glöm inte era partners.', ['Glöm inte era partner.']),
  s(H, 'if-something-happens', 'Det är också bra om ni har koll på vilka möjligheter som finns vad gäller sjukvård.', [
    'har koll på vilka möjligheter som finns när det gäller sjukvård.',
  ]),
  s(H, 'if-something-happens', 'Några tips:', ['Några tips:']),
  s(H, 'if-something-happens', 'Ha en krishanteringsgrupp bland föräldrar.', ['Ha en krishanteringsgrupp bland föräldrarna.']),
  s(H, 'if-something-happens', 'Förberedda försäkringar.', ['Ha försäkringarna förberedda.']),
  s(H, 'if-something-happens', 'Ansvarsfördelning i Sverige och utlandet - diskutera vem som ska sköta kontakterna och fördela roller.', [
    'Fördela ansvaret i Sverige och utlandet: diskutera vem som ska sköta kontakterna och fördela rollerna.',
  ]),
  s(H, 'if-something-happens', 'Ni måste omgående kontakta oss om', ['Ni måste omgående kontakta Universitets- och högskolerådet om'], WE_IS_UHR),
  s(H, 'if-something-happens', 'Er skola/organisation beviljas medel för samma aktivitet/projekt.', [
    'er skola eller organisation beviljas medel för samma aktivitet eller projekt',
  ]),
  s(H, 'if-something-happens', 'Projektet inte kan genomföras.', ['projektet inte kan genomföras.']),
  s(H, 'if-something-happens', 'Dessa förändringar kan komma att påverka det bidrag ni beviljats som kan justeras efter beslut av Universitets- och högskolerådet.', [
    'Dessa förändringar kan komma att påverka det bidrag ni har beviljats.',
    'Bidraget kan justeras efter beslut av Universitets- och högskolerådet.',
  ]),
  h(H, 'seminars', 'Seminarier i anslutning till programmet', 'seminarier i anslutning till programmet'),
  s(H, 'seminars', 'Varje år bjuder vi in alla sökande organisationer till Atlasdagarna.', [
    'Varje år bjuder Universitets- och högskolerådet in alla sökande organisationer till Atlasdagarna.',
  ], WE_IS_UHR),
  s(H, 'seminars', 'Syftet är att ge förutsättningar och verktyg för det kommande projektsamarbetet.', [
    'Syftet är att ge förutsättningar och verktyg för det kommande projektsamarbetet.',
  ]),
  s(H, 'seminars', 'Vi håller även en workshop om hur man skriver en lyckad ansökan, som stöd för dem som fått avslag.', [
    'Universitets- och högskolerådet håller även en workshop om hur man skriver en lyckad ansökan, som stöd för dem som har fått avslag.',
  ], WE_IS_UHR),
  s(H, 'seminars', 'Information om möten publicerar vi i vårt evenemangskalendarium.', [
    'Information om möten publicerar Universitets- och högskolerådet i sitt evenemangskalendarium.',
  ], WE_IS_UHR),

  // ── 001 the programme's front page ─────────────────────────────────────
  none(P, 'Lyssna', 'the label of the page\'s read-aloud button'),
  h(P, 'overview', 'Atlas partnerskap', 'Atlas partnerskap – en guide'),
  s(P, 'overview', 'Verksamhetsområde:', ['Verksamhetsområde']),
  s(P, 'overview', 'Skola, Vuxnas lärande, Yrkesutbildning', ['Skola, vuxnas lärande och yrkesutbildning']),
  s(P, 'overview', 'Aktivitet:', ['Aktivitet']),
  s(P, 'overview', 'För personal: Jobbskugga, Undervisa För verksamheten: Utvecklingsprojekt', [
    'För personal: jobbskugga och undervisa.',
    'För verksamheten: utvecklingsprojekt.',
  ]),
  s(P, 'overview', 'Var i världen:', ['Var i världen']),
  s(P, 'overview', 'Utanför EU/ESS', ['Utanför EU/ESS']),
  s(P, 'overview', 'Just nu går det inte att ansöka till programmet.', [
    'När texterna som guiden bygger på lästes, den {readOn}, gick det inte att ansöka till programmet.',
  ], 'a status on the day the seed was read, stated with that date (SOURCES_READ_ON), never as today\'s'),
  s(P, 'overview', 'Med fler och bättre internationella kontakter inom skolväsendet, kan Atlas partnerskap bidra till att öka elevernas måluppfyllelse genom just internationalisering.', [
    'Med fler och bättre internationella kontakter inom skolväsendet kan Atlas partnerskap bidra till att öka elevernas måluppfyllelse – just genom internationalisering.',
  ]),
  s(P, 'overview', 'Er skola kan dels genomföra rena lärarutbyten, dels lärar- och elevutbyten där projekten utgår från ett specifikt och identifierat utvecklingsbehov som finns i er verksamhet.', [
    'Er skola kan dels genomföra rena lärarutbyten, dels lärar- och elevutbyten.',
    'Projekten utgår från ett specifikt och identifierat utvecklingsbehov som finns i er verksamhet.',
  ]),
  s(P, 'how-it-works', 'Förskolor, skolor och organisationer inom vuxenutbildningen kan söka medel för samarbete med motsvarande utbildningsinstitutioner i hela världen.', [
    'Förskolor, skolor och organisationer inom vuxenutbildningen kan söka medel för samarbete med motsvarande utbildningsinstitutioner i hela världen.',
  ]),
  none(P, 'Mer om programmet', 'a link heading to the administrator\'s sub-pages; the sentence under it is kept'),
  s(P, 'how-it-works', 'Här får du en övergripande bild av programmet där vi går igenom vilka organisationer som kan söka, möjliga samarbetsländer samt det övergripande syftet med Atlas.', [
    'Här får du en övergripande bild av programmet: vilka organisationer som kan söka, möjliga samarbetsländer och det övergripande syftet med Atlas.',
  ]),
  h(P, 'how-it-works', 'Så fungerar det', 'Så fungerar det'),
  s(P, 'how-it-works', 'Ett partnerskap inom Atlas är ett utbyte mellan skolor i Sverige och skolor i hela världen.', [
    'Ett partnerskap inom Atlas är ett utbyte mellan skolor i Sverige och skolor i hela världen.',
  ], 'repeats the first sentence of 000'),
  s(P, 'how-it-works', 'Fokus ligger på samarbete kring målen i läroplanerna och skolutvecklingsarbete.', [
    'Fokus ligger på samarbete kring målen i läroplanerna och på skolutvecklingsarbete.',
  ], 'repeats the second sentence of 000'),
  h(P, 'overview', 'Mål och förväntade resultat', 'Mål och förväntade resultat'),
  s(P, 'overview', 'Atlas partnerskap syftar till att främja internationella kontakter som i sin tur ska leda till skolutveckling utifrån de behov ni har identifierat på er skola.', [
    'Atlas partnerskap syftar till att främja internationella kontakter, som i sin tur ska leda till skolutveckling utifrån de behov ni har identifierat på er skola.',
  ]),
  s(P, 'overview', 'Att förverkliga de mål som anges i skolans läroplaner står i fokus.', [
    'Att förverkliga de mål som anges i skolans läroplaner står i fokus.',
  ]),
  h(P, 'before-applying', 'Inför ansökan', 'Inför ansökan'),
  s(P, 'before-applying', 'För att starta ett Atlasprojekt behöver du och dina kollegor en utländsk partnerskola i ett annat land.', [
    'För att starta ett Atlasprojekt behöver du och dina kollegor en utländsk partnerskola i ett annat land.',
  ]),
  s(P, 'before-applying', 'Skolan ska erbjuda formell utbildning motsvarande högst gymnasial nivå.', [
    'Skolan ska erbjuda formell utbildning motsvarande högst gymnasial nivå.',
  ]),
  s(P, 'before-applying', 'Tillsammans bygger ni sedan upp ett partnerskap för internationella utbyten.', [
    'Tillsammans bygger ni sedan upp ett partnerskap för internationella utbyten.',
  ]),
  h(P, 'economy', 'Ekonomi och bidrag', 'Ekonomi och schabloner'),
  s(P, 'economy', 'Från och med 2023 ansöker ni om schabloner per deltagare i projektet.', [
    'Från och med {flatRatesSinceYear} ansöker ni om schabloner per deltagare i projektet.',
  ]),
  s(P, 'economy', 'Som sökande organisation ska ni själva bidra med minst 50 procent av de totala kostnaderna för projektet.', [
    'Som sökande organisation ska ni själva bidra med minst {minOwnContributionPercent} av de totala kostnaderna för projektet.',
  ]),
  s(P, 'economy', 'Ni kan räkna med arbetstid och andra administrativa kostnader i egenfinansieringen.', [
    'Ni kan räkna med arbetstid och andra administrativa kostnader i egenfinansieringen.',
  ]),
  h(P, 'application', 'Ansök till programmet', 'Ansök till programmet'),
  s(P, 'application', 'Det är möjligt att söka Atlas partnerskap en gång per år.', [
    'Det är möjligt att söka Atlas partnerskap {applicationRoundsPerYear:words} gång per år.',
  ]),
  s(P, 'application', 'Här guidar vi dig igenom ansökan, visar vad du behöver tänka på och informerar om när vi kan lämna besked om beslut.', [
    'Här går guiden igenom ansökan, vad du behöver tänka på och när Universitets- och högskolerådet kan lämna besked om beslut.',
  ], 'the administrator\'s page introduced its own guide; this page does the same for the site\'s'),
  h(P, 'application', 'Så bedöms er ansökan', 'Så bedöms er ansökan'),
  s(P, 'application', 'Efter att sista ansökningsdag passerat påbörjar vi arbetet med att bedöma ansökningarna.', [
    'Efter att sista ansökningsdag har passerat påbörjar Universitets- och högskolerådet arbetet med att bedöma ansökningarna.',
  ], WE_IS_UHR),
  s(P, 'application', 'Ni får besked efter cirka tio veckor.', ['Ni får besked efter cirka {decisionAfterWeeks:words} veckor.']),
  s(P, 'application', 'Bedömningen utgår från kriterierna för giltighet och kvalitet.', [
    'Bedömningen utgår från kriterierna för giltighet och kvalitet.',
  ]),
  h(P, 'reporting', 'Rapportering och utvärdering', 'Rapportering och utvärdering'),
  s(P, 'reporting', 'Efter att ni avslutat partnerskapet ska ni skicka in en deltagarrapport och en slutrapport samt en ekonomisk redovisning till oss.', [
    'Efter att ni har avslutat partnerskapet ska ni skicka in följande till Universitets- och högskolerådet: en deltagarrapport en slutrapport en ekonomisk redovisning.',
  ], WE_IS_UHR),
  s(P, 'reporting', 'Vi rätar ut eventuella frågetecken i steg för steg-guiden.', [
    'Universitets- och högskolerådet rätar ut eventuella frågetecken i sin steg för steg-guide.',
  ], WE_IS_UHR),
];
