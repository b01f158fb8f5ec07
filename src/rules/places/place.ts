/**
 * What a country code stands for as a place: a state, or a territory with
 * its parent state, and its own status towards the EU and the EEA. The EU and
 * EEA lists (params/countries.ts) name states; a territory's own status comes
 * from TERRITORIES, since it may differ from its parent's.
 */
import type { IsoDate } from '../parameter.ts';
import { valueOn } from '../parameter.ts';
import { eeaCountries, euCountries } from '../params/countries.ts';
import { TERRITORIES, type OwnStatus } from './territories.ts';

export interface Place {
  readonly code: string;
  /** The state a territory belongs to; null for a state (or a place without a parent state). */
  readonly parent: string | null;
  /** The place's own status: what "outside the EU/EEA" asks about. */
  readonly status: OwnStatus;
  /** The parent state's status; null when there is no parent. */
  readonly parentStatus: OwnStatus | null;
}

/**
 * The Nordic states, whose territories may belong to Nordplus' area (FACTS.md
 * names Nordplus for "the Nordic-Baltic region"). Our reading of the region's
 * Nordic half: Denmark, Finland, Iceland, Norway, Sweden.
 */
export const NORDIC_STATES: readonly string[] = ['DK', 'FI', 'IS', 'NO', 'SE'];

const statusByLists = (code: string, eu: readonly string[], eea: readonly string[]): OwnStatus =>
  eu.includes(code) ? 'eu' : eea.includes(code) ? 'eea' : 'outside';

/** The place a code names, with the EU and EEA lists in force. */
export function placeIn(code: string, eu: readonly string[], eea: readonly string[]): Place {
  // Own keys only: `constructor` or `__proto__` is no territory.
  const territory = Object.hasOwn(TERRITORIES, code)
    ? (TERRITORIES as Readonly<Record<string, (typeof TERRITORIES)[keyof typeof TERRITORIES]>>)[code]
    : undefined;
  if (territory) {
    return { code, parent: territory.parent, status: territory.status, parentStatus: statusByLists(territory.parent, eu, eea) };
  }
  return { code, parent: null, status: statusByLists(code, eu, eea), parentStatus: null };
}

/** The place a code names on `date`; undefined when no EU or EEA list is in force that day. */
export function placeOf(code: string, date?: IsoDate): Place | undefined {
  const eu = valueOn(euCountries, date);
  const eea = valueOn(eeaCountries, date);
  return eu && eea ? placeIn(code, eu.value, eea.value) : undefined;
}

/** A territory outside the EU/EEA whose parent state is inside: never plainly eligible. */
export const isTerritoryOfEuEeaState = (place: Place): boolean =>
  place.status === 'outside' && place.parentStatus !== null && place.parentStatus !== 'outside';

/**
 * The code whose OECD membership counts for the funded-visits rule: the
 * parent state's for a territory. Our reading (docs/adr/0002): the OECD's
 * members are states, and 000 speaks of "länder utanför OECD".
 */
export const oecdMemberCode = (place: Place): string => place.parent ?? place.code;
