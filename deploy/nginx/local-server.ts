/**
 * Runs deploy/nginx/atlasguiden.conf with Debian's nginx on a free loopback
 * port, as the current user, with every writable path in a temporary folder.
 * Used by the nginx header test and by `npm run report`, so both exercise the
 * exact file a deployment would install; only `listen`, `server_name` and
 * `root` are replaced.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NGINX_BIN = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const TEMPLATE_PATH = fileURLToPath(new URL('./atlasguiden.conf', import.meta.url));
const MIME_TYPES = '/etc/nginx/mime.types';

export interface LocalNginx {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  stop(): Promise<void>;
}

/** The deploy template with its listen lines, server name and root replaced. */
export function renderSiteConfig(template: string, opts: { root: string; port: number }): string {
  const listenLines = /^[ \t]*listen[ \t][^;\n]*;[ \t]*\n/gm;
  const firstListen = template.search(listenLines);
  if (firstListen < 0) throw new Error('The nginx template has no listen line');
  if (!/^[ \t]*root[ \t][^;\n]*;/m.test(template)) throw new Error('The nginx template has no root line');
  const withoutListen = template.replace(listenLines, '');
  const withListen = `${withoutListen.slice(0, firstListen)}    listen 127.0.0.1:${opts.port};\n${withoutListen.slice(firstListen)}`;
  return withListen
    .replace(/^([ \t]*)server_name[ \t][^;\n]*;/m, '$1server_name 127.0.0.1;')
    .replace(/^([ \t]*)root[ \t][^;\n]*;/m, (_whole, indent: string) => `${indent}root ${quote(resolve(opts.root))};`);
}

/** The main nginx.conf around the site file: foreground, one worker, paths in `dir`. */
export function renderMainConfig(dir: string, siteFile: string): string {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return [
    'daemon off;',
    'worker_processes 1;',
    // As root, workers would otherwise drop to a user that may not read the build.
    ...(asRoot ? [`user ${userInfo().username};`] : []),
    `pid ${quote(join(dir, 'nginx.pid'))};`,
    `error_log ${quote(join(dir, 'error.log'))} warn;`,
    'events { worker_connections 64; }',
    'http {',
    `  include ${quote(MIME_TYPES)};`,
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${quote(join(dir, `${t}_temp`))};`),
    `  include ${quote(siteFile)};`,
    '}',
    '',
  ].join('\n');
}

const quote = (path: string): string => {
  if (/["\\$;{}\s]/.test(path)) throw new Error(`Path not usable in an nginx config: ${path}`);
  return path;
};

/** A port the OS just handed out on 127.0.0.1 (closed again, so nginx can take it). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

const canConnect = (port: number): Promise<boolean> =>
  new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });

const exited = (child: ChildProcess): Promise<void> =>
  new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });

export async function startNginx(opts: { root: string }): Promise<LocalNginx> {
  if (!existsSync(NGINX_BIN)) {
    throw new Error(`${NGINX_BIN} is missing: install Debian's nginx (apt-get install -y nginx), or set NGINX_PATH.`);
  }
  if (!existsSync(join(opts.root, 'index.html'))) throw new Error(`${opts.root} holds no built site (index.html missing)`);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const port = await freePort();
  const siteFile = join(dir, 'atlasguiden.conf');
  const mainFile = join(dir, 'nginx.conf');
  writeFileSync(siteFile, renderSiteConfig(readFileSync(TEMPLATE_PATH, 'utf8'), { root: opts.root, port }));
  writeFileSync(mainFile, renderMainConfig(dir, siteFile));

  let output = '';
  const child = spawn(NGINX_BIN, ['-p', dir, '-c', mainFile, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  const log = () => `${output}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;
  for (let waited = 0; ; waited += 50) {
    if (child.exitCode !== null) {
      const message = `nginx stopped at start (exit ${child.exitCode}):\n${log()}`;
      cleanUp();
      throw new Error(message);
    }
    if (await canConnect(port)) break;
    if (waited > 10_000) {
      child.kill('SIGKILL');
      await exited(child);
      const message = `nginx did not answer on port ${port} within 10 s:\n${log()}`;
      cleanUp();
      throw new Error(message);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      // SIGQUIT: graceful shutdown of master and worker; SIGKILL if it hangs.
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited(child);
      clearTimeout(timer);
      cleanUp();
    },
  };
}
