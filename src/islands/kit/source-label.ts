/**
 * A parameter's source as a reader sees it: the seed text's title or the grade
 * of a FACTS.md entry, and whether it needs the "check the current call" note
 * (every secondary fact does, see FACTS.md).
 */
import type { KitStrings } from '../../i18n/widgets/kit.ts';
import { SEED_FILES, type Source } from '../../rules/source.ts';

export interface SourceLabel {
  readonly text: string;
  readonly checkCurrentCall: boolean;
}

export function sourceLabel(source: Source, t: KitStrings): SourceLabel {
  if (source.kind === 'seed') {
    const text = source.file === SEED_FILES.howItWorks ? t['source.seed.howItWorks'] : t['source.seed.programmePage'];
    return { text, checkCurrentCall: false };
  }
  return { text: t[`source.facts.${source.grade}`], checkCurrentCall: source.grade !== 'official' };
}
