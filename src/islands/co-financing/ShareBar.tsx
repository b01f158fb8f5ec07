/**
 * The split of the total into own contribution and grant, as a bar with a line
 * at the minimum own share. Drawn in SVG with attributes only (no inline
 * style, so it passes the site's CSP), scaled to the container by viewBox; the
 * caption below says the same in words, so the SVG is decorative.
 */
import type { Locale } from '../../i18n/locales.ts';
import { formatPercent } from '../../i18n/format.ts';
import type { CoFinancingStrings } from '../../i18n/widgets/co-financing.ts';
import { fill } from '../kit/fill.ts';

export interface ShareBarProps {
  readonly locale: Locale;
  readonly t: CoFinancingStrings;
  /** Own share of the total in basis points, from the check. */
  readonly ownShareBasisPoints: number;
  readonly minOwnSharePercent: number;
}

export function ShareBar({ locale, t, ownShareBasisPoints, minOwnSharePercent }: ShareBarProps) {
  // Widths in per cent of the bar: the share itself, scaled from basis points for drawing.
  const own = ownShareBasisPoints / 100;
  const grant = 100 - own;
  return (
    <figure class="cf-bar">
      <svg class="cf-bar__svg" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="cf-bar__own" x="0" y="2" width={own} height="8" />
        <rect class="cf-bar__grant" x={own} y="2" width={grant} height="8" />
        <line
          class="cf-bar__marker"
          x1={minOwnSharePercent}
          x2={minOwnSharePercent}
          y1="0"
          y2="12"
          vector-effect="non-scaling-stroke"
        />
      </svg>
      <p class="cf-bar__legend" aria-hidden="true">
        <span class="cf-bar__key cf-bar__key--own">{t.barOwn}</span>
        <span class="cf-bar__key cf-bar__key--grant">{t.barGrant}</span>
      </p>
      <figcaption class="cf-bar__caption">
        {fill(t.barCaption, {
          own: formatPercent(own, locale),
          grant: formatPercent(grant, locale),
          minShare: formatPercent(minOwnSharePercent, locale, 0),
        })}
      </figcaption>
    </figure>
  );
}
