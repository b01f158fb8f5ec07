/**
 * The workshop page's offline section (OfflineSection.astro): registers the
 * service worker, then says in its live region whether the guide is saved,
 * by checking the cache itself: every file offline.json lists must be in the
 * precache of the worker's version. Offers the browser's install prompt
 * where it has one (`beforeinstallprompt`), and a switch to a new version
 * that is saved but waiting for the old one's tabs to close.
 *
 * `data-offline-state` (checking | saving | ready | incomplete | update |
 * unsupported | failed) and `data-offline-count` / `data-offline-missing`
 * let tests wait on a state instead of reading words.
 */
import { fill } from '../kit/fill.ts';
import { registerWorker } from './register-worker.ts';

/** Written next to sw.js by scripts/build/service-worker.mjs: the worker's cache id and every file it precaches. */
export const OFFLINE_LIST_URL = '/offline.json';

export type OfflineState = 'checking' | 'saving' | 'ready' | 'incomplete' | 'update' | 'unsupported' | 'failed';

interface OfflineList {
  cacheId: string;
  files: string[];
}

/** Chromium's install prompt (not in TypeScript's DOM types). */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

/** How many of the listed files the worker's precache holds (Workbox names it `<cacheId>-precache-…`). */
export async function missingFiles(list: OfflineList): Promise<number> {
  const name = (await caches.keys()).find((n) => n.startsWith(`${list.cacheId}-precache-`));
  if (!name) return list.files.length;
  const cached = new Set((await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname));
  return list.files.filter((file) => !cached.has(new URL(file, location.origin).pathname)).length;
}

export function startOfflineStatus(): void {
  const root = document.querySelector<HTMLElement>('[data-offline]');
  const status = root?.querySelector<HTMLElement>('[data-offline-status]');
  if (!root || !status) return;
  const texts = JSON.parse(root.dataset['offlineTexts'] ?? '{}') as Record<string, string>;
  const show = (state: OfflineState, values: { count?: number; missing?: number } = {}) => {
    root.dataset['offlineState'] = state;
    for (const [key, value] of Object.entries(values)) root.dataset[`offline${key[0]!.toUpperCase()}${key.slice(1)}`] = String(value);
    const words = fill(texts[state] ?? '', Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])));
    if (status.textContent !== words) status.textContent = words;
  };
  startInstall(root);

  if (!('serviceWorker' in navigator) || !('caches' in window)) return show('unsupported');
  show('checking');
  const updateButton = root.querySelector<HTMLButtonElement>('[data-offline-update]');

  void registerWorker().then((registration) => {
    if (!registration) return show('failed');
    let checking = 0;
    const check = async () => {
      const mine = ++checking;
      const waiting = registration.waiting;
      if (waiting && registration.active) {
        if (updateButton) updateButton.hidden = false;
        return show('update');
      }
      if (!registration.active || registration.active.state !== 'activated') return show('saving');
      try {
        const list = (await (await fetch(OFFLINE_LIST_URL, { cache: 'no-cache' })).json()) as OfflineList;
        const missing = await missingFiles(list);
        if (mine !== checking) return;
        show(missing === 0 ? 'ready' : 'incomplete', { count: list.files.length, missing });
      } catch {
        if (mine === checking) show('failed');
      }
    };
    const follow = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', () => void check());
    follow(registration.installing);
    follow(registration.waiting);
    follow(registration.active);
    registration.addEventListener('updatefound', () => {
      follow(registration.installing);
      void check();
    });
    updateButton?.addEventListener('click', () => {
      const waiting = registration.waiting;
      if (!waiting) return;
      // Workbox's worker takes over at once on this message; the page then reloads into the new version.
      waiting.addEventListener('statechange', () => {
        if (waiting.state === 'activated') location.reload();
      });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
    void check();
  });
}

/** The install button appears only when the browser offers its prompt; the text beside it tells the other ways. */
function startInstall(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('[data-offline-install]');
  const installed = root.querySelector<HTMLElement>('[data-offline-installed]');
  let offer: InstallPromptEvent | undefined;
  const showInstalled = () => {
    if (button) button.hidden = true;
    if (installed) installed.hidden = false;
  };
  if (matchMedia('(display-mode: standalone)').matches) showInstalled();
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    offer = event as InstallPromptEvent;
    if (button) button.hidden = false;
  });
  addEventListener('appinstalled', showInstalled);
  button?.addEventListener('click', () => {
    const asked = offer;
    offer = undefined;
    if (button) button.hidden = true;
    void asked?.prompt();
  });
}
