/**
 * The web app manifest of one language (/sv/manifest.webmanifest,
 * /en/manifest.webmanifest): installing from a Swedish page gives the Swedish
 * app starting at /sv/, from an English page the English one at /en/. The
 * scope is the whole site, so the language switch stays inside the app.
 */
import type { Locale } from '../i18n/locales.ts';
import { offlineStrings } from '../i18n/widgets/offline.ts';
import { ICONS, iconUrl } from './icons.ts';
import type { AppColours } from './theme-colours.ts';

export const manifestUrl = (locale: Locale) => `/${locale}/manifest.webmanifest`;

export function webManifest(locale: Locale, colours: AppColours) {
  const t = offlineStrings[locale];
  return {
    id: `/${locale}/`,
    name: t.appName,
    short_name: t.appShortName,
    description: t.appDescription,
    lang: locale,
    dir: 'ltr',
    start_url: `/${locale}/`,
    scope: '/',
    display: 'standalone',
    // One value here; the page's <meta name="theme-color"> pair gives the dark one (BaseLayout).
    theme_color: colours.theme.light,
    background_color: colours.background.light,
    icons: ICONS.map((icon) => ({
      src: iconUrl(icon),
      type: icon.type,
      sizes: icon.size ? `${icon.size}x${icon.size}` : 'any',
      purpose: icon.purpose,
    })),
  };
}
