/**
 * The public texts that say where the EU and the EEA apply, cited by article
 * (see PublicTextSource: no quotes, since we cite rather than hold the
 * wording). The EU treaties as consolidated in 2016 on EUR-Lex; the EEA
 * Agreement as published on EUR-Lex; ISO 3166 for which codes are territories.
 */
import { publicText, type PublicTextSource } from '../source.ts';

const TEU = 'Treaty on European Union (consolidated version 2016)';
const TFEU = 'Treaty on the Functioning of the European Union (consolidated version 2016)';
const EEA = 'Agreement on the European Economic Area';
const EUR_LEX = 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:';

export const legalTexts = {
  /** The Treaties apply to the member states it names; Art. 355 TFEU sets their territorial scope. */
  teuTerritorialScope: publicText(TEU, `${EUR_LEX}12016M052`, 'Article 52'),
  /** The outermost regions (Guadeloupe, French Guiana, Martinique, Mayotte, Réunion, Saint-Martin …). */
  tfeuOutermostRegions: publicText(TFEU, `${EUR_LEX}12016E349`, 'Article 349'),
  /** The Treaties apply to the outermost regions in accordance with Art. 349. */
  tfeuOutermostApply: publicText(TFEU, `${EUR_LEX}12016E355`, 'Article 355(1)'),
  /** The overseas countries and territories listed in Annex II have the special association of Part Four. */
  tfeuOverseasCountries: publicText(TFEU, `${EUR_LEX}12016E355`, 'Article 355(2)'),
  tfeuAnnexII: publicText(TFEU, `${EUR_LEX}12016E/TXT`, 'Annex II (overseas countries and territories)'),
  /** The Treaties apply to the Åland Islands, under Protocol No 2 to the 1994 Act of Accession. */
  tfeuAland: publicText(TFEU, `${EUR_LEX}12016E355`, 'Article 355(4)'),
  /** The Treaties do not apply to the Faroe Islands. */
  tfeuFaroes: publicText(TFEU, `${EUR_LEX}12016E355`, 'Article 355(5)(a)'),
  /** Where the EEA Agreement applies: the EU's territory and that of Iceland, Liechtenstein and Norway. */
  eeaTerritorialScope: publicText(EEA, `${EUR_LEX}21994A0103(01)`, 'Article 126'),
  /** Norway's right to leave Svalbard out of the Agreement, which it used on ratifying. */
  eeaSvalbard: publicText(EEA, `${EUR_LEX}21994A0103(01)`, 'Protocol 40 on Svalbard'),
} as const satisfies Record<string, PublicTextSource>;

export type LegalTextKey = keyof typeof legalTexts;

/** ISO 3166-1's entry for a code: it marks the code "not independent" (a territory). */
export const isoEntry = (code: string): PublicTextSource =>
  publicText('ISO 3166 Country Codes (ISO Online Browsing Platform)', `https://www.iso.org/obp/ui/#iso:code:3166:${code}`, `Entry ${code}`);
