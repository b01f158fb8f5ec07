/**
 * Registers the offline service worker (/sw.js, made after the build by
 * scripts/build/service-worker.mjs). Called only by the scripts of pages that
 * run script anyway (the page tools on widget, self-check and workshop pages,
 * and the search page), so reading pages keep shipping no JavaScript at all.
 * After the page's load event, so the worker's first download of the whole
 * guide never competes with the page itself. A browser without service
 * workers, or a failed registration (no network), leaves the page as it was.
 */
export const WORKER_URL = '/sw.js';

let registered: Promise<ServiceWorkerRegistration | undefined> | undefined;

export function registerWorker(): Promise<ServiceWorkerRegistration | undefined> {
  registered ??= new Promise<void>((loaded) => {
    if (document.readyState === 'complete') loaded();
    else addEventListener('load', () => loaded(), { once: true });
  }).then(() => ('serviceWorker' in navigator ? navigator.serviceWorker.register(WORKER_URL, { scope: '/' }).catch(() => undefined) : undefined));
  return registered;
}
