// @vitest-environment happy-dom
/**
 * The page tools' pieces: boot.js applies the stored choices and ?present=…
 * with the keys preferences.ts names; the theme store follows the system when
 * the reader's choice equals it; the presenter keys never fire in a form field
 * or with a modifier; Previous/Next wrap around and ignore unknown presets; an
 * MDX body that imports a widget wrapper makes its page interactive.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { actionForKey, isInFormField } from '../../../src/islands/workshop/keys.ts';
import {
  PRESENT_ATTR,
  PRESENT_PARAM,
  STORAGE_KEYS,
  THEME_ATTR,
  isDark,
  themeToStore,
} from '../../../src/islands/workshop/preferences.ts';
import { currentIndex, targets, type PresetLink } from '../../../src/islands/workshop/preset-nav.ts';
import { readPresets } from '../../../src/islands/workshop/presenter.ts';

const bootSource = readFileSync('src/islands/workshop/boot.js', 'utf8');
const runBoot = () => new Function(bootSource)();
const html = () => document.documentElement;

afterEach(() => {
  localStorage.clear();
  html().removeAttribute(THEME_ATTR);
  html().removeAttribute(PRESENT_ATTR);
  history.replaceState(null, '', '/');
});

describe('boot.js', () => {
  test('applies a stored theme and presenter view', () => {
    localStorage.setItem(STORAGE_KEYS.theme, 'dark');
    localStorage.setItem(STORAGE_KEYS.present, '1');
    runBoot();
    expect(html().getAttribute(THEME_ATTR)).toBe('dark');
    expect(html().hasAttribute(PRESENT_ATTR)).toBe(true);
  });

  test('leaves the page to the system when nothing (or nonsense) is stored', () => {
    localStorage.setItem(STORAGE_KEYS.theme, '"><script>');
    runBoot();
    expect(html().hasAttribute(THEME_ATTR)).toBe(false);
    expect(html().hasAttribute(PRESENT_ATTR)).toBe(false);
  });

  test('?present=1 turns presenter view on and remembers it; ?present=0 turns it off', () => {
    history.replaceState(null, '', `/sv/workshop/?${PRESENT_PARAM}=1`);
    runBoot();
    expect(html().hasAttribute(PRESENT_ATTR)).toBe(true);
    expect(localStorage.getItem(STORAGE_KEYS.present)).toBe('1');

    html().removeAttribute(PRESENT_ATTR);
    history.replaceState(null, '', '/sv/workshop/');
    runBoot();
    expect(html().hasAttribute(PRESENT_ATTR)).toBe(true);

    html().removeAttribute(PRESENT_ATTR);
    history.replaceState(null, '', `/sv/workshop/?${PRESENT_PARAM}=0`);
    runBoot();
    expect(html().hasAttribute(PRESENT_ATTR)).toBe(false);
    expect(localStorage.getItem(STORAGE_KEYS.present)).toBe('0');
  });

  test('takes ?present out of the address once stored, and leaves the other keys and the fragment', () => {
    history.replaceState(null, '', `/sv/x/?p-n=4&${PRESENT_PARAM}=1&w-preset=a#pc-heading`);
    runBoot();
    expect(`${location.pathname}${location.search}${location.hash}`).toBe('/sv/x/?p-n=4&w-preset=a#pc-heading');
    history.replaceState(null, '', `/sv/x/?${PRESENT_PARAM}=0`);
    runBoot();
    expect(`${location.pathname}${location.search}`).toBe('/sv/x/');
    history.replaceState(null, '', `/sv/x/?${PRESENT_PARAM}=yes`);
    runBoot();
    expect(location.search).toBe(`?${PRESENT_PARAM}=yes`);
  });

  test('an unknown ?present value says nothing', () => {
    localStorage.setItem(STORAGE_KEYS.present, '1');
    history.replaceState(null, '', `/?${PRESENT_PARAM}=yes`);
    runBoot();
    expect(html().hasAttribute(PRESENT_ATTR)).toBe(true);
  });
});

describe('preferences', () => {
  test('a choice equal to the system setting is not stored, so the page follows the system again', () => {
    expect(themeToStore('dark', true)).toBeNull();
    expect(themeToStore('light', false)).toBeNull();
    expect(themeToStore('dark', false)).toBe('dark');
    expect(themeToStore('light', true)).toBe('light');
    expect(isDark(null, true)).toBe(true);
    expect(isDark('light', true)).toBe(false);
    expect(isDark('dark', false)).toBe(true);
  });
});

describe('presenter keys', () => {
  const key = (k: string, extra: Partial<KeyboardEventInit> = {}, target: EventTarget | null = document.body) => ({
    key: k,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    defaultPrevented: false,
    target,
    ...extra,
  });

  test('Right arrow and Page Down go forward, Left arrow and Page Up back; other keys nothing', () => {
    expect(actionForKey(key('ArrowRight'))).toBe('next');
    expect(actionForKey(key('PageDown'))).toBe('next');
    expect(actionForKey(key('ArrowLeft'))).toBe('previous');
    expect(actionForKey(key('PageUp'))).toBe('previous');
    expect(actionForKey(key('ArrowDown'))).toBeNull();
    expect(actionForKey(key(' '))).toBeNull();
  });

  test('never with a modifier or once something else has handled the key', () => {
    for (const mod of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey'] as const) expect(actionForKey(key('ArrowRight', { [mod]: true }))).toBeNull();
    expect(actionForKey({ ...key('ArrowRight'), defaultPrevented: true })).toBeNull();
  });

  test('never while focus is in a form field or a widget that uses the arrows', () => {
    document.body.innerHTML = `
      <input id="text"><input type="radio" id="radio"><select id="select"><option>a</option></select><textarea id="area"></textarea>
      <div role="radiogroup"><span id="in-group" tabindex="0">x</span></div>
      <a id="link" href="#">link</a><button id="button">b</button>`;
    for (const id of ['text', 'radio', 'select', 'area', 'in-group']) {
      const el = document.getElementById(id)!;
      expect(isInFormField(el), id).toBe(true);
      expect(actionForKey(key('ArrowRight', {}, el)), id).toBeNull();
    }
    for (const id of ['link', 'button']) expect(actionForKey(key('PageDown', {}, document.getElementById(id)))).toBe('next');
  });
});

describe('previous and next example', () => {
  const presets: PresetLink[] = ['a', 'b', 'c'].map((id) => ({ id, title: id, href: `/sv/x/?w-preset=${id}`, widget: 'w' }));

  test('the preset named in the address, known ids only', () => {
    expect(currentIndex(presets, '?w-preset=b')).toBe(1);
    expect(currentIndex(presets, '?w-preset=zz')).toBe(-1);
    expect(currentIndex(presets, '?w-preset=%3Cscript%3E')).toBe(-1);
    expect(currentIndex(presets, '')).toBe(-1);
  });

  test('wraps around at both ends; with no preset, Next is the first and Previous the last', () => {
    expect(targets(presets, 1)).toEqual({ previous: presets[0], next: presets[2], current: presets[1] });
    expect(targets(presets, 2).next).toBe(presets[0]);
    expect(targets(presets, 0).previous).toBe(presets[2]);
    expect(targets(presets, -1)).toEqual({ previous: presets[2], next: presets[0], current: undefined });
  });

  test('the bar’s JSON is read strictly: site-relative links with every field, or nothing', () => {
    expect(readPresets(JSON.stringify(presets))).toEqual(presets);
    expect(readPresets('not json')).toEqual([]);
    expect(readPresets(JSON.stringify([{ id: 'x', title: 'x', href: 'javascript:alert(1)', widget: 'w' }, { id: 'y' }]))).toEqual([]);
  });
});
