/**
 * The partner checker, operated with the keyboard: the participant count, the
 * exchange type by arrow key, the applicant's level and the school abroad's
 * country and level by typing (type-ahead in a <select>, a country name into
 * the datalist field), funded visits by Space, Enter on the submit button.
 * Fields are found by their labels, as the page's strings give them.
 */
import { partnerCheckerText } from '../../../src/i18n/widgets/partner-checker.ts';
import { checkPartnership } from '../../../src/rules/index.ts';
import type { Driver } from '../driver/index.ts';
import { tabTo } from './harness.ts';
import { widget } from './widget-states.ts';

export const PARTNER = 'partner-checker';
export const PARTNER_PAGES = { sv: '/sv/projektets-uppbyggnad/', en: '/en/project-structure/' } as const;

/** A country as a reader of each language types it (country names are data, not the widget's wording). */
const INDIA = { sv: 'Indien', en: 'India' } as const;

export const ENTERED = {
  participants: 16,
  exchangeType: 'teachers-and-pupils',
  swedishSchools: [{ level: 'upper-secondary' }],
  foreignSchools: [{ country: 'IN', level: 'upper-secondary' }],
  fundedVisitsToSweden: true,
} as const;

/** What the rules module says about what the test enters. */
export const expectedVerdict = () => checkPartnership(ENTERED);

export const participantsField = (lang: 'sv' | 'en') => ({ label: partnerCheckerText(lang).participantsLabel });

export async function fillByKeyboard(page: Driver, lang: 'sv' | 'en') {
  const t = partnerCheckerText(lang);
  await tabTo(page, participantsField(lang));
  await page.type(String(ENTERED.participants));
  await tabTo(page, { label: t.types['teachers-only'] }, 3);
  await page.press('ArrowDown'); // → teachers and pupils, checked
  await tabTo(page, { label: t.levelLabel, nth: 0 }, 3);
  await page.type(t.levels['upper-secondary']);
  await tabTo(page, { label: t.countryLabel, nth: 0 }, 5);
  await page.type(INDIA[lang]);
  await tabTo(page, { label: t.levelLabel, nth: 1 }, 3);
  await page.type(t.levels['upper-secondary']);
  await tabTo(page, { label: t['visits.yes'] }, 5);
  await page.press('Space');
  await tabTo(page, { selector: `${widget(PARTNER)} form [type="submit"]` }, 3);
  await page.press('Enter');
}
