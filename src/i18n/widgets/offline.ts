/**
 * Words of the installable, offline site: the web app manifest's name and
 * description per language, and the workshop page's "Installera / Install"
 * section with its status line (one text per state of
 * src/components/offline/offline-status.ts). `{count}` and `{missing}` are
 * filled with fill() from src/islands/kit/fill.ts.
 */
import type { Locale } from '../locales.ts';

const sv = {
  appName: 'Atlasguiden',
  appShortName: 'Atlasguiden',
  appDescription: 'Vägledning och självtest för skolor som funderar på att söka Atlas partnerskap.',
  heading: 'Installera',
  lead: 'Fungerar offline efter första besöket.',
  how:
    'När du har öppnat den här sidan en gång med nätverk sparar webbläsaren hela guiden på båda språken, med kontrollerna, exemplen och sökningen, och visar den sedan även utan nätverk. Öppna sidan på datorn eller surfplattan du ska visa från, helst dagen före, och vänta tills raden nedan säger att guiden är sparad.',
  statusLabel: 'Offline',
  'state.checking': 'Kontrollerar om guiden är sparad …',
  'state.saving': 'Sparar guiden för offline …',
  'state.ready': 'Klart: guiden är sparad, alla {count} delar. Den fungerar offline i den här webbläsaren.',
  'state.incomplete': 'Guiden är inte helt sparad: {missing} av {count} delar saknas. Ladda om sidan med nätverk.',
  'state.update': 'En ny version av guiden är sparad. Den används när alla flikar med guiden är stängda, eller genast med knappen.',
  'state.unsupported': 'Den här webbläsaren kan inte spara guiden för offline.',
  'state.failed': 'Guiden kunde inte sparas för offline. Ladda om sidan med nätverk och försök igen.',
  useUpdate: 'Använd den nya versionen',
  install: 'Installera Atlasguiden',
  installed: 'Atlasguiden är installerad.',
  installHow:
    'Visar webbläsaren ingen knapp: i Safari på iPad och iPhone väljer du Dela → Lägg till på hemskärmen, i Chrome och Edge finns Installera i adressfältet eller i menyn. Guiden fungerar offline även utan att installeras.',
  needsScript: 'Att spara guiden för offline kräver JavaScript.',
} as const;

export type OfflineStrings = { readonly [K in keyof typeof sv]: string };

const en: OfflineStrings = {
  appName: 'Atlasguiden',
  appShortName: 'Atlasguiden',
  appDescription: 'Guidance and self-checks for schools thinking of applying to Atlas partnerskap.',
  heading: 'Install',
  lead: 'Works offline after the first visit.',
  how:
    'Once you have opened this page with a network, the browser keeps the whole guide in both languages, with its checks, examples and search, and shows it without a network too. Open this page on the computer or tablet you will present from, ideally the day before, and wait until the line below says the guide is saved.',
  statusLabel: 'Offline',
  'state.checking': 'Checking whether the guide is saved …',
  'state.saving': 'Saving the guide for offline use …',
  'state.ready': 'Done: the guide is saved, all {count} parts. It works offline in this browser.',
  'state.incomplete': 'The guide is not fully saved: {missing} of {count} parts are missing. Reload this page with a network.',
  'state.update': 'A new version of the guide is saved. It is used once every tab with the guide is closed, or at once with the button.',
  'state.unsupported': 'This browser cannot save the guide for offline use.',
  'state.failed': 'The guide could not be saved for offline use. Reload this page with a network and try again.',
  useUpdate: 'Use the new version',
  install: 'Install Atlasguiden',
  installed: 'Atlasguiden is installed.',
  installHow:
    'If your browser shows no button: in Safari on iPad and iPhone choose Share → Add to Home Screen; in Chrome and Edge, Install is in the address bar or the menu. The guide works offline without being installed too.',
  needsScript: 'Saving the guide for offline use needs JavaScript.',
};

export const offlineStrings: Readonly<Record<Locale, OfflineStrings>> = { sv, en };
