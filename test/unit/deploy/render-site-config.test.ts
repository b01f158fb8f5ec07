/**
 * How the nginx example is made runnable on loopback (deploy/nginx/local-server.ts):
 * only listen, server_name, root and the certificate paths change, and a
 * template the tests could not run as deployed is refused rather than half-run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderSiteConfig, TEMPLATE_PATH } from '../../../deploy/nginx/local-server.ts';

const template = readFileSync(TEMPLATE_PATH, 'utf8');
const opts = { root: '/tmp/site', httpPort: 8080, httpsPort: 8443, tls: { certificate: '/tmp/c.pem', key: '/tmp/c.key' } };
const rendered = renderSiteConfig(template, opts);
const directives = (config: string, name: string) =>
  [...config.matchAll(new RegExp(`^[ \\t]*${name}[ \\t]+([^;\\n]*);`, 'gm'))].map((m) => m[1]);

test('the HTTP server moves to the HTTP port, the HTTPS server to the HTTPS port with ssl and http2, IPv6 lines go', () => {
  expect(directives(rendered, 'listen')).toEqual(['127.0.0.1:8080', '127.0.0.1:8443 ssl http2']);
});

test('every server_name, root and certificate path is replaced', () => {
  expect(directives(rendered, 'server_name')).toEqual(['127.0.0.1', '127.0.0.1']);
  expect(directives(rendered, 'root')).toEqual(['/tmp/site', '/tmp/site']);
  expect(directives(rendered, 'ssl_certificate')).toEqual(['/tmp/c.pem']);
  expect(directives(rendered, 'ssl_certificate_key')).toEqual(['/tmp/c.key']);
});

test('everything else is the deployed file, line for line', () => {
  const kept = (config: string) =>
    config.split('\n').filter((line) => !/^\s*(listen|server_name|root|ssl_certificate|ssl_certificate_key)\s/.test(line) && !/^\s*# \(IPv6/.test(line));
  expect(kept(rendered)).toEqual(kept(template));
});

describe('refuses a template it cannot run as deployed', () => {
  test.each([
    ['no HTTPS server', template.replace(/^\s*listen[^\n]*443[^\n]*\n/gm, '')],
    ['a port it does not map', template.replace('listen 80;', 'listen 8000;')],
    ['no certificate', template.replace(/^\s*ssl_certificate\s[^\n]*\n/m, '')],
    ['no root', template.replace(/^\s*root\s[^\n]*\n/gm, '')],
  ])('%s', (_what, broken) => expect(() => renderSiteConfig(broken, opts)).toThrow());
});
