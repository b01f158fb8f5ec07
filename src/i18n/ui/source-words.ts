/**
 * The one place that words a source for a reader: who published it, where, and
 * when it was read, in the page's language. The rules page, the sources at the
 * foot of every guidance page and the widgets' "Source:" lines all say a source
 * through this module, so no page names an internal file or heading.
 *
 * A seed text is the administrator's page it was read from (its title, the
 * administrator's site, the day it was read). A fact beyond the seeds is said by
 * its origin, as the compilation of facts records it: the administrator's own
 * pages ("official"), another public body's site (europa.eu), a third-party
 * summary ("secondary", always with "check the current call"), or a list or a
 * reading made for this guide ("derived", said as ours). The origins are keyed
 * by the fact's section and grade; a unit test checks that every source in
 * src/rules has one here.
 */
import { INTL_TAG, type Locale } from '../locales.ts';
import { SEED_FILES, type Source } from '../../rules/source.ts';
import { SOURCES_READ_ON } from '../../rules/params/read-on.ts';

export interface SourceWords {
  /** Who published it and where, e.g. ”Förvaltarens programsida ”Atlas partnerskap”, utbyten.se”. */
  readonly origin: string;
  /** ”läst 22 november 2026”, or null when the source is this guide's own list or reading. */
  readonly readOn: string | null;
  /** The origin and the day read, as one line. */
  readonly text: string;
  /** A secondary fact: the reader must check it in the current call. */
  readonly checkCurrentCall: boolean;
  /** The guide's own reading or compilation, not a statement of the administrator's. */
  readonly ours: boolean;
}

type Origin = { readonly sv: string; readonly en: string; readonly ours?: true };

const SEED_ORIGINS: Readonly<Record<keyof typeof SEED_FILES, Origin>> = {
  howItWorks: {
    sv: 'Förvaltarens sida ”Så fungerar det” om Atlas partnerskap, utbyten.se',
    en: 'The administrator’s page “Så fungerar det” (How it works) on Atlas partnerskap, utbyten.se',
  },
  programmePage: {
    sv: 'Förvaltarens programsida ”Atlas partnerskap”, utbyten.se',
    en: 'The administrator’s programme page “Atlas partnerskap”, utbyten.se',
  },
};

/** Facts beyond the seeds: `<section>|<grade>` of the compilation → where the fact was read. */
export const FACT_ORIGINS: Readonly<Record<string, Origin>> = {
  'Country lists (for the rules module, as dated data)|official': {
    sv: 'Europeiska unionens webbplats, europa.eu',
    en: 'The European Union’s website, europa.eu',
  },
  'Country lists (for the rules module, as dated data)|derived': {
    sv: 'Listan är sammanställd för Atlasguiden ur de offentliga medlemslistorna och ses över varje år',
    en: 'A list compiled for Atlasguiden from the public membership lists, reviewed every year',
    ours: true,
  },
  'Partner countries (reconciling the two seeds)|official': {
    sv: 'Förvaltarens programsida och förvaltarens nyhet om programmet från 2023, utbyten.se',
    en: 'The administrator’s programme page and its 2023 news item about the programme, utbyten.se',
  },
  'Partner countries (reconciling the two seeds)|derived': {
    sv: 'Atlasguidens tolkning av förvaltarens texter',
    en: 'Atlasguiden’s reading of the administrator’s texts',
    ours: true,
  },
  'Sibling programmes (for routing)|official': {
    sv: 'Förvaltarens sidor om Atlas planering, Atlas praktik, Erasmus+ och Nordplus, utbyten.se',
    en: 'The administrator’s pages on Atlas planering, Atlas praktik, Erasmus+ and Nordplus, utbyten.se',
  },
  'Flat rates (schabloner) — secondary|secondary': {
    sv: 'En sammanfattning av förvaltarens allmänna villkor för 2026, skriven av någon annan än förvaltaren',
    en: 'A summary of the administrator’s general terms and conditions for 2026, written by someone other than the administrator',
  },
};

/** Said when a fact's origin is not in the table above (a test keeps that from happening). */
const BY_GRADE: Readonly<Record<'official' | 'secondary' | 'derived', Origin>> = {
  official: { sv: 'Förvaltarens webbplats, utbyten.se', en: 'The administrator’s website, utbyten.se' },
  secondary: {
    sv: 'En sammanfattning skriven av någon annan än förvaltaren',
    en: 'A summary written by someone other than the administrator',
  },
  derived: { sv: 'Sammanställt för Atlasguiden', en: 'Compiled for Atlasguiden', ours: true },
};

const READ_ON = { sv: 'läst {date}', en: 'read on {date}' } as const;

export const factOriginKey = (section: string, grade: string): string => `${section}|${grade}`;

function originOf(source: Source): Origin {
  if (source.kind === 'seed') {
    return source.file === SEED_FILES.howItWorks ? SEED_ORIGINS.howItWorks : SEED_ORIGINS.programmePage;
  }
  return FACT_ORIGINS[factOriginKey(source.section, source.grade)] ?? BY_GRADE[source.grade];
}

/** The day the administrator's texts were read, in words: ”läst 22 november 2026”. */
export const readOnWords = (locale: Locale): string =>
  READ_ON[locale].replace(
    '{date}',
    new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${SOURCES_READ_ON}T00:00:00Z`)),
  );

/** The title of one of the administrator's two texts, with the site it is on. */
export const seedOrigin = (name: keyof typeof SEED_FILES, locale: Locale): string => SEED_ORIGINS[name][locale];

export function sourceWords(source: Source, locale: Locale): SourceWords {
  const origin = originOf(source);
  const ours = origin.ours === true;
  const readOn = ours ? null : readOnWords(locale);
  return {
    origin: origin[locale],
    readOn,
    text: readOn ? `${origin[locale]}, ${readOn}` : origin[locale],
    checkCurrentCall: source.kind === 'facts' && source.grade === 'secondary',
    ours,
  };
}

/** The titles of the administrator's two texts as they stand on its site; /rules.json names its sources by these. */
export const SEED_TITLES: Readonly<Record<keyof typeof SEED_FILES, string>> = {
  howItWorks: 'Så fungerar det',
  programmePage: 'Atlas partnerskap',
};

/** Which of the two texts a seed source quotes. */
export const seedName = (file: (typeof SEED_FILES)[keyof typeof SEED_FILES]): keyof typeof SEED_FILES =>
  file === SEED_FILES.howItWorks ? 'howItWorks' : 'programmePage';
