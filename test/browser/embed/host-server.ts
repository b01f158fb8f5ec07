/**
 * A stand-in for another site that embeds our widgets: a tiny HTTP server on
 * its own loopback port (so another origin than the site's), whose pages
 * hold exactly the code the "Bädda in / Embed" disclosure gives a reader.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedSnippet } from '../../../src/components/embed/embed-snippet.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import type { EmbeddableWidget } from '../../../src/routing/embed-pages.ts';

export interface HostServer {
  readonly origin: string;
  /** The host's page that embeds `widget` in `locale` from `site`. */
  pageFor(widget: EmbeddableWidget, locale: Locale): string;
  /** A host page that frames any address of the site (to see a guide page refused). */
  framing(path: string): string;
  close(): Promise<void>;
}

export async function startHost(site: string): Promise<HostServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    const widget = url.searchParams.get('widget') as EmbeddableWidget | null;
    const locale = (url.searchParams.get('lang') ?? 'sv') as Locale;
    const frame = url.searchParams.get('frame');
    const body = widget
      ? embedSnippet(widget, locale, site, `Atlasguiden: ${widget}`)
      : `<iframe src="${new URL(frame ?? '/', site).href}" title="framed" data-framed></iframe>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>A school network's page</title></head><body><h1>Our page</h1><p>Text of the host.</p>${body}<p>More text of the host.</p></body></html>`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pageFor: (widget, locale) => `${origin}/?widget=${widget}&lang=${locale}`,
    framing: (path) => `${origin}/?frame=${encodeURIComponent(path)}`,
    // The browser keeps its connections open; close them too, or close() waits for them.
    close: () => new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    }),
  };
}
