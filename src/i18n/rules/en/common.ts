/**
 * What the English rule messages of every check share: the language, rows and
 * zones in this language's own words, and sentences more than one rule rests on.
 */
import type { FindingParams } from '../../../rules/verdict.ts';
import { rowsEn, zonesInTextEn } from '../../terms/en.ts';
import { rowsIn, zonesIn } from '../read-params.ts';

export const L = 'en' as const;
/** Rows and zones in this language's own words (one language per script). */
export const rows = (p: FindingParams) => rowsIn(p, L, rowsEn);
export const zones = (p: FindingParams) => zonesIn(p, L, zonesInTextEn);
export const FORMAL =
  'A partner school (partnerskola) must give formal education at most at upper-secondary level (gymnasial nivå).';
export const OUTSIDE_EU_EEA =
  'Atlas partnerskap is for cooperation with countries outside the EU/EEA. For partners inside the EU/EEA there are Erasmus+ and Nordplus.';
