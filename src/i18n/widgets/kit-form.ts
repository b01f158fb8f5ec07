/**
 * The few words the kit's form parts say (field error prefix, error summary
 * title, "start again"), apart from the rest of the kit's strings so a form's
 * first download carries only these. `kitStrings` (kit.ts) includes them too.
 */
import type { Locale } from '../locales.ts';

const sv = {
  errorSummaryTitle: 'Det finns ett problem',
  errorPrefix: 'Fel:',
  startAgain: 'Börja om',
  startedAgain: 'Svaren är rensade.',
} as const;

export type KitFormStrings = { readonly [K in keyof typeof sv]: string };

const en: KitFormStrings = {
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  startAgain: 'Start again',
  startedAgain: 'Your answers have been cleared.',
};

export const kitFormStrings: Readonly<Record<Locale, KitFormStrings>> = { sv, en };
