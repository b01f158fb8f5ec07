// @vitest-environment happy-dom
/**
 * The page tools' toggles as plain buttons (PageToolsToggles.astro's markup,
 * wired by page-tools.ts): aria-pressed reflects what <html> shows once the
 * script starts, in either system theme; the theme button flips data-theme and
 * stores only a choice that differs from the system; the presenter button
 * flips data-present and stores 1 / 0; the group is marked ready.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startPageTools } from '../../../src/islands/workshop/page-tools.ts';
import { PRESENT_ATTR, STORAGE_KEYS, THEME_ATTR } from '../../../src/islands/workshop/preferences.ts';

// Presenter behaviour loads on use; here only that it is asked for matters.
const startPresenter = vi.fn();
vi.mock('../../../src/islands/workshop/presenter.ts', () => ({ startPresenter }));

const html = () => document.documentElement;
const button = (name: 'theme' | 'present') => document.querySelector<HTMLButtonElement>(`[data-${name}-toggle]`)!;
const pressed = (name: 'theme' | 'present') => button(name).getAttribute('aria-pressed');

function systemDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query.includes('dark'),
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

beforeEach(() => {
  document.body.innerHTML = `
    <div role="group" data-page-tools-toggles>
      <button type="button" aria-pressed="false" data-theme-toggle>Dark</button>
      <button type="button" aria-pressed="false" data-present-toggle>Present</button>
    </div>`;
  systemDark(false);
});

afterEach(() => {
  localStorage.clear();
  html().removeAttribute(THEME_ATTR);
  html().removeAttribute(PRESENT_ATTR);
  history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
  startPresenter.mockClear();
});

test('aria-pressed says what boot.js put on <html>, and the group is marked ready', () => {
  html().setAttribute(THEME_ATTR, 'dark');
  html().setAttribute(PRESENT_ATTR, '');
  startPageTools();
  expect(pressed('theme')).toBe('true');
  expect(pressed('present')).toBe('true');
  expect(document.querySelector('[data-page-tools-toggles]')!.hasAttribute('data-ready')).toBe(true);
});

test('with the system dark and no choice stored, the theme toggle starts pressed; pressing it stores light', () => {
  systemDark(true);
  startPageTools();
  expect(pressed('theme')).toBe('true');
  button('theme').click();
  expect(html().getAttribute(THEME_ATTR)).toBe('light');
  expect(localStorage.getItem(STORAGE_KEYS.theme)).toBe('light');
  expect(pressed('theme')).toBe('false');
  // Back to what the system gives: the choice is forgotten and the page follows the system again.
  button('theme').click();
  expect(html().hasAttribute(THEME_ATTR)).toBe(false);
  expect(localStorage.getItem(STORAGE_KEYS.theme)).toBeNull();
  expect(pressed('theme')).toBe('true');
});

test('the presenter toggle flips data-present, stores 1 / 0 and loads the presenter when switched on', async () => {
  startPageTools();
  expect(pressed('present')).toBe('false');
  expect(startPresenter).not.toHaveBeenCalled();
  button('present').click();
  expect(html().hasAttribute(PRESENT_ATTR)).toBe(true);
  expect(localStorage.getItem(STORAGE_KEYS.present)).toBe('1');
  expect(pressed('present')).toBe('true');
  await vi.waitFor(() => expect(startPresenter).toHaveBeenCalledTimes(1));
  button('present').click();
  expect(html().hasAttribute(PRESENT_ATTR)).toBe(false);
  expect(localStorage.getItem(STORAGE_KEYS.present)).toBe('0');
  expect(pressed('present')).toBe('false');
});
