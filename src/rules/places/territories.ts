/**
 * Places are data: every ISO 3166-1 code that ISO marks "not independent"
 * names a territory of a state. Each has its parent state and its OWN status
 * towards the EU and the EEA, which is what the programme's "outside the
 * EU/EEA" is about: Åland and the outermost regions are EU territory (TFEU
 * Art. 349, 355(1), 355(4)); Greenland, the Faroes, Svalbard and the overseas
 * countries and territories are not, although their parent states are EU or
 * EEA members. Territories of states outside the EU/EEA are listed too, so a
 * partner there is read with its parent (for the OECD) and the table is
 * complete. Statuses hold from 2020-02-01, the first day of the EU list in
 * params/countries.ts (the checks run on no earlier date).
 *
 * Not programme facts: public law and a public standard, cited by article
 * (public-texts.ts). Readings beyond a text's words are marked `ourReading`
 * and recorded in docs/adr/0002.
 */
import type { IsoCountryCode } from '../countries/iso-3166-1.ts';
import type { LegalTextKey } from './public-texts.ts';

/** A place's own standing: inside the EU, inside the EEA but not the EU, or outside both. */
export type OwnStatus = 'eu' | 'eea' | 'outside';

export interface Territory {
  readonly code: IsoCountryCode;
  /** The state the territory belongs to (ISO 3166). */
  readonly parent: IsoCountryCode;
  /** The territory's own status, which may differ from its parent's. */
  readonly status: OwnStatus;
  /**
   * Where that status is stated: keys of legalTexts (public-texts.ts). Keys,
   * not the sources themselves, so that the checks (which run in the
   * widgets' scripts) carry no addresses; the parent's source is ISO 3166-1's
   * entry for the code, isoEntry(code).
   */
  readonly statusSources: readonly LegalTextKey[];
  /** When the status follows from our reading rather than the text's own words: why. */
  readonly ourReading?: string;
}

const OUTERMOST: readonly LegalTextKey[] = ['tfeuOutermostRegions', 'tfeuOutermostApply'];
const OVERSEAS: readonly LegalTextKey[] = ['tfeuOverseasCountries', 'tfeuAnnexII'];
/** A territory of a state that is in neither the EU nor the EEA lies outside both: the Treaties and the Agreement name their states. */
const OUTSIDE_STATE: readonly LegalTextKey[] = ['teuTerritorialScope', 'eeaTerritorialScope'];

const entry = (
  code: IsoCountryCode,
  parent: IsoCountryCode,
  status: OwnStatus,
  statusSources: readonly LegalTextKey[],
  ourReading?: string,
): Territory => ({ code, parent, status, statusSources, ...(ourReading ? { ourReading } : {}) });

const list: readonly Territory[] = [
  // Finland
  entry('AX', 'FI', 'eu', ['tfeuAland']),
  // Denmark
  entry('GL', 'DK', 'outside', OVERSEAS),
  entry('FO', 'DK', 'outside', ['tfeuFaroes']),
  // Norway (EEA, not EU)
  entry('SJ', 'NO', 'outside', ['eeaTerritorialScope', 'eeaSvalbard'], 'SJ is Svalbard and Jan Mayen; the code is read as Svalbard, which Protocol 40 lets Norway leave out (Jan Mayen has no schools).'),
  entry('BV', 'NO', 'outside', ['eeaTerritorialScope'], 'Bouvet Island is a Norwegian dependency, not part of the Kingdom that Article 126 names.'),
  // France: outermost regions (EU) …
  entry('GF', 'FR', 'eu', OUTERMOST),
  entry('GP', 'FR', 'eu', OUTERMOST),
  entry('MQ', 'FR', 'eu', OUTERMOST),
  entry('RE', 'FR', 'eu', OUTERMOST),
  entry('YT', 'FR', 'eu', OUTERMOST),
  entry('MF', 'FR', 'eu', OUTERMOST),
  // … and overseas countries and territories (not EU)
  entry('BL', 'FR', 'outside', OVERSEAS),
  entry('NC', 'FR', 'outside', OVERSEAS),
  entry('PF', 'FR', 'outside', OVERSEAS),
  entry('PM', 'FR', 'outside', OVERSEAS),
  entry('TF', 'FR', 'outside', OVERSEAS),
  entry('WF', 'FR', 'outside', OVERSEAS),
  // The Netherlands: overseas countries and territories
  entry('AW', 'NL', 'outside', OVERSEAS),
  entry('CW', 'NL', 'outside', OVERSEAS),
  entry('SX', 'NL', 'outside', OVERSEAS),
  entry('BQ', 'NL', 'outside', OVERSEAS),
  // The United Kingdom
  ...(['AI', 'BM', 'FK', 'GG', 'GI', 'GS', 'IM', 'IO', 'JE', 'KY', 'MS', 'PN', 'SH', 'TC', 'VG'] as const).map((code) =>
    entry(code, 'GB', 'outside', OUTSIDE_STATE),
  ),
  // The United States
  ...(['AS', 'GU', 'MP', 'PR', 'UM', 'VI'] as const).map((code) => entry(code, 'US', 'outside', OUTSIDE_STATE)),
  // Australia
  ...(['CC', 'CX', 'HM', 'NF'] as const).map((code) => entry(code, 'AU', 'outside', OUTSIDE_STATE)),
  // New Zealand
  ...(['CK', 'NU', 'TK'] as const).map((code) => entry(code, 'NZ', 'outside', OUTSIDE_STATE)),
  // China
  ...(['HK', 'MO'] as const).map((code) => entry(code, 'CN', 'outside', OUTSIDE_STATE)),
];

export const TERRITORIES: Readonly<Partial<Record<IsoCountryCode, Territory>>> = Object.fromEntries(
  list.map((t) => [t.code, t]),
);

/**
 * Codes ISO marks not independent that have no parent state to name. They are
 * read as places of their own, outside the EU/EEA and the OECD (no list names
 * them); a school there is a case for the administrator in any event.
 */
export const PLACES_WITHOUT_PARENT: Readonly<Partial<Record<IsoCountryCode, string>>> = {
  AQ: 'Antarctica: claims to it are frozen by the Antarctic Treaty; no state is its parent.',
  EH: 'Western Sahara: its status is disputed; this guide names no parent state.',
};
