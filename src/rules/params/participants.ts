import { defineParameter } from '../parameter.ts';
import { SEED_FILES, seed } from '../source.ts';
import { SOURCES_READ_ON } from './read-on.ts';

/** Minst fyra deltagare: the smallest exchange the programme funds. */
export const minParticipants = defineParameter('minParticipants', 'count', [
  {
    value: 4,
    validFrom: null,
    readOn: SOURCES_READ_ON,
    source: seed(SEED_FILES.howItWorks, 'Minst fyra deltagare krävs'),
  },
]);

/**
 * Who travels: only teachers (rent lärarutbyte) or teachers and pupils
 * (lärar- och elevutbyte). Keys; names are in src/i18n.
 */
export const exchangeTypes = defineParameter('exchangeTypes', 'term-list', [
  {
    value: ['teachers-only', 'teachers-and-pupils'] as const,
    validFrom: null,
    readOn: SOURCES_READ_ON,
    source: seed(SEED_FILES.howItWorks, 'Vid utbytet deltar endast lärare eller både lärare och elever.'),
  },
]);
