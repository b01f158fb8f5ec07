/**
 * Where "Previous", "Reset" and "Next example" lead, from the preset named in
 * the address (`w-preset=<id>`, read only if it is one of the known ids). On
 * a page with no preset, Next starts at the first example and Previous at the
 * last; both wrap around at the ends, so a presenter can loop the examples.
 */
import { oneOf, readUrlState } from '../kit/url-state.ts';

export interface PresetLink {
  readonly id: string;
  /** The example's title in the page's language. */
  readonly title: string;
  /** Site-relative URL that opens the example. */
  readonly href: string;
  /** The widget that shows it, as its wrapper names itself in `data-widget-wrapper`. */
  readonly widget: string;
}

export const PRESET_PREFIX = 'w';

/** The index of the preset the address names, or -1. */
export function currentIndex(presets: readonly PresetLink[], search: string): number {
  const { preset } = readUrlState<{ preset: string }>(PRESET_PREFIX, { preset: oneOf(presets.map((p) => p.id)) }, search);
  return preset === undefined ? -1 : presets.findIndex((p) => p.id === preset);
}

export interface PresetTargets {
  readonly previous: PresetLink | undefined;
  readonly next: PresetLink | undefined;
  /** The current example as it was opened, or undefined on a page that is not an example. */
  readonly current: PresetLink | undefined;
}

export function targets(presets: readonly PresetLink[], index: number): PresetTargets {
  const n = presets.length;
  if (n === 0) return { previous: undefined, next: undefined, current: undefined };
  if (index < 0) return { previous: presets[n - 1], next: presets[0], current: undefined };
  return { previous: presets[(index - 1 + n) % n], next: presets[(index + 1) % n], current: presets[index] };
}
