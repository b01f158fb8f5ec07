/**
 * The page tools' toggles on pages that run JavaScript anyway (widget pages,
 * the self-check and workshop pages): dark theme and presenter view.
 *
 * boot.js has already set <html data-theme> and <html data-present> before the
 * first paint, and the styles draw each toggle's state from those attributes,
 * so hydrating changes nothing on screen: it sets aria-pressed and wires the
 * buttons. The presenter's example bar is plain HTML beside this island
 * (PageTools.astro); its behaviour (presenter.ts) is loaded only when it is
 * used: presenter view on, or a page opened from a preset.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  PRESENT_ATTR,
  STORAGE_KEYS,
  THEME_ATTR,
  isDark,
  presentFromSearch,
  readStored,
  store,
  themeToStore,
  withoutPresentParam,
} from './preferences.ts';

export interface PageToolsProps {
  /** The group's name and the two toggles' names, in the page's language. */
  readonly label: string;
  readonly darkTheme: string;
  readonly presenterView: string;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';
const root = () => document.documentElement;
const presenting = () => root().hasAttribute(PRESENT_ATTR);
const systemDark = () => typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;

let presenterLoading = false;
function loadPresenter(): void {
  if (presenterLoading) return;
  presenterLoading = true;
  void import('./presenter.ts').then((m) => m.startPresenter(presenting));
}

export default function PageTools({ label, darkTheme, presenterView }: PageToolsProps) {
  // The server knows nothing of the reader's choices; the styles show them from <html>'s attributes meanwhile.
  const [dark, setDark] = useState(false);
  const [present, setPresent] = useState(false);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const follow = () => setDark(isDark(readStored(STORAGE_KEYS.theme), systemDark()));
    follow();
    setPresent(presenting());
    // boot.js stored ?present=…; drop it from the address so a later toggle survives a reload.
    if (presentFromSearch(location.search) !== undefined) {
      history.replaceState(history.state, '', `${location.pathname}${withoutPresentParam(location.search)}${location.hash}`);
    }
    if (presenting() || new URLSearchParams(location.search).has('w-preset')) loadPresenter();
    setReady(true);
    const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : undefined;
    media?.addEventListener('change', follow);
    return () => media?.removeEventListener('change', follow);
  }, []);

  const toggleTheme = () => {
    const keep = themeToStore(dark ? 'light' : 'dark', systemDark());
    store(STORAGE_KEYS.theme, keep);
    if (keep) root().setAttribute(THEME_ATTR, keep);
    else root().removeAttribute(THEME_ATTR);
    setDark(!dark);
  };

  const togglePresent = () => {
    const on = !present;
    store(STORAGE_KEYS.present, on ? '1' : '0');
    root().toggleAttribute(PRESENT_ATTR, on);
    setPresent(on);
    if (on) loadPresenter();
  };

  return (
    <div class="page-tools__toggles" role="group" aria-label={label} data-page-tools-toggles data-ready={ready ? '' : undefined}>
      <button type="button" class="page-tools__toggle" aria-pressed={dark} data-theme-toggle onClick={toggleTheme}>
        {darkTheme}
      </button>
      <button type="button" class="page-tools__toggle" aria-pressed={present} data-present-toggle onClick={togglePresent}>
        {presenterView}
      </button>
    </div>
  );
}
