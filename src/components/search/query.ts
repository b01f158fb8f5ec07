/**
 * The reader's search words from the URL or the field: trimmed, control and
 * direction-override characters removed, and cut to a sane length. Used as
 * text only.
 */
const MAX_QUERY_LENGTH = 200;
// C0/C1 controls and bidi overrides/isolates: they can reorder how the echoed query reads.
const UNWANTED = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function readQuery(raw: string | null | undefined): string {
  if (typeof raw !== 'string') return '';
  return raw.replace(UNWANTED, '').trim().slice(0, MAX_QUERY_LENGTH);
}
