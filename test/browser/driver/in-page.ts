/**
 * Browser-side code every engine runs the same way, as expression strings:
 * finding an element by selector, label or role and name, and reading a
 * state. Strings, because Vitest rewrites functions it transforms, and
 * because each client evaluates a string in its own way (see each driver).
 *
 * The native clients act on a CSS selector, so a found element is marked
 * with a `data-atlas-target` attribute and acted on by that.
 */
import type { State, Target } from './types.ts';

/** `find(target)` → the element or null. Accessible names are simplified: aria-labelledby, aria-label, <label>, text. */
const FIND = String.raw`((t) => {
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const root = t.within ? document.querySelector(t.within) : document;
  if (!root) return null;
  if (t.selector) return root.querySelector(t.selector);
  const byIds = (ids) => ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ');
  const nameOf = (el) => {
    if (el.getAttribute('aria-labelledby')) return norm(byIds(el.getAttribute('aria-labelledby')));
    if (el.getAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    if (el.labels && el.labels.length) return norm([...el.labels].map((l) => l.textContent).join(' '));
    if (el instanceof HTMLInputElement && /^(submit|button|reset)$/.test(el.type)) return norm(el.value);
    return norm(el.textContent);
  };
  if (t.label !== undefined) {
    const hits = [];
    for (const label of root.querySelectorAll('label')) if (norm(label.textContent) === t.label && label.control) hits.push(label.control);
    for (const el of root.querySelectorAll('[aria-label], [aria-labelledby]')) if (nameOf(el) === t.label && !hits.includes(el)) hits.push(el);
    return hits[t.nth || 0] || null;
  }
  const roles = {
    button: 'button, [role=button], input[type=submit], input[type=button], input[type=reset]',
    link: 'a[href], [role=link]',
    radio: 'input[type=radio], [role=radio]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    textbox: 'input:not([type]), input[type=text], input[type=search], textarea, [role=textbox]',
    combobox: 'select, input[list], [role=combobox]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  };
  for (const el of root.querySelectorAll(roles[t.role])) if (nameOf(el) === t.name) return el;
  return null;
})`;

export const find = (target: Target) => `${FIND}(${JSON.stringify(target)})`;

let counter = 0;

/**
 * Finds the element, jumps it into view (smooth scrolling makes WebKit's
 * clicks land mid-scroll) and marks it; evaluates to its selector or null.
 */
export function mark(target: Target): string {
  const id = `t${++counter}`;
  return `(() => {
    const el = ${find(target)};
    if (!el) return null;
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    el.setAttribute('data-atlas-target', ${JSON.stringify(id)});
    return ${JSON.stringify(`[data-atlas-target="${id}"]`)};
  })()`;
}

/** Focuses the element from script, without scrolling smoothly. */
export const focus = (target: Target) => `(() => {
  const el = ${find(target)};
  if (!el) return false;
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  el.focus();
  return document.activeElement === el;
})()`;

export const isFocused = (target: Target) => `(() => { const el = ${find(target)}; return el !== null && document.activeElement === el; })()`;
export const exists = (target: Target) => `(${find(target)} !== null)`;
export const text = (target: Target) => `(() => { const el = ${find(target)}; return el ? el.textContent : null; })()`;
export const attribute = (target: Target, name: string) =>
  `(() => { const el = ${find(target)}; return el ? el.getAttribute(${JSON.stringify(name)}) : null; })()`;
export const value = (target: Target) =>
  `(() => { const el = ${find(target)}; return el && 'value' in el ? String(el.value) : null; })()`;

export const checked = (target: Target) => `(() => { const el = ${find(target)}; return el !== null && el.checked === true; })()`;

/** Selects the control's whole value, so the next typing replaces it (what Ctrl+A does, on every platform). */
export const selectAll = (selector: string) => `(() => {
  const el = document.querySelector(${JSON.stringify(selector)});
  el.focus();
  if (typeof el.select === 'function') el.select();
  return document.activeElement === el;
})()`;

/** An expression that is true once a page-side state holds (URL states are checked from Node). */
export function holds(state: Exclude<State, { url: unknown }>): string {
  if ('expression' in state) return `Boolean(${state.expression})`;
  if ('focus' in state) return isFocused(state.focus);
  const el = `document.querySelector(${JSON.stringify(state.selector)})`;
  if (state.attribute === undefined) return `(${el} !== null)`;
  const got = `(${el} && ${el}.getAttribute(${JSON.stringify(state.attribute)}))`;
  return state.value === undefined
    ? `(${el} !== null && ${el}.hasAttribute(${JSON.stringify(state.attribute)}))`
    : `(${got} === ${JSON.stringify(state.value)})`;
}

/** Words for an error message about a state. */
export function describe(state: State): string {
  if ('what' in state) return state.what;
  if ('focus' in state) return `focus on ${JSON.stringify(state.focus)}`;
  return state.attribute === undefined
    ? state.selector
    : `${state.selector} with ${state.attribute}${state.value === undefined ? '' : `="${state.value}"`}`;
}
