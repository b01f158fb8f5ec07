/**
 * WebKitGTK's WebDriver cannot read the browser's log, so for WebKit the
 * tests reach the site through this loopback proxy, which puts one
 * same-origin script first in every HTML page's <head>: it records page
 * errors, unhandled rejections, console.error calls and CSP violations in
 * sessionStorage (so they survive a navigation), and the driver reads them
 * back. Only the proxied copy changes: the built pages and their CSP stay as
 * they are (the script is same-origin, so 'self' allows it anyway, and it
 * comes before the policy's <meta>, so the policy is not touched).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const COLLECTOR_PATH = '/__atlas-test/page-errors.js';
export const ERRORS_KEY = '__atlasPageErrors';
/** Set on window by the collector, so a page without it fails loudly instead of reporting no errors. */
export const COLLECTOR_FLAG = '__atlasPageErrorsCollecting';

const COLLECTOR = `(() => {
  const KEY = ${JSON.stringify(ERRORS_KEY)};
  window[${JSON.stringify(COLLECTOR_FLAG)}] = true;
  const push = (what) => {
    try {
      const list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      list.push(location.pathname + ': ' + what);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch (e) {}
  };
  // Capture phase: a resource that fails to load fires "error" on its element, not on window.
  addEventListener('error', (e) => push(e instanceof ErrorEvent ? 'pageerror: ' + e.message : 'failed to load: ' + (e.target && (e.target.src || e.target.href))), true);
  addEventListener('unhandledrejection', (e) => push('unhandledrejection: ' + ((e.reason && e.reason.message) || String(e.reason))));
  document.addEventListener('securitypolicyviolation', (e) => push('csp: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')), true);
  const original = console.error;
  console.error = function (...args) {
    push('console: ' + args.map(String).join(' '));
    return original.apply(this, args);
  };
})();
`;

/** Starts the proxy in front of `upstream`; resolves to its address and a stop function. */
export async function startErrorProxy(upstream: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    if (req.url === COLLECTOR_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(COLLECTOR);
      return;
    }
    try {
      const answer = await fetch(new URL(req.url ?? '/', upstream), { method: req.method ?? 'GET', redirect: 'manual' });
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)) headers[name] = value;
      });
      let body = Buffer.from(await answer.arrayBuffer());
      if ((answer.headers.get('content-type') ?? '').startsWith('text/html')) {
        body = Buffer.from(body.toString('utf8').replace(/<head(\s[^>]*)?>/i, (head) => `${head}<script src="${COLLECTOR_PATH}"></script>`));
      }
      res.writeHead(answer.status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
