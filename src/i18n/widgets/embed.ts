/**
 * Words of the embed pages (a widget alone, framed on another site) and of
 * the "Bädda in / Embed" disclosure under each widget on its guidance page.
 * `{widget}` is the widget's heading; `{site}` the guide's name.
 */
import type { Locale } from '../locales.ts';

const sv = {
  /** The embed page's meta description. */
  description: '{widget} från Atlasguiden, för att visa på en annan webbplats. Hela vägledningen om Atlas partnerskap finns i Atlasguiden.',
  /** Under the widget on the embed page: back to the guide, in a new tab; the answers come along. */
  backToGuide: 'Läs mer i Atlasguiden',
  opensInNewTab: '(öppnas i en ny flik)',
  /** The disclosure on the guidance page. */
  summary: 'Bädda in kontrollen på er webbplats',
  explain:
    'Kopiera koden nedan till er webbsida för att visa kontrollen där. Den visas i en ram med en länk tillbaka hit. Skriptet är valfritt: det gör ramen lika hög som kontrollen. Utan det har ramen en fast höjd och en rullningslist.',
  codeLabel: 'Kod att bädda in',
  /** The iframe's title in the snippet: what a screen reader names the frame on the host's page. */
  frameTitle: '{widget} – {site}',
} as const;

const en: { readonly [K in keyof typeof sv]: string } = {
  description: '{widget} from Atlasguiden, to show on another website. The full guidance on Atlas partnerskap is in Atlasguiden.',
  backToGuide: 'Read more in Atlasguiden',
  opensInNewTab: '(opens in a new tab)',
  summary: 'Embed this check on your website',
  explain:
    'Copy the code below into your web page to show the check there. It appears in a frame with a link back here. The script is optional: it makes the frame as tall as the check. Without it the frame has a fixed height and a scroll bar.',
  codeLabel: 'Code to embed',
  frameTitle: '{widget} – {site}',
};

export const embedStrings: Readonly<Record<Locale, typeof en>> = { sv, en };
