/**
 * The reader's display choices on this device: theme (light/dark, or the
 * system's when unset) and presenter view (on/off), kept in localStorage, and
 * presenter view settable from the address (`?present=1` / `?present=0`).
 * boot.js reads that address key and applies the same storage keys before the
 * first paint; a unit test holds the two to the same names.
 */

export const STORAGE_KEYS = { theme: 'atlasguiden.theme', present: 'atlasguiden.present' } as const;

/** The query key that switches presenter view on (`1`) or off (`0`). */
export const PRESENT_PARAM = 'present';

/** The attributes on <html> the styles read: data-theme="light|dark", data-present (presence). */
export const THEME_ATTR = 'data-theme';
export const PRESENT_ATTR = 'data-present';

export type Theme = 'light' | 'dark';

/** localStorage may be missing or refuse (private windows, policies): choices then last for the page only. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the choice still holds on this page.
  }
}

/**
 * The theme to store when the reader asks for `wanted`: none when it is what
 * the system gives anyway, so the page follows the system again from then on.
 */
export const themeToStore = (wanted: Theme, systemDark: boolean): Theme | null =>
  (wanted === 'dark') === systemDark ? null : wanted;

/** Whether the page shows dark: a stored choice wins, else the system's setting. */
export const isDark = (stored: string | null, systemDark: boolean): boolean =>
  stored === 'dark' ? true : stored === 'light' ? false : systemDark;
