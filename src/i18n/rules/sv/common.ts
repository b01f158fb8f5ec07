/**
 * What the Swedish rule messages of every check share: the language, rows and
 * zones in this language's own words, and sentences more than one rule rests on.
 */
import type { FindingParams } from '../../../rules/verdict.ts';
import { rowsSv, zonesInTextSv } from '../../terms/sv.ts';
import { rowsIn, zonesIn } from '../read-params.ts';

export const L = 'sv' as const;
/** Rows and zones in this language's own words (one language per script). */
export const rows = (p: FindingParams) => rowsIn(p, L, rowsSv);
export const zones = (p: FindingParams) => zonesIn(p, L, zonesInTextSv);
export const FORMAL = 'En partnerskola ska bedriva formell utbildning motsvarande högst gymnasial nivå.';
export const OUTSIDE_EU_EEA =
  'Atlas partnerskap gäller samarbeten med länder utanför EU/ESS. För partner inom EU/ESS finns Erasmus+ och Nordplus.';
