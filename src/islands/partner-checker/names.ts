/**
 * The names the form shows for rows, school levels and exchange types, from
 * src/i18n (terms and the rule messages' row names), so that a legend, an
 * error message and a finding's sentence call a row the same thing.
 */
import type { Locale } from '../../i18n/locales.ts';
import { capitalise, rowName } from '../../i18n/rules/read-params.ts';
import { terms } from '../../i18n/terms/index.ts';
import type { ExchangeType, SchoolLevel } from './options.ts';

/** Input paths of the check: the form's rows map onto them in order. */
export const swedishPath = (index: number): string => `swedishSchools.${index}`;
export const foreignPath = (index: number): string => `foreignSchools.${index}`;

/** A row as it stands inside a sentence: "partnerskola 2 utomlands". */
export const rowInText = (path: string, locale: Locale): string => rowName(path, locale);

/** A row as a heading or legend says it: "Partnerskola 2 utomlands". */
export const rowTitle = (path: string, locale: Locale): string => capitalise(rowName(path, locale));

export const levelName = (level: SchoolLevel, locale: Locale): string => terms[locale].schoolLevels[level];

export const exchangeTypeName = (type: ExchangeType, locale: Locale): string => terms[locale].exchangeTypes[type];
