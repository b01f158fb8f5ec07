/**
 * Wires the page tools' two toggles (dark theme, presenter view), which
 * PageToolsToggles.astro renders as plain `<button aria-pressed>` elements.
 * Loaded by that component's bundled module script, so only pages that carry
 * the page tools load it, and no UI framework comes with it: a few hundred
 * bytes instead of an island. Kept deliberately plain: every byte here is
 * paid up front on every widget page.
 *
 * boot.js has already put the stored choices on <html> (data-theme,
 * data-present) before the first paint and taken `?present=…` out of the
 * address; the styles draw each toggle's state from those attributes, so this
 * script changes nothing on screen when it starts: it sets aria-pressed and
 * answers clicks. The presenter's behaviour (presenter.ts) is imported only
 * when presenter view is on or the page was opened from a preset.
 */
import { PRESENT_ATTR, STORAGE_KEYS, THEME_ATTR, isDark, store, themeToStore } from './preferences.ts';

/** The query key a preset link carries (preset-nav.ts reads its value); such a page names its example at once. */
const PRESET_KEY = 'w-preset';

export function startPageTools(): void {
  const group = document.querySelector('[data-page-tools-toggles]');
  if (!group) return;
  const root = document.documentElement;
  const [themeButton, presentButton] = ['theme', 'present'].map((name) => group.querySelector(`[data-${name}-toggle]`));
  const media = matchMedia('(prefers-color-scheme: dark)');
  const presenting = () => root.hasAttribute(PRESENT_ATTR);
  // What the page shows: the attribute boot.js (or this toggle) set, else the system's setting.
  const dark = () => isDark(root.getAttribute(THEME_ATTR), media.matches);
  const showState = () => {
    themeButton?.setAttribute('aria-pressed', `${dark()}`);
    presentButton?.setAttribute('aria-pressed', `${presenting()}`);
  };
  let presenter: Promise<unknown> | undefined;
  const loadPresenter = () => (presenter ??= import('./presenter.ts').then((m) => m.startPresenter(presenting)));

  themeButton?.addEventListener('click', () => {
    const keep = themeToStore(dark() ? 'light' : 'dark', media.matches);
    store(STORAGE_KEYS.theme, keep);
    if (keep) root.setAttribute(THEME_ATTR, keep);
    else root.removeAttribute(THEME_ATTR);
    showState();
  });
  presentButton?.addEventListener('click', () => {
    const on = !presenting();
    store(STORAGE_KEYS.present, on ? '1' : '0');
    root.toggleAttribute(PRESENT_ATTR, on);
    showState();
    if (on) void loadPresenter();
  });
  // The system's setting can change while the page is open; a page that follows it says so.
  media.addEventListener('change', showState);

  if (presenting() || new URLSearchParams(location.search).has(PRESET_KEY)) void loadPresenter();
  showState();
  group.setAttribute('data-ready', '');
}
