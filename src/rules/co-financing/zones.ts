/** The two flat-rate zones (schablonzoner): Europe outside the EU/EEA, and the rest of the world. */
export const ZONES = ['europeOutsideEuEea', 'restOfWorld'] as const;
export type Zone = (typeof ZONES)[number];
