/**
 * rulesVersion: a content hash of the rules data, not a number someone bumps.
 * It changes exactly when a value, source, rule, the decision graph, an input
 * schema or an example changes, and never when only the build date does, so a
 * reuser can tell whether to look again without trusting anyone to remember a
 * bump. The serialisation is RFC 8785 (JCS): keys sorted by UTF-16 code units
 * at every level, no whitespace, numbers and strings as ECMAScript's
 * JSON.stringify writes them (for these integers and strings, exactly JCS).
 */
import { createHash } from 'node:crypto';

/** The document's fields the hash covers, in the order the README lists them. */
export const VERSIONED_FIELDS = ['parameters', 'rules', 'decisionGraph', 'checks', 'examples'] as const;

/** JCS serialisation of plain JSON data. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function rulesVersion(doc: Readonly<Record<(typeof VERSIONED_FIELDS)[number], unknown>>): string {
  const covered = Object.fromEntries(VERSIONED_FIELDS.map((field) => [field, doc[field]]));
  return `sha256:${createHash('sha256').update(canonicalJson(covered), 'utf8').digest('hex')}`;
}
