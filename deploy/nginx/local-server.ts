/**
 * Runs deploy/nginx/atlasguiden.conf with Debian's nginx on two free loopback
 * ports (its HTTP server and its HTTPS server), as the current user, with
 * every writable path in a temporary folder. Used by the nginx header test and
 * by `npm run report`, so both exercise the exact file a deployment would
 * install; only `listen`, `server_name`, `root` and the certificate paths are
 * replaced.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeSelfSignedCertificate, readPem, spkiHash, type TlsFiles } from './self-signed.ts';

export type { TlsFiles } from './self-signed.ts';
export const NGINX_BIN = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const TEMPLATE_PATH = fileURLToPath(new URL('./atlasguiden.conf', import.meta.url));
export const DEBIAN_MIME_TYPES = '/etc/nginx/mime.types';

export interface LocalNginx {
  /** The HTTPS server: `https://127.0.0.1:<port>`. */
  readonly origin: string;
  /** The plain-HTTP server (redirects to HTTPS): `http://127.0.0.1:<port>`. */
  readonly httpOrigin: string;
  /** The certificate the HTTPS server presents (PEM), to trust in a client. */
  readonly certificatePem: string;
  /** Chromium flags that make it trust exactly that certificate. */
  readonly chromiumArgs: readonly string[];
  stop(): Promise<void>;
}

export interface SiteConfigOptions {
  readonly root: string;
  /** Loopback port for the template's port-80 server. */
  readonly httpPort: number;
  /** Loopback port for the template's port-443 server. */
  readonly httpsPort: number;
  readonly tls: TlsFiles;
}

const LISTEN = /^([ \t]*)listen[ \t]+([^;\n]*);[ \t]*$/gm;

/**
 * The deploy template made runnable on loopback: each IPv4 `listen` line moves
 * to 127.0.0.1 and the matching test port (keeping `ssl`, `http2`), IPv6 ones
 * go, and every `server_name`, `root` and certificate path is replaced.
 */
export function renderSiteConfig(template: string, opts: SiteConfigOptions): string {
  const ports: Record<string, number> = { '80': opts.httpPort, '443': opts.httpsPort };
  const seen = new Set<string>();
  const required = (pattern: RegExp, what: string) => {
    if (!pattern.test(template)) throw new Error(`The nginx template has no ${what} line`);
  };
  required(/^[ \t]*root[ \t]/m, 'root');
  required(/^[ \t]*ssl_certificate[ \t]/m, 'ssl_certificate');
  required(/^[ \t]*ssl_certificate_key[ \t]/m, 'ssl_certificate_key');
  const withPorts = template.replace(LISTEN, (_line, indent: string, value: string) => {
    const [address = '', ...params] = value.trim().split(/[ \t]+/);
    if (address.startsWith('[')) return `${indent}# (IPv6 listen line left out on loopback)`;
    const port = /(?:^|:)(\d+)$/.exec(address)?.[1] ?? '';
    const local = ports[port];
    if (local === undefined) throw new Error(`The nginx template listens on ${address}; only ports 80 and 443 are mapped`);
    seen.add(port);
    return `${indent}listen ${['127.0.0.1:' + local, ...params].join(' ')};`;
  });
  for (const port of Object.keys(ports)) if (!seen.has(port)) throw new Error(`The nginx template has no listen line for port ${port}`);
  return withPorts
    .replace(/^([ \t]*)server_name[ \t][^;\n]*;/gm, '$1server_name 127.0.0.1;')
    .replace(/^([ \t]*)root[ \t][^;\n]*;/gm, (_whole, indent: string) => `${indent}root ${quote(resolve(opts.root))};`)
    .replace(/^([ \t]*)ssl_certificate[ \t][^;\n]*;/gm, (_whole, indent: string) => `${indent}ssl_certificate ${quote(resolve(opts.tls.certificate))};`)
    .replace(/^([ \t]*)ssl_certificate_key[ \t][^;\n]*;/gm, (_whole, indent: string) => `${indent}ssl_certificate_key ${quote(resolve(opts.tls.key))};`);
}

/** The main nginx.conf around the site file: foreground, one worker, paths in `dir`. */
export function renderMainConfig(dir: string, siteFile: string, mimeTypes: string = DEBIAN_MIME_TYPES): string {
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
    `  include ${quote(mimeTypes)};`,
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

export interface StartOptions {
  /** The built site to serve. */
  readonly root: string;
  /** Certificate and key for the HTTPS server; a throwaway self-signed one when absent. */
  readonly tls?: TlsFiles;
  /** The mime.types file to include (default: Debian's). */
  readonly mimeTypes?: string;
}

export async function startNginx(opts: StartOptions): Promise<LocalNginx> {
  if (!existsSync(NGINX_BIN)) {
    throw new Error(`${NGINX_BIN} is missing: install Debian's nginx (apt-get install -y nginx), or set NGINX_PATH.`);
  }
  if (!existsSync(join(opts.root, 'index.html'))) throw new Error(`${opts.root} holds no built site (index.html missing)`);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  let tls: TlsFiles;
  let httpPort: number;
  let httpsPort: number;
  try {
    tls = opts.tls ?? makeSelfSignedCertificate(dir);
    httpPort = await freePort();
    httpsPort = await freePort();
    if (httpsPort === httpPort) httpsPort = await freePort();
  } catch (error) {
    cleanUp();
    throw error;
  }
  const siteFile = join(dir, 'atlasguiden.conf');
  const mainFile = join(dir, 'nginx.conf');
  writeFileSync(siteFile, renderSiteConfig(readFileSync(TEMPLATE_PATH, 'utf8'), { root: opts.root, httpPort, httpsPort, tls }));
  writeFileSync(mainFile, renderMainConfig(dir, siteFile, opts.mimeTypes));

  let output = '';
  const child = spawn(NGINX_BIN, ['-p', dir, '-c', mainFile, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const log = () => `${output}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;
  // Ready when both ports accept a connection (nginx opens them before it serves).
  for (let waited = 0; ; waited += 50) {
    if (child.exitCode !== null) {
      const message = `nginx stopped at start (exit ${child.exitCode}):\n${log()}`;
      cleanUp();
      throw new Error(message);
    }
    if ((await canConnect(httpPort)) && (await canConnect(httpsPort))) break;
    if (waited > 10_000) {
      child.kill('SIGKILL');
      await exited(child);
      const message = `nginx did not answer on ports ${httpPort} and ${httpsPort} within 10 s:\n${log()}`;
      cleanUp();
      throw new Error(message);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  const certificatePem = readPem(tls.certificate);
  return {
    origin: `https://127.0.0.1:${httpsPort}`,
    httpOrigin: `http://127.0.0.1:${httpPort}`,
    certificatePem,
    chromiumArgs: [`--ignore-certificate-errors-spki-list=${spkiHash(certificatePem)}`],
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
