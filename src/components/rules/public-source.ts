/**
 * A source as /rules.json publishes it: who published it and where, in both
 * languages (src/i18n/ui/source-words.ts words it, as on the pages), the
 * administrator's page title and site address for its own texts, the day it
 * was read, and the administrator's Swedish sentence where one is quoted.
 * Internal names (the seed files, the facts compilation's headings and
 * wording) stay out: another implementation could not look them up.
 */
import { SEED_TITLES, seedName, sourceWords } from '../../i18n/ui/source-words.ts';
import { SOURCES_READ_ON } from '../../rules/params/read-on.ts';
import type { FactGrade, Source } from '../../rules/source.ts';
import { ADMINISTRATOR_URL } from '../shell/administrator.ts';

export interface PublicSource {
  readonly kind: 'administrator-text' | 'other-public-material';
  readonly origin: { readonly sv: string; readonly en: string };
  /** The administrator's page title, for its own texts. */
  readonly title: string | null;
  /** The administrator's site, for its own texts (the guide holds no deeper address). */
  readonly address: string | null;
  /** The day the source was read; null for the guide's own lists and readings. */
  readonly readOn: string | null;
  /** The administrator's words, verbatim (Swedish). */
  readonly quote: { readonly lang: 'sv'; readonly text: string } | null;
  /** How sure the fact is, for material beyond the administrator's two texts. */
  readonly grade: FactGrade | null;
  /** A secondary fact: check it in the current call. */
  readonly checkCurrentCall: boolean;
  /** The guide's own reading or compilation, not the administrator's statement. */
  readonly ours: boolean;
}

export function publicSource(source: Source): PublicSource {
  const sv = sourceWords(source, 'sv');
  const en = sourceWords(source, 'en');
  const seed = source.kind === 'seed';
  return {
    kind: seed ? 'administrator-text' : 'other-public-material',
    origin: { sv: sv.origin, en: en.origin },
    title: seed ? SEED_TITLES[seedName(source.file)] : null,
    address: seed ? ADMINISTRATOR_URL : null,
    readOn: sv.ours ? null : SOURCES_READ_ON,
    quote: seed ? { lang: 'sv', text: source.quote } : null,
    grade: seed ? null : source.grade,
    checkCurrentCall: sv.checkCurrentCall,
    ours: sv.ours,
  };
}
