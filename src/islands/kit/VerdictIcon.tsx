/**
 * The icon beside a verdict heading, so the verdict never rests on colour
 * alone: a tick, a cross, an exclamation mark. Decorative (the heading says
 * it), drawn in `currentColor`.
 */
import type { VerdictKind } from '../../rules/verdict.ts';

const PATHS: Record<Exclude<VerdictKind, 'invalid'>, string> = {
  eligible: 'M7 12.5l3.2 3.2L17 9',
  'not-eligible': 'M8.5 8.5l7 7M15.5 8.5l-7 7',
  'needs-attention': 'M12 6.5v7M12 17v.5',
};

export function VerdictIcon({ kind }: { readonly kind: Exclude<VerdictKind, 'invalid'> }) {
  return (
    <svg class="kit-verdict__icon" viewBox="0 0 24 24" width="1.5em" height="1.5em" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke="currentColor" stroke-width="2" />
      <path d={PATHS[kind]} fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
