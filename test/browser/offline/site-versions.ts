/**
 * The built site served the way a deployment serves it (deploy/nginx's
 * config, HTTPS on loopback, which is a secure context as service workers
 * need), from a folder that can be replaced by another version while the
 * origin stays the same: nginx's root is a symbolic link, and a new
 * deployment is that link pointed at another copy. A copy can have one page
 * changed and its service worker made again by the build's own step, which is
 * what a new build with changed content gives (the rest of the build is the
 * same, so it need not run again).
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx, type LocalNginx } from '../../../deploy/nginx/local-server.ts';
import { makeSelfSignedCertificate } from '../../../deploy/nginx/self-signed.ts';
import { buildServiceWorker } from '../../../scripts/build/service-worker.mjs';
import { parseHtml } from '../../support/built-site.ts';

export interface SiteVersions {
  readonly server: LocalNginx;
  /** A copy of `dist` with `change` applied to one page's document and the service worker built again; served from then on. */
  deployChanged(page: string, change: (doc: Document) => void): Promise<{ cacheId: string }>;
  stop(): Promise<void>;
}

export async function serveVersions(dist: string): Promise<SiteVersions> {
  const work = mkdtempSync(join(tmpdir(), 'atlas-offline-test-'));
  const live = join(work, 'site');
  const first = join(work, 'v1');
  cpSync(dist, first, { recursive: true });
  symlinkSync(first, live);
  const server = await startNginx({ root: live, tls: makeSelfSignedCertificate(work) });
  let version = 1;
  return {
    server,
    async deployChanged(page, change) {
      const next = join(work, `v${++version}`);
      cpSync(join(work, `v${version - 1}`), next, { recursive: true });
      const file = join(next, page.replace(/^\//, ''), page.endsWith('/') ? 'index.html' : '');
      const doc = parseHtml(readFileSync(file, 'utf8'));
      change(doc);
      writeFileSync(file, `<!doctype html>\n${doc.documentElement.outerHTML}`);
      const { cacheId } = await buildServiceWorker(next);
      // Pointed at the new copy in one step, as an atomic deployment does.
      symlinkSync(next, `${live}.next`);
      renameSync(`${live}.next`, live);
      return { cacheId };
    },
    async stop() {
      await server.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
