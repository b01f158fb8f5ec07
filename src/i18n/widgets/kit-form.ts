/**
 * The few words the kit's form parts say (field error prefix, error summary
 * title, "start again"). `kitStrings` (kit.ts) includes them: the page hands
 * a widget all of the kit's words in its language as data (kit-words.ts).
 */
import type { Locale } from '../locales.ts';

const sv = {
  errorSummaryTitle: 'Det finns ett problem',
  errorPrefix: 'Fel:',
  startAgain: 'Börja om',
  startedAgain: 'Svaren är rensade.',
  loadFailed: 'Resten av kontrollen kunde inte laddas. Era svar finns kvar. Kontrollera anslutningen och försök igen.',
  tryAgain: 'Försök igen',
  waitingForScript: 'Kontrollen startar när sidans skript har laddats. Det ni redan skrivit finns kvar.',
  asOfInvalid: 'Datumet i adressen är inget giltigt datum (skriv det som ÅÅÅÅ-MM-DD), så sidans datum gäller.',
} as const;

export type KitFormStrings = { readonly [K in keyof typeof sv]: string };

const en: KitFormStrings = {
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  startAgain: 'Start again',
  startedAgain: 'Your answers have been cleared.',
  loadFailed: 'The rest of the check could not be loaded. Your answers are still here. Check your connection and try again.',
  tryAgain: 'Try again',
  waitingForScript: 'The check starts once the page’s script has loaded. What you have already typed is kept.',
  asOfInvalid: 'The date in the address is not a valid date (write it as YYYY-MM-DD), so the page’s date applies.',
};

export const kitFormStrings: Readonly<Record<Locale, KitFormStrings>> = { sv, en };
