/**
 * Words of the self-check page (/sv/sjalvtest/, /en/self-check/), where all
 * three widgets stand together.
 */
import type { Locale } from '../locales.ts';

const sv = {
  title: 'Självtest',
  description:
    'Kontrollera på några minuter om er idé passar Atlas partnerskap: vilken sorts projekt det är, om projektets uppbyggnad stämmer och om egenfinansieringen räcker.',
  intro:
    'Här finns sidans tre kontroller samlade. Varje svar visar skälet och källan. Svaren sparas i adressen, så att du kan ladda om sidan eller skicka länken till en kollega.',
  disclaimer:
    'Kontrollerna bygger på förvaltarens publicerade texter. De ersätter inte ansökan eller förvaltarens bedömning.',
} as const;

const en: { readonly [K in keyof typeof sv]: string } = {
  title: 'Self-check',
  description:
    'Check in a few minutes whether your idea fits Atlas partnerskap: what kind of project it is, whether the project is built as the rules ask, and whether your own contribution is enough.',
  intro:
    "The site's three checks, together on one page. Every answer shows its reason and its source. Your answers are kept in the address, so you can reload the page or send the link to a colleague.",
  disclaimer:
    "The checks are based on the administrator's published texts. They do not replace the application or the administrator's assessment.",
};

export const selfCheckStrings: Readonly<Record<Locale, typeof en>> = { sv, en };
