import type { Locale } from '../locales.ts';
import { termsEn } from './en.ts';
import { termsSv } from './sv.ts';
import type { Terms } from './types.ts';

export type { ApplicantKey, QuestionTerms, Terms } from './types.ts';

/** Term names per language. */
export const terms: Readonly<Record<Locale, Terms>> = { sv: termsSv, en: termsEn };
