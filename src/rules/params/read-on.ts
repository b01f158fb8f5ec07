/** The day the seed texts and FACTS.md were read for the values in this folder. */
export const SOURCES_READ_ON = '2026-11-22';
