/**
 * A row's name in either language, for the pages that build widget strings at
 * build time (the partner checker's row titles). Rule messages take their own
 * language's words directly (read-params.ts), so no script carries both.
 */
import type { Locale } from '../locales.ts';
import { terms } from '../terms/index.ts';
import { rowNameIn } from './read-params.ts';

export const rowName = (path: string, locale: Locale): string => rowNameIn(path, terms[locale].rows);
