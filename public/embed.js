// @ts-check
/**
 * Atlasguiden's optional embed script, for the page that frames a widget
 * (docs/adr/0010-embeddable-widgets.md). It makes each Atlasguiden frame on
 * the page as tall as the widget inside it, so the frame needs no scroll bar.
 *
 * It believes a message only if it comes from Atlasguiden's own origin (the
 * origin this script was loaded from) and from one of the page's Atlasguiden
 * frames, and only a plausible height; everything else is ignored. It reads
 * nothing of the host page and sends nothing.
 */
(() => {
  const script = document.currentScript;
  if (!(script instanceof HTMLScriptElement)) return;
  const origin = new URL(script.src).origin;
  const TYPE = 'atlasguiden:embed-height';
  const MAX_HEIGHT = 20000;
  if (/** @type {any} */ (window).__atlasguidenEmbed === origin) return;
  /** @type {any} */ (window).__atlasguidenEmbed = origin;

  window.addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const data = event.data;
    if (typeof data !== 'object' || data === null || data.type !== TYPE) return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return;
    for (const frame of document.querySelectorAll('iframe[data-atlasguiden-embed]')) {
      if (!(frame instanceof HTMLIFrameElement) || frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== origin) continue;
      frame.style.height = `${Math.ceil(height)}px`;
    }
  });
})();
