/**
 * The co-financing calculator, operated with the keyboard: Tab to each field
 * (found by its label, as the page's strings give it), type, and Enter from
 * the last field submits. The worked example: 10 participants in the rest of
 * the world, own contribution exactly half.
 */
import { coFinancingFixtures } from '../../../src/rules/fixtures/co-financing.ts';
import { coFinancingStrings } from '../../../src/i18n/widgets/co-financing.ts';
import type { Driver, Target } from '../driver/index.ts';
import { tabTo } from './harness.ts';

export const CALCULATOR = 'co-financing';
export const CALCULATOR_PAGES = { sv: '/sv/ekonomi-och-schabloner/', en: '/en/economy-and-flat-rates/' } as const;
export const EXAMPLE = coFinancingFixtures.find((f) => f.id === 'worked-example-exactly-half')!;
/** The example's answers as the URL carries them, in one plain form for both languages. */
export const EXAMPLE_QUERY = { 'c-rest': '10', 'c-hours': '400', 'c-hourly': '400', 'c-admin': '40000', 'c-other': '20000' };

/** The fields in the order a reader meets them, and what a reader of that language types. */
export function exampleFields(lang: 'sv' | 'en'): { field: Target; typed: string }[] {
  const t = coFinancingStrings[lang];
  // The count label appears once per zone: Europe outside the EU/EEA first, then the rest of the world.
  return [
    { field: { label: t.countLabel, nth: 1 }, typed: '10' },
    { field: { label: t.hoursLabel }, typed: '400' },
    { field: { label: t.hourlyLabel }, typed: lang === 'sv' ? '400 kr' : 'SEK 400' },
    { field: { label: t.adminLabel }, typed: lang === 'sv' ? '40 000' : '40,000' },
    { field: { label: t.otherLabel }, typed: '20000 kr' },
  ];
}

export const restCount = (lang: 'sv' | 'en'): Target => ({ label: coFinancingStrings[lang].countLabel, nth: 1 });

export async function fillExampleByKeyboard(page: Driver, lang: 'sv' | 'en') {
  for (const { field, typed } of exampleFields(lang)) {
    await tabTo(page, field);
    await page.type(typed);
  }
  await page.press('Enter'); // implicit submission from a text field
}
