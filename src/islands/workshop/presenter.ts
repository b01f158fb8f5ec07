/**
 * Presenter view's behaviour, loaded only when it is used (presenter view on,
 * or a page opened from a preset): which example this page shows, where the
 * bar's Previous / Reset / Next lead, the arrow and Page Up/Down keys, and
 * bringing the example's verdict on screen once the widget has shown it. The
 * bar itself is plain HTML (PageTools.astro) carrying the examples' links as
 * build-time JSON in `data-presets`, so the page tools' up-front script stays
 * small and a reader who never presents loads none of this.
 */
import { fill } from '../kit/fill.ts';
import { registerWorker } from '../offline/register-worker.ts';
import { actionForKey } from './keys.ts';
import { currentIndex, targets, type PresetLink } from './preset-nav.ts';

/** The examples as the page wrote them; anything malformed is left out (the page made it, but be strict). */
export function readPresets(json: string | undefined): PresetLink[] {
  try {
    const list: unknown = JSON.parse(json ?? '[]');
    if (!Array.isArray(list)) return [];
    return list.filter(
      (p): p is PresetLink =>
        typeof p === 'object' &&
        p !== null &&
        ['id', 'title', 'href', 'widget'].every((k) => typeof (p as Record<string, unknown>)[k] === 'string') &&
        (p as PresetLink).href.startsWith('/'),
    );
  } catch {
    return [];
  }
}

/**
 * Brings the widget's verdict on screen the first time it appears (the widget renders it after hydrating),
 * but only if the jump to the example did not already show its start: a second scroll would push the
 * widget's heading away and move the room's screen twice for one step (issue 16). "On screen" is below the
 * presenter bar, which stays at the top on a wide screen (presenter.css), and with a quarter of the screen
 * (or all of a short verdict) visible above the bottom edge.
 */
function showVerdictOnce(widget: string): void {
  const wrapper = document.querySelector(`[data-widget-wrapper="${CSS.escape(widget)}"]`);
  if (!wrapper) return;
  const show = (): boolean => {
    const verdict = wrapper.querySelector('[data-verdict]');
    if (!verdict) return false;
    const box = verdict.getBoundingClientRect();
    const barBottom = Math.max(0, document.querySelector('.page-tools')?.getBoundingClientRect().bottom ?? 0);
    const seen = Math.min(box.height, innerHeight / 4);
    const startShown = box.top >= barBottom && box.top + seen <= innerHeight;
    // At once, not smoothly: an audience should see the result, not a scroll. scroll-padding keeps it below the bar.
    if (!startShown) verdict.scrollIntoView({ block: 'start', behavior: 'instant' });
    return true;
  };
  if (show()) return;
  const watch = new MutationObserver(() => {
    if (show()) watch.disconnect();
  });
  watch.observe(wrapper, { childList: true, subtree: true });
}

const sameDocument = (href: string) => new URL(href, location.href).href.split('#')[0] === location.href.split('#')[0];

/**
 * Places this page among the examples, points the bar's links, listens for
 * the keys while `isOn()` (presenter view can be turned off and on again
 * without a reload), and shows the verdict of an example page.
 */
export function startPresenter(isOn: () => boolean): void {
  // A presenter is who needs the guide offline: presenter view saves it (ADR 0009), loaded with it on use, never up front.
  void registerWorker();
  const bar = document.querySelector<HTMLElement>('[data-presenter-bar]');
  if (!bar) return;
  const presets = readPresets(bar.dataset['presets']);
  const index = currentIndex(presets, location.search);
  const { previous, next, current } = targets(presets, index);
  const link = (name: string) => bar.querySelector<HTMLAnchorElement>(`[data-presenter="${name}"]`);

  if (previous) link('previous')?.setAttribute('href', previous.href);
  if (next) link('next')?.setAttribute('href', next.href);
  const reset = link('reset');
  if (current && reset) reset.setAttribute('href', current.href);
  reset?.addEventListener('click', (event) => {
    // Opening the address the page already has would only scroll; a reload restores the example's answers.
    if (sameDocument(reset.href)) {
      event.preventDefault();
      location.reload();
    }
  });
  const where = bar.querySelector<HTMLElement>('[data-current-preset]');
  if (where && current) {
    where.dataset['currentPreset'] = current.id;
    where.textContent = `${fill(bar.dataset['counter'] ?? '', { n: index + 1, total: presets.length })}: ${current.title}`;
  }
  document.addEventListener('keydown', (event) => {
    if (!isOn()) return;
    const action = actionForKey(event);
    const target = action === 'next' ? next : action === 'previous' ? previous : undefined;
    if (!target) return;
    event.preventDefault();
    location.assign(target.href);
  });
  // Ready means the links are set and the keys answer: tests (and anything else) may press them now.
  bar.dataset['presenterReady'] = '';
  if (current) showVerdictOnce(current.widget);
}
