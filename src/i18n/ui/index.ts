/** The shell's interface text in the reader's language. */
import type { Locale } from '../locales.ts';
import { en } from './en.ts';
import { sv } from './sv.ts';
import type { UiStrings } from './types.ts';

export type { UiStrings } from './types.ts';

const STRINGS: Record<Locale, UiStrings> = { sv, en };

export const ui = (locale: Locale): UiStrings => STRINGS[locale];

/** Fills `{name}` placeholders with plain text (the caller renders it as text, never as markup). */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
