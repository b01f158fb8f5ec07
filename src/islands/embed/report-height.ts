/**
 * Runs on the embed pages only (src/components/embed/EmbedResize.astro): tells
 * the page that frames this one how tall the widget is, each time it changes
 * (an answer, a result, a narrower frame), so the host's optional script
 * (/embed.js) can make the frame fit and no scroll bar appears inside it.
 *
 * The message carries nothing but a height, so it goes to whichever page
 * frames us (`'*'`): the host's origin is not known here, and a number is not
 * worth hiding. The host checks that the message comes from this site and
 * from its own frame before it believes it.
 */

/** The message's shape; /embed.js reads exactly this. */
export const HEIGHT_MESSAGE = 'atlasguiden:embed-height';

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  readonly height: number;
}

/** Reports `root`'s height to `target` now and on every change; returns how to stop. */
export function reportHeight(root: Element, target: Pick<Window, 'postMessage'>): () => void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  send();
  return () => observer.disconnect();
}

/**
 * On an embed page: report the page's whole height when it is framed (a page
 * opened on its own has no one to tell). The body holds only <main>, which
 * keeps its children's margins inside (embed.css), so the body's box is all
 * there is to show; the document's scroll height would never shrink back
 * below the frame's height once the frame had grown.
 */
export function startReportingHeight(): void {
  if (window.parent !== window) reportHeight(document.body, window.parent);
}
