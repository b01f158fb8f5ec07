/**
 * A throwaway self-signed certificate for 127.0.0.1, made with openssl, so the
 * example config's HTTPS server can run on loopback in tests and the report.
 * Valid for one day, for the IP address only; never for a real host.
 */
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TlsFiles {
  /** PEM certificate file. */
  readonly certificate: string;
  /** PEM private key file. */
  readonly key: string;
}

export const OPENSSL_BIN = process.env.OPENSSL_PATH ?? '/usr/bin/openssl';

/** Writes `loopback.pem` and `loopback.key` into `dir`. */
export function makeSelfSignedCertificate(dir: string): TlsFiles {
  if (!existsSync(OPENSSL_BIN)) throw new Error(`${OPENSSL_BIN} is missing: install Debian's openssl (apt-get install -y openssl), or set OPENSSL_PATH.`);
  const files = { certificate: join(dir, 'loopback.pem'), key: join(dir, 'loopback.key') };
  // A P-256 key is made in milliseconds (RSA takes noticeably longer on a busy machine).
  execFileSync(OPENSSL_BIN, [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', files.key, '-out', files.certificate, '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  return files;
}

/**
 * The certificate's public-key hash as Chromium's
 * `--ignore-certificate-errors-spki-list` wants it (base64 SHA-256 of the
 * DER SubjectPublicKeyInfo): Chromium then trusts exactly this certificate.
 */
export function spkiHash(certificatePem: string): string {
  const spki = new X509Certificate(certificatePem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

export const readPem = (file: string): string => readFileSync(file, 'utf8');
